package org.meridian.content.taxonomy;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;
import org.meridian.content.Slug;

/** A theme's name and address in one language. */
@Embeddable
public class ThemeName {

  public static final int MAX_LENGTH = 80;

  @Column(name = "name", nullable = false, length = MAX_LENGTH)
  private String name;

  @Column(name = "slug", nullable = false, length = Slug.MAX_LENGTH)
  private String slug;

  protected ThemeName() {}

  public ThemeName(String name, Slug slug) {
    this.name = TermName.clean(name, MAX_LENGTH, "theme");
    this.slug = Objects.requireNonNull(slug, "slug").value();
  }

  public String name() {
    return name;
  }

  public Slug slug() {
    return new Slug(slug);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ThemeName that && name.equals(that.name) && slug.equals(that.slug);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, slug);
  }
}
