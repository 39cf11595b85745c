package org.meridian.workflow.quality;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import org.meridian.content.ContentItem;
import org.meridian.content.Revision;
import org.meridian.content.quality.BodyQuality;
import org.meridian.content.quality.Finding;
import org.meridian.content.quality.FindingSpot;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedStateException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.permission.OfficeAction;
import org.meridian.tenancy.permission.OfficePermissions;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The current office's accessibility and quality gate: its mode, and what the checks find in an
 * item's latest body. {@code Workflow} asks it at submit and publish.
 */
@ApplicationScoped
@Transactional
public class QualityGate {

  @Inject private OfficeData data;
  @Inject private TenantContext tenant;
  @Inject private OfficePermissions permissions;
  @Inject private BodyQuality quality;

  /** The current office's mode ({@link GateMode#WARN} until it chooses). */
  public GateMode mode() {
    return setting().map(GateSetting::mode).orElse(GateMode.WARN);
  }

  /** Whether {@code actor} may change the current office's mode: those who change its settings. */
  public boolean mayChange(String actor) {
    return permissions.may(actor, tenant.require(), OfficeAction.CHANGE_SETTINGS);
  }

  /**
   * Sets the current office's mode.
   *
   * @throws RefusedStateException when {@code actor} may not change the office's settings
   */
  public GateMode change(GateMode mode, String actor) {
    if (!mayChange(actor)) {
      throw new RefusedStateException(
          Refusal.of(
              "quality.gate_administrators_only",
              "Only the office's administrators may change its quality gate"));
    }
    setting()
        .ifPresentOrElse(
            s -> s.change(mode), () -> data.entityManager().persist(new GateSetting(mode)));
    return mode;
  }

  /**
   * What the checks find in the latest body of the current office's item {@code itemId} (nothing
   * for an item the office does not have, or one in the trash).
   */
  public List<Finding> findings(long itemId) {
    ContentItem item = data.entityManager().find(ContentItem.class, itemId);
    return item == null || item.isTrashed() || item.latestRevision() == null
        ? List.of()
        : findings(item);
  }

  /** What the checks find in the item's latest body. */
  public List<Finding> findings(ContentItem item) {
    return quality.check(item.latestRevision().body(), item.language().value());
  }

  /**
   * Refuses the step when the office blocks and the item's latest body has findings; otherwise
   * gives the findings for the caller to show.
   *
   * @throws QualityGateRefusedException in block mode, with every finding
   */
  public List<Finding> enforce(ContentItem item) {
    List<Finding> found = findings(item);
    if (!found.isEmpty() && mode() == GateMode.BLOCK) {
      throw new QualityGateRefusedException(found);
    }
    return found;
  }

  /**
   * Refuses a scheduled publish of {@code revision} when the office blocks and that revision's body
   * (not the latest: the schedule names the revision it publishes) has findings. The scheduler
   * calls it when the time comes; the mode and the checks are those of that moment.
   *
   * @throws QualityGateRefusedException in block mode, with every finding
   */
  public void enforce(Revision revision) {
    if (mode() != GateMode.BLOCK) {
      return;
    }
    List<Finding> found = quality.check(revision.body(), revision.item().language().value());
    if (!found.isEmpty()) {
      throw new QualityGateRefusedException(found);
    }
  }

  /**
   * The findings of the item's latest body with where each is in it ({@link FindingSpot}), for the
   * editor to show each at its place.
   */
  public List<Located> located(long itemId) {
    ContentItem item = data.entityManager().find(ContentItem.class, itemId);
    if (item == null || item.isTrashed() || item.latestRevision() == null) {
      return List.of();
    }
    String body = item.latestRevision().body();
    return findings(item).stream()
        .map(f -> new Located(f, FindingSpot.of(body, f.place())))
        .toList();
  }

  /** A finding and the element it concerns. */
  public record Located(Finding finding, FindingSpot spot) {}

  private java.util.Optional<GateSetting> setting() {
    return data.entityManager()
        .createQuery("select g from GateSetting g", GateSetting.class)
        .getResultStream()
        .findFirst();
  }
}
