package org.meridian.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.content.LiveContentChanged;
import org.meridian.content.Slug;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;

class PublicMediaTest {

  private static final OfficeRef HQ = office(1, "hq", OfficeType.HQ);
  private static final OfficeRef GAMBIA = office(3, "gambia", OfficeType.COUNTRY);
  private static final OfficeRef SENEGAL = office(4, "senegal", OfficeType.COUNTRY);

  private final Map<String, Set<Long>> stored = new HashMap<>();
  private final List<String> reads = new ArrayList<>();
  private Runnable duringRead = () -> {};
  private final PublicMedia media =
      new PublicMedia(
          owner -> {
            reads.add(owner.code().value());
            Set<Long> ids = stored.getOrDefault(owner.code().value(), Set.of());
            duringRead.run();
            return ids;
          });

  private static OfficeRef office(long id, String code, OfficeType type) {
    LanguageTag en = new LanguageTag("en");
    return new OfficeRef(
        id,
        new OfficeCode(code),
        type,
        OfficeStatus.ACTIVE,
        en,
        List.of(en),
        java.time.ZoneId.of("UTC"),
        Map.of("en", code),
        null,
        AccentColour.DEFAULT,
        new OfficeContact(null, null, null),
        Map.of(),
        type == OfficeType.REGIONAL,
        null);
  }

  private static LiveContentChanged unpublished(String office) {
    return new LiveContentChanged(
        new OfficeCode(office),
        7,
        new LanguageTag("en"),
        new Slug("visit"),
        LiveContentChanged.Change.UNPUBLISHED,
        1,
        null,
        "editor@example.org");
  }

  @Test
  void onlyFilesALiveItemUsesArePublicAndEachOfficesSetIsReadOnce() {
    stored.put("gambia", Set.of(10L, 11L));
    assertThat(media.isPublic(GAMBIA, 10)).isTrue();
    assertThat(media.isPublic(GAMBIA, 12)).isFalse();
    assertThat(media.isPublic(GAMBIA, 11)).isTrue();
    assertThat(media.isPublic(SENEGAL, 10)).as("another office's set").isFalse();
    assertThat(reads).containsExactly("gambia", "senegal");
  }

  @Test
  void anOfficesBannerIsPublicWhileItIsTheBanner() {
    stored.put("gambia", Set.of(10L));
    OfficeRef plain = GAMBIA;
    OfficeRef branded =
        new OfficeRef(
            plain.id(),
            plain.code(),
            plain.type(),
            plain.status(),
            plain.defaultLanguage(),
            plain.languages(),
            plain.timeZone(),
            plain.names(),
            plain.parent(),
            plain.accentColour(),
            plain.contact(),
            plain.socialLinks(),
            false,
            new org.meridian.tenancy.office.OfficeBranding(
                org.meridian.tenancy.office.BrandColours.DEFAULT, 42L, "standard", Map.of()));
    assertThat(media.isPublic(plain, 42)).isFalse();
    assertThat(media.isPublic(branded, 42)).isTrue();
    assertThat(media.isPublic(branded, 43)).isFalse();
    assertThat(media.isPublic(SENEGAL, 42)).as("another office's file of that id").isFalse();
  }

  @Test
  void aChangeOfAnOfficesLiveContentIsSeenAtOnce() {
    stored.put("gambia", Set.of(10L));
    assertThat(media.isPublic(GAMBIA, 10)).isTrue();
    stored.put("gambia", Set.of());
    media.onLiveContentChanged(unpublished("gambia"));
    assertThat(media.isPublic(GAMBIA, 10)).as("taken offline").isFalse();
  }

  @Test
  void hqsSetIsReadAgainAfterAnyOfficesChangeAndOtherOfficesAreKept() {
    stored.put("hq", Set.of(1L));
    stored.put("senegal", Set.of(40L));
    assertThat(media.isPublic(HQ, 1)).isTrue();
    assertThat(media.isPublic(SENEGAL, 40)).isTrue();
    stored.put("hq", Set.of());
    media.forget("gambia"); // a Gambian item that showed HQ's file went offline
    assertThat(media.isPublic(HQ, 1)).isFalse();
    assertThat(media.isPublic(SENEGAL, 40)).isTrue();
    assertThat(reads).containsExactly("hq", "senegal", "hq");
  }

  @Test
  void aSetReadWhileAChangeCameIsNotKept() {
    stored.put("gambia", Set.of(10L));
    duringRead = () -> media.forget("gambia");
    assertThat(media.isPublic(GAMBIA, 10)).isTrue();
    duringRead = () -> {};
    stored.put("gambia", Set.of());
    assertThat(media.isPublic(GAMBIA, 10)).as("read again, not the stale set").isFalse();
  }
}
