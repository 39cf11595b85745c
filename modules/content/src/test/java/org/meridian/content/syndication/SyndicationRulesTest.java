package org.meridian.content.syndication;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.content.ContentType;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.Role;

/** Who may share with whom, what a copy may change, when it needs review: one rule per test. */
class SyndicationRulesTest {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final LanguageTag FR = new LanguageTag("fr");
  private static long ids = 1;

  private static final OfficeRef HQ = office("hq", OfficeType.HQ, null, OfficeStatus.ACTIVE, EN);
  private static final OfficeRef WCA =
      office("wca", OfficeType.REGIONAL, "hq", OfficeStatus.ACTIVE, EN, FR);
  private static final OfficeRef EAST =
      office("east", OfficeType.REGIONAL, "hq", OfficeStatus.ACTIVE, EN);
  private static final OfficeRef GAMBIA =
      office("gambia", OfficeType.COUNTRY, "wca", OfficeStatus.ACTIVE, EN);
  private static final OfficeRef MALI =
      office("mali", OfficeType.COUNTRY, "wca", OfficeStatus.SUSPENDED, FR);
  private static final OfficeRef OLD =
      office("old", OfficeType.COUNTRY, "wca", OfficeStatus.ARCHIVED, EN);
  private static final OfficeRef KENYA =
      office("kenya", OfficeType.COUNTRY, "east", OfficeStatus.ACTIVE, EN);
  private static final OfficeRef NEPAL =
      office("nepal", OfficeType.COUNTRY, "hq", OfficeStatus.ACTIVE, EN);
  private static final List<OfficeRef> NETWORK =
      List.of(HQ, WCA, EAST, GAMBIA, MALI, OLD, KENYA, NEPAL);

  private static OfficeRef office(
      String code, OfficeType type, String parent, OfficeStatus status, LanguageTag... languages) {
    return new OfficeRef(
        ids++,
        new OfficeCode(code),
        type,
        status,
        languages[0],
        List.of(languages),
        ZoneOffset.UTC,
        Map.of(languages[0].value(), code),
        parent == null ? null : new OfficeCode(parent),
        AccentColour.DEFAULT,
        new OfficeContact(null, null, null),
        Map.of(),
        type == OfficeType.REGIONAL,
        null);
  }

  private static Map<String, TargetState> plan(OfficeRef source, ShareRequest request) {
    Map<String, TargetState> out = new java.util.TreeMap<>();
    SyndicationRules.plan(source, request, NETWORK, EN)
        .forEach(p -> out.put(p.office().code().value(), p.state()));
    return out;
  }

  @Test
  void hqSharesWithEveryOtherOfficeSkippingArchivedOnesAndOfficesWithoutTheLanguage() {
    assertThat(plan(HQ, ShareRequest.toAll(false)))
        .containsExactlyInAnyOrderEntriesOf(
            Map.of(
                "wca", TargetState.PENDING,
                "east", TargetState.PENDING,
                "gambia", TargetState.PENDING,
                "mali", TargetState.SKIPPED,
                "old", TargetState.SKIPPED,
                "kenya", TargetState.PENDING,
                "nepal", TargetState.PENDING));
    assertThat(
            SyndicationRules.plan(HQ, ShareRequest.toOffices(List.of("old"), false), NETWORK, EN)
                .get(0)
                .reason())
        .isEqualTo("archived office");
  }

  @Test
  void aRegionOfHqMeansTheOfficesUnderThatRegionalOffice() {
    assertThat(plan(HQ, ShareRequest.toRegion("east", true))).containsOnlyKeys("kenya");
    assertThat(plan(HQ, ShareRequest.toRegion("wca", true)))
        .containsOnlyKeys("gambia", "mali", "old");
  }

  @Test
  void aRegionalOfficeSharesWithItsOwnOfficesOnly() {
    assertThat(plan(WCA, ShareRequest.toAll(false))).containsOnlyKeys("gambia", "mali", "old");
    assertThat(plan(WCA, ShareRequest.toOffices(List.of("gambia"), false)))
        .containsOnlyKeys("gambia");
    assertThatThrownBy(() -> plan(WCA, ShareRequest.toOffices(List.of("gambia", "kenya"), false)))
        .isInstanceOf(SyndicationRefusedException.class)
        .hasMessageContaining("kenya is not one of them");
    assertThatThrownBy(() -> plan(WCA, ShareRequest.toRegion("east", false)))
        .hasMessageContaining("own region only");
    assertThatThrownBy(() -> plan(WCA, ShareRequest.toOffices(List.of("nepal"), false)))
        .hasMessageContaining("own region only");
  }

  @Test
  void unknownOfficesAndTheSourceItselfAreRefused() {
    assertThatThrownBy(() -> plan(HQ, ShareRequest.toOffices(List.of("atlantis"), false)))
        .hasMessageContaining("no office 'atlantis'");
    assertThatThrownBy(() -> plan(HQ, ShareRequest.toOffices(List.of("hq"), false)))
        .hasMessageContaining("not shared with its own office");
    assertThatThrownBy(() -> plan(HQ, ShareRequest.toRegion("gambia", false)))
        .hasMessageContaining("no regional office 'gambia'");
    assertThatThrownBy(() -> plan(HQ, ShareRequest.toOffices(List.of(), false)))
        .hasMessageContaining("no office to share with");
  }

  @Test
  void countryOfficesDoNotShareAndOnlyPublishersAndAdministratorsDo() {
    assertThatThrownBy(
            () -> SyndicationRules.requireMayShare(GAMBIA, Optional.of(Role.OFFICE_ADMIN), true))
        .hasMessageContaining("country office does not share");
    SyndicationRules.requireMayShare(HQ, Optional.of(Role.PUBLISHER), false);
    SyndicationRules.requireMayShare(WCA, Optional.of(Role.OFFICE_ADMIN), false);
    SyndicationRules.requireMayShare(WCA, Optional.empty(), true);
    assertThatThrownBy(() -> SyndicationRules.requireMayShare(HQ, Optional.of(Role.EDITOR), false))
        .hasMessageContaining("Only publishers and administrators");
    assertThatThrownBy(() -> SyndicationRules.requireMayShare(WCA, Optional.empty(), false))
        .isInstanceOf(SyndicationRefusedException.class);
  }

  @Test
  void aCopyIsNeverSharedOnwardSoNoSharingComesBackRound() {
    SyndicationRules.requireNotACopy(Optional.empty());
    assertThatThrownBy(() -> SyndicationRules.requireNotACopy(Optional.of("hq")))
        .isInstanceOf(SyndicationRefusedException.class)
        .hasMessageContaining("not shared onward");
  }

  @Test
  void onlyInheritedFieldsCanBeLockedAndReferencesToItemsNeverAre() {
    assertThat(SyndicationRules.requireLockable(ContentType.NEWS, Set.of("body", "title")))
        .containsExactly("title", "body");
    assertThatThrownBy(
            () -> SyndicationRules.requireLockable(ContentType.NEWS, Set.of("mediaContacts")))
        .hasMessageContaining("cannot be locked");
  }

  @Test
  void aCopyMayChangeUnlockedFieldsButNeverALockedOne() {
    SyndicationRules.requireOnlyUnlockedChanged(
        ContentType.PAGE, Set.of("summary"), Set.of("title", "body"), "hq");
    assertThatThrownBy(
            () ->
                SyndicationRules.requireOnlyUnlockedChanged(
                    ContentType.PAGE, Set.of("summary", "title"), Set.of("title", "body"), "hq"))
        .isInstanceOf(InvalidFieldsException.class)
        .hasMessageContaining("Title is locked by hq")
        .satisfies(
            e -> assertThat(((InvalidFieldsException) e).errors()).containsOnlyKeys("title"));
  }

  @Test
  void declineIsRefusedForMandatoryItemsAndTwiceAndWithdrawingTwiceIsRefused() {
    SyndicationRules.requireMayDecline(false, CopyStatus.CARRIED, "hq");
    assertThatThrownBy(() -> SyndicationRules.requireMayDecline(true, CopyStatus.CARRIED, "hq"))
        .hasMessageContaining("mandatory");
    assertThatThrownBy(() -> SyndicationRules.requireMayDecline(false, CopyStatus.DECLINED, "hq"))
        .hasMessageContaining("declined already");
    assertThatThrownBy(() -> SyndicationRules.requireMayAccept(CopyStatus.WITHDRAWN, "hq"))
        .hasMessageContaining("withdrew");
    SyndicationRules.requireNotWithdrawn(false, null, null);
    assertThatThrownBy(
            () ->
                SyndicationRules.requireNotWithdrawn(
                    true, "hq.admin@x.org", Instant.parse("2026-11-27T10:15:00Z")))
        .hasMessageContaining("already withdrawn")
        .hasMessageContaining("hq.admin@x.org")
        .hasMessageContaining("2026-11-27T10:15");
  }

  @Test
  void aCopyNeedsReviewWhenTheSourceChangedAndItHasOverridesOrTranslations() {
    SharedFields before =
        new SharedFields(ContentType.PAGE, Map.of("title", "A", "body", "<p>One</p>"));
    SharedFields after =
        new SharedFields(ContentType.PAGE, Map.of("title", "A", "body", "<p>Two</p>"));
    assertThat(SyndicationRules.needsReview(before, after, Set.of(), false)).isFalse();
    assertThat(SyndicationRules.needsReview(before, after, Set.of("summary"), false)).isTrue();
    assertThat(SyndicationRules.needsReview(before, after, Set.of(), true)).isTrue();
    assertThat(SyndicationRules.needsReview(before, before, Set.of("summary"), true)).isFalse();
  }
}
