package org.meridian.tenancy.token;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.persistence.OfficeOwned;

/** The web origins allowed to read one office's API from a browser (CORS); one per office. */
@Entity
@Table(name = "api_allowed_origins")
public class AllowedOrigins extends OfficeOwned {

  /** The most origins an office names. */
  public static final int MAX_ORIGINS = 20;

  @Column(name = "origins", nullable = false, length = 4000)
  private String origins;

  @Column(name = "changed_by", nullable = false, length = 254)
  private String changedBy;

  protected AllowedOrigins() {}

  public AllowedOrigins(List<WebOrigin> origins, String changedBy) {
    change(origins, changedBy);
  }

  /** Replaces the list; duplicates are kept once. */
  public final void change(List<WebOrigin> wanted, String by) {
    List<String> distinct =
        List.copyOf(new LinkedHashSet<>(wanted.stream().map(WebOrigin::value).toList()));
    if (distinct.size() > MAX_ORIGINS) {
      throw new RefusedArgumentException(
          Refusal.of("tokens.origins_at_most_0", "Name at most {0} web origins", MAX_ORIGINS));
    }
    this.origins = String.join("\n", distinct);
    this.changedBy = Objects.requireNonNull(by, "by");
  }

  public List<WebOrigin> origins() {
    return origins.isBlank()
        ? List.of()
        : Arrays.stream(origins.split("\n")).map(WebOrigin::new).toList();
  }
}
