package org.meridian.admin;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.meridian.content.ContentNotFoundException;
import org.meridian.content.ContentSummary;
import org.meridian.content.EditorQueries;
import org.meridian.content.taxonomy.Classification;
import org.meridian.content.taxonomy.ItemTerms;
import org.meridian.content.taxonomy.TagLabel;
import org.meridian.content.taxonomy.Tags;
import org.meridian.content.taxonomy.ThemeLabel;
import org.meridian.content.taxonomy.Themes;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;

/**
 * Chooses the themes and tags of one item of the current office ({@code ?item=N}): the network's
 * themes as checkboxes, the office's tags as a multiple choice, new tags typed by name.
 */
@Named
@ViewScoped
public class ClassifyItem implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject private EditorQueries content;
  @Inject private Classification classification;
  @Inject private Themes themes;
  @Inject private Tags tags;
  @Inject private TenantContext tenant;
  @Inject private CurrentOffice currentOffice;

  private ContentSummary item;
  private List<ThemeLabel> themeChoices = List.of();
  private List<TagLabel> tagChoices = List.of();
  private List<String> chosenThemes = new ArrayList<>();
  // Ids of the chosen tags, converted by the view's Long converter: without it, Faces puts the
  // options' own type into the list behind the generic's back (a ClassCastException on save).
  private List<Long> chosenTags = new ArrayList<>();
  private String newTags;

  @PostConstruct
  void init() {
    String wanted =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("item");
    if (tenant.current().isEmpty()) {
      return;
    }
    try {
      long id = Long.parseLong(wanted == null ? "" : wanted.strip());
      item = content.findForEditors(id).orElseThrow(() -> ContentNotFoundException.item(id));
      load(classification.of(id, language()));
    } catch (NumberFormatException | ContentNotFoundException e) {
      item = null;
      Messages.error("content.classify.no_item_0", wanted == null ? "" : wanted);
    }
  }

  public void save() {
    if (item == null) {
      return;
    }
    try {
      ItemTerms saved =
          classification.classify(
              item.itemId(),
              chosenThemes,
              List.copyOf(chosenTags),
              newTags == null
                  ? List.of()
                  : Arrays.stream(newTags.split(","))
                      .map(String::strip)
                      .filter(s -> !s.isEmpty())
                      .toList(),
              currentOffice.getEmail());
      newTags = null;
      load(saved);
      Messages.info(
          item.live() ? "content.classify.saved_0_1_live" : "content.classify.saved_0_1",
          saved.themes().size(),
          saved.tags().size());
    } catch (IllegalArgumentException | ContentNotFoundException e) {
      Messages.refusal(e);
    }
  }

  private void load(ItemTerms terms) {
    themeChoices = themes.labels(language());
    tagChoices = tags.labels();
    chosenThemes = new ArrayList<>(terms.themeCodes());
    chosenTags = new ArrayList<>(terms.tags().stream().map(t -> t.id()).toList());
  }

  private LanguageTag language() {
    return new LanguageTag(item.language());
  }

  public ContentSummary getItem() {
    return item;
  }

  public List<ThemeLabel> getThemeChoices() {
    return themeChoices;
  }

  public List<TagLabel> getTagChoices() {
    return tagChoices;
  }

  public List<String> getChosenThemes() {
    return chosenThemes;
  }

  public void setChosenThemes(List<String> chosenThemes) {
    this.chosenThemes = chosenThemes == null ? new ArrayList<>() : new ArrayList<>(chosenThemes);
  }

  public List<Long> getChosenTags() {
    return chosenTags;
  }

  public void setChosenTags(List<Long> chosenTags) {
    this.chosenTags = chosenTags == null ? new ArrayList<>() : new ArrayList<>(chosenTags);
  }

  public String getNewTags() {
    return newTags;
  }

  public void setNewTags(String newTags) {
    this.newTags = newTags;
  }
}
