package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.meridian.content.media.Framing;
import org.meridian.content.media.MediaFraming;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaRefusedException;

/**
 * Frames the image shown in the media library's details ({@code admin/media.xhtml?media=id}): the
 * focal point and the crop, in per cent, as numbers (the way without JavaScript); a small script
 * sets the focal point's numbers by a click on the preview. The hero and social cuts are made again
 * on saving.
 */
@Named
@ViewScoped
public class FrameImage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private MediaFraming framing;
  @Inject private ManageMedia library;
  @Inject private CurrentOffice currentOffice;

  private int focusX = 50;
  private int focusY = 50;
  private int cropX;
  private int cropY;
  private int cropWidth = 100;
  private int cropHeight = 100;

  @PostConstruct
  void init() {
    MediaItem selected = library.getSelected();
    if (selected != null) {
      show(selected.framing());
    }
  }

  private void show(Framing f) {
    focusX = f.focusX();
    focusY = f.focusY();
    cropX = f.cropX();
    cropY = f.cropY();
    cropWidth = f.cropWidth();
    cropHeight = f.cropHeight();
  }

  /** Saves the framing of the selected image and cuts it again. */
  public void save() {
    MediaItem selected = library.getSelected();
    if (selected == null || selected.shared()) {
      Messages.error("media.only_own_files");
      return;
    }
    try {
      MediaItem framed =
          framing.frame(
              selected.id(),
              selected.version(),
              Framing.of(focusX, focusY, cropX, cropY, cropWidth, cropHeight),
              currentOffice.getEmail());
      Messages.info("media.framing_saved_0", framed.fileName());
      library.reselect(framed);
      show(framed.framing());
    } catch (MediaRefusedException refused) {
      if (refused.field() != null) {
        Messages.refusalOn("framing:" + refused.field(), refused);
      } else {
        Messages.refusal(refused);
      }
    }
  }

  /** Back to the whole picture around its centre. */
  public void reset() {
    show(Framing.WHOLE);
    save();
  }

  public int getFocusX() {
    return focusX;
  }

  public void setFocusX(int focusX) {
    this.focusX = focusX;
  }

  public int getFocusY() {
    return focusY;
  }

  public void setFocusY(int focusY) {
    this.focusY = focusY;
  }

  public int getCropX() {
    return cropX;
  }

  public void setCropX(int cropX) {
    this.cropX = cropX;
  }

  public int getCropY() {
    return cropY;
  }

  public void setCropY(int cropY) {
    this.cropY = cropY;
  }

  public int getCropWidth() {
    return cropWidth;
  }

  public void setCropWidth(int cropWidth) {
    this.cropWidth = cropWidth;
  }

  public int getCropHeight() {
    return cropHeight;
  }

  public void setCropHeight(int cropHeight) {
    this.cropHeight = cropHeight;
  }
}
