package org.meridian.content.syndication;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What the sharing office asks: the audience ({@code region} names the regional office for {@link
 * Audience#REGION}, {@code offices} the codes for {@link Audience#CHOSEN}), whether offices must
 * carry the item, and which fields they may not override ({@code null}: the default, title and
 * body).
 */
public record ShareRequest(
    Audience audience, String region, List<String> offices, boolean mandatory, Set<String> locked) {

  public ShareRequest {
    Objects.requireNonNull(audience, "audience");
    offices = offices == null ? List.of() : List.copyOf(offices);
    locked = locked == null ? SharedFields.DEFAULT_LOCKED : Set.copyOf(locked);
  }

  public static ShareRequest toAll(boolean mandatory) {
    return new ShareRequest(Audience.ALL, null, List.of(), mandatory, null);
  }

  public static ShareRequest toRegion(String region, boolean mandatory) {
    return new ShareRequest(Audience.REGION, region, List.of(), mandatory, null);
  }

  public static ShareRequest toOffices(List<String> offices, boolean mandatory) {
    return new ShareRequest(Audience.CHOSEN, null, offices, mandatory, null);
  }
}
