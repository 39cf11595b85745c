package org.meridian.content.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.content.Slug;
import org.meridian.tenancy.persistence.OfficeOwned;

/**
 * A word an office's editors put on their items (a place, a project, an event). Tags belong to one
 * office. A tag has one name and one address for all the office's languages: tags are mostly proper
 * names that do not translate, and translated classification is what themes are for; an office that
 * wants a word per language makes one tag per language.
 */
@Entity
@Table(name = "tag")
public class Tag extends OfficeOwned {

  public static final int MAX_NAME_LENGTH = 60;

  @Column(name = "name", nullable = false, length = MAX_NAME_LENGTH)
  private String name;

  @Column(name = "slug", nullable = false, length = Slug.MAX_LENGTH)
  private String slug;

  protected Tag() {}

  public Tag(String name, Slug slug) {
    rename(name, slug);
  }

  /** Gives the tag a new name and address. */
  public void rename(String name, Slug slug) {
    this.name = TermName.clean(name, MAX_NAME_LENGTH, "tag");
    this.slug = Objects.requireNonNull(slug, "slug").value();
  }

  public String name() {
    return name;
  }

  public Slug slug() {
    return new Slug(slug);
  }
}
