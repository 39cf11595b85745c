package org.meridian.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentQueries;
import org.meridian.content.ContentType;
import org.meridian.content.ItemChoice;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaKind;
import org.meridian.content.media.MediaLibrary;
import org.meridian.tenancy.office.LanguageTag;

/**
 * What the editor ({@code admin/content/edit.xhtml}, next to {@link EditContent}) offers to choose
 * from: the pages an item may sit under, the office's contact cards, and the images for the hero
 * and social image.
 */
@Named
@ViewScoped
public class EditorChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private ContentQueries queries;
  @Inject private MediaLibrary media;
  @Inject private EditContent editor;

  private List<MediaItem> imageChoices;

  /** Pages of the item's language it may sit under (not itself). */
  public List<ItemChoice> getParentPages() {
    ContentType type = editor.getType();
    if (type == null || !type.nests()) {
      return List.of();
    }
    Long itemId = editor.getItemId();
    return queries.pages(new LanguageTag(editor.getLanguage())).stream()
        .filter(p -> itemId == null || p.itemId() != itemId)
        .toList();
  }

  public List<ItemChoice> getContactCards() {
    return queries.contactCards();
  }

  /** The office's images and HQ's, to choose a hero or social image from. */
  public List<MediaItem> getImageChoices() {
    if (imageChoices == null) {
      imageChoices = media.list("", Optional.of(MediaKind.IMAGE));
    }
    return imageChoices;
  }

  /** Reads the images again (one was just added to the library). */
  void forgetImages() {
    imageChoices = null;
  }
}
