package org.meridian.workflow.audit;

import java.util.Arrays;
import java.util.Optional;

/** What an audit entry records, with the stable code stored in the trail and shown in exports. */
public enum AuditAction {
  OFFICE_CREATED("office.created"),
  OFFICE_SUSPENDED("office.suspended"),
  OFFICE_REACTIVATED("office.reactivated"),
  OFFICE_ARCHIVED("office.archived"),
  OFFICE_PROFILE_CHANGED("office.profile-changed"),
  OFFICE_DELEGATION_CHANGED("office.delegation-changed"),
  CONTENT_PUBLISHED("content.published"),
  CONTENT_UNPUBLISHED("content.unpublished"),
  MEDIA_UPLOADED("media.uploaded"),
  MEDIA_DESCRIBED("media.described"),
  MEDIA_DELETED("media.deleted"),
  MEDIA_REPLACED("media.replaced"),
  MEDIA_FRAMED("media.framed"),
  CONTENT_REVISION_RESTORED("content.revision-restored"),
  CONTENT_TRASHED("content.trashed"),
  CONTENT_RESTORED_FROM_TRASH("content.restored-from-trash"),
  CONTENT_PURGED("content.purged"),
  CONTENT_ADDRESS_CHANGED("content.address-changed"),
  CONTENT_SUBMITTED("content.submitted"),
  CONTENT_APPROVED("content.approved"),
  CONTENT_CHANGES_REQUESTED("content.changes-requested"),
  CONTENT_ARCHIVED("content.archived"),
  CONTENT_REOPENED("content.reopened"),
  REVIEW_POLICY_CHANGED("office.review-policy-changed"),
  PERSON_ADDED("people.added"),
  PERSON_ROLE_CHANGED("people.role-changed"),
  PERSON_REMOVED("people.removed"),
  ACCOUNT_DISABLED("people.account-disabled"),
  ACCOUNT_ENABLED("people.account-enabled"),
  ACCOUNT_SESSIONS_ENDED("people.sessions-ended"),
  TAXONOMY_CHANGED("taxonomy.changed"),
  MENU_CHANGED("menu.changed"),
  ALERT_ISSUED("network.alert-issued"),
  ALERT_WITHDRAWN("network.alert-withdrawn"),
  SIGNIN_SUCCEEDED("signin.succeeded"),
  SIGNIN_FAILED("signin.failed"),
  TOKEN_ISSUED("token.issued"),
  TOKEN_REVOKED("token.revoked"),
  NETWORK_TOKEN_USED("token.network-use"),
  HQ_READ_ACROSS_OFFICES("hq.read-across-offices"),
  SYNDICATION_SHARED("syndication.shared"),
  SYNDICATION_WITHDRAWN("syndication.withdrawn"),
  SYNDICATION_DECLINED("syndication.declined"),
  SYNDICATION_ACCEPTED("syndication.accepted"),
  SYNDICATION_CONFIRMED("syndication.source-changes-reviewed");

  private final String code;

  AuditAction(String code) {
    this.code = code;
  }

  /** The stable code, e.g. {@code content.published}: never renamed once entries carry it. */
  public String code() {
    return code;
  }

  public static Optional<AuditAction> ofCode(String code) {
    return Arrays.stream(values()).filter(a -> a.code.equals(code)).findFirst();
  }
}
