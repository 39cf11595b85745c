package org.meridian.admin;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.meridian.content.ContentType;
import org.meridian.content.EditorQueries;
import org.meridian.content.ItemChoice;
import org.meridian.content.LinkChoice;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaKind;
import org.meridian.content.media.MediaLibrary;
import org.meridian.tenancy.office.LanguageTag;

/**
 * What the editor ({@code admin/content/edit.xhtml}, next to {@link EditContent}) offers to choose
 * from: the pages an item may sit under, the office's contact cards, the items to name as related,
 * and the images for the hero and social image.
 */
@Named
@ViewScoped
public class EditorChoices implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EditorQueries queries;
  @Inject private MediaLibrary media;
  @Inject private EditContent editor;

  private static final int ITEM_CHOICES = 200;

  private List<MediaItem> imageChoices;
  private List<LinkChoice> itemChoices;

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

  /**
   * The items a list of ids ({@code "4, 9"}, as the related-items field holds them) names, with
   * their titles, in order; ids that are not numbers or not the office's are left out (the save
   * says so).
   */
  public List<LinkChoice> chosen(String ids) {
    List<Long> wanted = new ArrayList<>();
    for (String part : (ids == null ? "" : ids).split("[,\\s]+")) {
      try {
        if (!part.isBlank()) {
          wanted.add(Long.valueOf(part));
        }
      } catch (NumberFormatException notAnId) {
        // shown as typed in the field itself
      }
    }
    return queries.linkChoices(wanted);
  }

  /**
   * The office's items most recently changed ({@value #ITEM_CHOICES} at most), to choose a related
   * item from without the search script.
   */
  public List<LinkChoice> getItemChoices() {
    if (itemChoices == null) {
      Long itemId = editor.getItemId();
      itemChoices =
          queries.linkChoices("", ITEM_CHOICES).stream()
              .filter(c -> itemId == null || c.itemId() != itemId)
              .toList();
    }
    return itemChoices;
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
