package org.meridian.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.media.MediaRefusedException;
import org.meridian.content.media.MediaReplacement;

/**
 * Replaces the file shown in the media library's details with an uploaded one, under the same id:
 * every item using it shows the new file (see {@link MediaReplacement}).
 */
@Named
@ViewScoped
public class ReplaceMediaFile implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MediaReplacement replacement;
  @Inject private MediaLibrary media;
  @Inject private ManageMedia library;
  @Inject private CurrentOffice currentOffice;

  private transient Part file;

  public void replace() {
    MediaItem selected = library.getSelected();
    if (selected == null || selected.shared()) {
      Messages.error("media.only_own_files");
      return;
    }
    try {
      UploadedFile upload = UploadedFile.read(file, media.limits());
      MediaItem replaced =
          replacement.replace(
              selected.id(),
              selected.version(),
              upload.name(),
              upload.bytes(),
              currentOffice.getEmail());
      Messages.info("media.replaced_0", replaced.fileName());
      library.reselect(replaced);
    } catch (MediaRefusedException refused) {
      Messages.refusalOn("replace:file", refused);
    }
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }
}
