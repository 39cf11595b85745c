package org.meridian.content.syndication;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.meridian.content.ContentType;
import org.meridian.content.fields.FieldError;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeStatus;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.people.Role;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficeRelation;
import org.meridian.tenancy.permission.PermissionRule;

/**
 * Who may share what with whom, what a copy may change, and when a copy needs its office's review.
 * Plain functions over plain facts, tested as tables in {@code SyndicationRulesTest}.
 */
public final class SyndicationRules {

  /** What becomes of one office of the audience: pending, or skipped with the reason. */
  public record Planned(OfficeRef office, TargetState state, String reason) {}

  private SyndicationRules() {}

  /**
   * HQ and regional offices share; country offices do not. The person must be an HQ administrator,
   * or a publisher or administrator of the sharing office.
   *
   * @param role the person's role in the sharing office, if any
   */
  public static void requireMayShare(OfficeRef source, Optional<Role> role, boolean hqAdmin) {
    requireMayShare(
        source,
        hqAdmin
            || role.filter(r -> PermissionRule.allows(r, OfficeRelation.OWN, OfficeAction.SHARE))
                .isPresent());
  }

  /**
   * HQ and regional offices share; country offices do not. {@code allowed}: whether the person may
   * share the items of {@code source} ({@code OfficeAction.SHARE}).
   */
  public static void requireMayShare(OfficeRef source, boolean allowed) {
    if (source.type() == OfficeType.COUNTRY) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.country_does_not_share",
              "A country office does not share items with other offices: only HQ and regional"
                  + " offices do."));
    }
    if (!allowed) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.share_publishers_of_0_only",
              "Only publishers and administrators of {0} (or HQ administrators) share its items.",
              source.code()));
    }
  }

  /** A copy is not shared onward: that is how a sharing would come back round to its source. */
  public static void requireNotACopy(Optional<String> copiedFrom) {
    copiedFrom.ifPresent(
        source -> {
          throw new SyndicationRefusedException(
              Refusal.of(
                  "syndication.copy_not_shared_onward_0",
                  "This item is a copy of an item shared by {0}: a copy is not shared onward (it"
                      + " would come back round to its source). Ask {0} to share the original with"
                      + " more offices.",
                  source));
        });
  }

  /** The fields to lock must be fields copies inherit. */
  public static Set<String> requireLockable(ContentType type, Set<String> locked) {
    List<String> names = SharedFields.names(type);
    List<String> unknown = locked.stream().filter(n -> !names.contains(n)).sorted().toList();
    if (!unknown.isEmpty()) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.not_lockable_0_lockable_1",
              "Fields that cannot be locked: {0}. Lockable fields are {1}.",
              unknown,
              names));
    }
    return new LinkedHashSet<>(names.stream().filter(locked::contains).toList());
  }

  /**
   * The offices an item of {@code source} goes to, each pending or skipped with the reason.
   *
   * @param network every office, archived ones included
   * @param language the item's language: an office that does not publish in it is skipped
   */
  public static List<Planned> plan(
      OfficeRef source, ShareRequest request, List<OfficeRef> network, LanguageTag language) {
    Map<String, OfficeRef> byCode =
        network.stream()
            .collect(Collectors.toMap(o -> o.code().value(), Function.identity(), (a, b) -> a));
    List<OfficeRef> audience =
        switch (request.audience()) {
          case ALL -> below(source, network);
          case REGION -> region(source, request.region(), byCode, network);
          case CHOSEN -> chosen(source, request.offices(), byCode);
        };
    if (audience.isEmpty()) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.no_office_to_share_with",
              "There is no office to share with: choose offices, a region with offices, or all."));
    }
    List<Planned> planned = new ArrayList<>();
    for (OfficeRef office : audience) {
      planned.add(plannedFor(office, language));
    }
    return planned;
  }

  /** Pending for an office that can carry the item, otherwise skipped with the reason. */
  public static Planned plannedFor(OfficeRef office, LanguageTag language) {
    if (office.status() == OfficeStatus.ARCHIVED) {
      return new Planned(office, TargetState.SKIPPED, "archived office");
    }
    if (!office.publishesIn(language)) {
      return new Planned(
          office, TargetState.SKIPPED, "the office does not publish in " + language.value());
    }
    return new Planned(office, TargetState.PENDING, null);
  }

  /** HQ: every other office. A region: the offices under it. */
  private static List<OfficeRef> below(OfficeRef source, List<OfficeRef> network) {
    return network.stream()
        .filter(o -> o.id() != source.id())
        .filter(o -> source.type() == OfficeType.HQ || isUnder(o, source))
        .toList();
  }

  private static List<OfficeRef> region(
      OfficeRef source, String regionCode, Map<String, OfficeRef> byCode, List<OfficeRef> network) {
    if (regionCode == null || regionCode.isBlank()) {
      throw new SyndicationRefusedException(
          Refusal.of("syndication.choose_region", "Choose the region to share with."));
    }
    OfficeRef region = byCode.get(regionCode.strip());
    if (region == null || region.type() != OfficeType.REGIONAL) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.no_regional_office_0",
              "There is no regional office '{0}'.",
              regionCode));
    }
    if (source.type() != OfficeType.HQ && region.id() != source.id()) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.own_region_only_0_not_region_1",
              "{0} shares with the offices of its own region only, not with the region of {1}.",
              source.code(),
              region.code()));
    }
    return network.stream().filter(o -> isUnder(o, region)).toList();
  }

  private static List<OfficeRef> chosen(
      OfficeRef source, List<String> codes, Map<String, OfficeRef> byCode) {
    List<OfficeRef> chosen = new ArrayList<>();
    for (String code : new LinkedHashSet<>(codes)) {
      OfficeRef office = byCode.get(code == null ? "" : code.strip());
      if (office == null) {
        throw new SyndicationRefusedException(
            Refusal.of("syndication.no_office_0", "There is no office '{0}'.", code));
      }
      if (office.id() == source.id()) {
        throw new SyndicationRefusedException(
            Refusal.of(
                "syndication.not_with_own_office_0",
                "An item is not shared with its own office ({0}).",
                code));
      }
      if (source.type() != OfficeType.HQ && !isUnder(office, source)) {
        throw new SyndicationRefusedException(
            Refusal.of(
                "syndication.own_region_only_0_not_1",
                "{0} shares with the offices of its own region only: {1} is not one of them.",
                source.code(),
                code));
      }
      chosen.add(office);
    }
    return chosen;
  }

  private static boolean isUnder(OfficeRef office, OfficeRef parent) {
    return office.parent() != null && office.parent().equals(parent.code());
  }

  /**
   * A save of a copy may change only fields its source did not lock: each locked field that differs
   * from what the source says is refused on its field.
   */
  public static void requireOnlyUnlockedChanged(
      ContentType type, Set<String> changed, Set<String> locked, String sourceOffice) {
    List<FieldError> refused = new ArrayList<>();
    for (String name : changed) {
      if (locked.contains(name)) {
        refused.add(
            new FieldError(
                name,
                Refusal.of(
                    "syndication.field_0_locked_by_1_keeps_2",
                    "{0} is locked by {1}: a shared copy keeps the source's {2}.",
                    SharedFields.word(type, name),
                    sourceOffice,
                    SharedFields.word(type, name).inLowerCase())));
      }
    }
    if (!refused.isEmpty()) {
      throw new InvalidFieldsException(refused);
    }
  }

  /** An office may decline what it was not told to carry, and only while it carries it. */
  public static void requireMayDecline(boolean mandatory, CopyStatus status, String sourceOffice) {
    if (mandatory) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.mandatory_by_0",
              "{0} marked this item mandatory: every office it is shared with carries it.",
              sourceOffice));
    }
    if (status != CopyStatus.CARRIED) {
      throw new SyndicationRefusedException(
          status == CopyStatus.DECLINED
              ? Refusal.of("syndication.declined_already", "The item is declined already.")
              : Refusal.of("syndication.withdrawn_already", "The item is withdrawn already."));
    }
  }

  /** A declined item can be taken back; a withdrawn one is gone for good. */
  public static void requireMayAccept(CopyStatus status, String sourceOffice) {
    if (status == CopyStatus.WITHDRAWN) {
      throw new SyndicationRefusedException(
          Refusal.of("syndication.withdrawn_by_0", "{0} withdrew this item.", sourceOffice));
    }
    if (status == CopyStatus.CARRIED) {
      throw new SyndicationRefusedException(
          Refusal.of("syndication.carried_already", "The office carries this item already."));
    }
  }

  /** Withdrawing twice is refused, saying when and by whom it was withdrawn. */
  public static void requireNotWithdrawn(
      boolean withdrawn, String withdrawnBy, Instant withdrawnAt) {
    if (withdrawn && withdrawnBy != null && withdrawnAt != null) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.withdrawn_everywhere_by_0_on_1",
              "This item was already withdrawn from every office by {0} on {1}: there is nothing"
                  + " left to withdraw.",
              withdrawnBy,
              withdrawnAt.toString().substring(0, 16)));
    }
    if (withdrawn && withdrawnBy != null) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.withdrawn_everywhere_by_0",
              "This item was already withdrawn from every office by {0}: there is nothing left to"
                  + " withdraw.",
              withdrawnBy));
    }
    if (withdrawn && withdrawnAt != null) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.withdrawn_everywhere_on_0",
              "This item was already withdrawn from every office on {0}: there is nothing left to"
                  + " withdraw.",
              withdrawnAt.toString().substring(0, 16)));
    }
    if (withdrawn) {
      throw new SyndicationRefusedException(
          Refusal.of(
              "syndication.withdrawn_everywhere",
              "This item was already withdrawn from every office: there is nothing left to"
                  + " withdraw."));
    }
  }

  /**
   * Whether a copy must be reviewed by its office after its source changed from {@code before} to
   * {@code after}: when the source's fields changed and the copy overrides some fields (the local
   * text may no longer fit) or has translations (they follow the copy's text).
   */
  public static boolean needsReview(
      SharedFields before, SharedFields after, Set<String> overrides, boolean translated) {
    if (before.differencesFrom(after).isEmpty()) {
      return false;
    }
    return !overrides.isEmpty() || translated;
  }

  /**
   * The fields a save of a copy overrides: those that differ from what the source says and that are
   * not locked.
   */
  public static Set<String> overrides(SharedFields inherited, SharedFields saved) {
    return saved.differencesFrom(inherited);
  }
}
