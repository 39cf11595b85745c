package org.meridian.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaFile;
import org.meridian.content.media.MediaKind;
import org.meridian.content.media.MediaLibrary;
import org.meridian.content.media.MediaLimits;
import org.meridian.content.media.MediaRefusedException;

/**
 * The editor's media picker ({@code admin/content/edit.xhtml}): adds the chosen image to the
 * office's library, described by the hero image's alternative text (required unless it is marked
 * decorative), and makes it the editor's hero image. Nothing else is saved: the rest of the form
 * comes back as typed.
 */
@Named
@ViewScoped
public class UploadHeroImage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MediaLibrary media;
  @Inject private EditContent editor;
  @Inject private EditorChoices choices;
  @Inject private CurrentOffice currentOffice;

  private transient Part heroUpload;

  public String upload() {
    if (!editor.isFound()) {
      Messages.error("content.edit.no_such_item");
      return null;
    }
    MediaLimits limits = media.limits();
    try {
      UploadedFile upload = UploadedFile.read(heroUpload, limits);
      if (MediaFile.check(upload.name(), upload.bytes(), limits).kind() != MediaKind.IMAGE) {
        Messages.errorOn("edit:heroUpload", "content.edit.hero_must_be_image");
        Messages.error("content.edit.image_not_uploaded");
        return null;
      }
      var item =
          media.upload(
              upload.name(),
              upload.bytes(),
              new MediaDetails(
                  null,
                  editor.getForm().getHeroAlt(),
                  editor.getForm().isHeroDecorative(),
                  null,
                  null),
              currentOffice.getEmail());
      editor.useHeroImage(item.id());
      choices.forgetImages();
      Messages.info("content.edit.hero_added_0", item.fileName());
    } catch (MediaRefusedException refused) {
      String field = refused.field();
      // The media service's refusal in the reader's language (or UploadedFile's sentence).
      Messages.refusalOn(
          "altText".equals(field) || "decorative".equals(field)
              ? "edit:heroAlt"
              : "edit:heroUpload",
          refused);
      Messages.error("content.edit.image_not_uploaded");
    }
    return null;
  }

  /** The largest image the media picker takes, checked in the page before sending. */
  public long getMaxImageBytes() {
    return media.limits().maxImageBytes();
  }

  public Part getHeroUpload() {
    return heroUpload;
  }

  public void setHeroUpload(Part heroUpload) {
    this.heroUpload = heroUpload;
  }
}
