package org.meridian.content.alert;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.meridian.tenancy.persistence.BaseEntity;

/** A network alert as stored; {@link AlertDraft} checks what goes in. */
@Entity
@Table(name = "network_alert")
public class NetworkAlert extends BaseEntity {

  @Column(name = "issuing_office_id", nullable = false, updatable = false)
  private long issuingOfficeId;

  @Column(name = "audience_office_id", updatable = false)
  private Long audienceOfficeId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Column(name = "link", nullable = false, length = AlertDraft.LINK_MAX)
  private String link;

  @Column(name = "issued_by", nullable = false, updatable = false, length = 254)
  private String issuedBy;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 254)
  private String withdrawnBy;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "network_alert_text", joinColumns = @JoinColumn(name = "alert_id"))
  @MapKeyColumn(name = "language", length = 35)
  @Column(name = "message", nullable = false, length = AlertDraft.MESSAGE_MAX)
  private Map<String, String> messages = new LinkedHashMap<>();

  protected NetworkAlert() {}

  NetworkAlert(long issuingOfficeId, Long audienceOfficeId, AlertDraft draft, String issuedBy) {
    this.issuingOfficeId = issuingOfficeId;
    this.audienceOfficeId = audienceOfficeId;
    this.startsAt = draft.startsAt();
    this.endsAt = draft.endsAt();
    this.link = draft.link();
    this.messages.putAll(draft.messages());
    this.issuedBy = Objects.requireNonNull(issuedBy, "issuedBy");
  }

  void withdraw(String by, Instant at) {
    this.withdrawnAt = Objects.requireNonNull(at, "at");
    this.withdrawnBy = Objects.requireNonNull(by, "by");
  }

  public long issuingOfficeId() {
    return issuingOfficeId;
  }

  public Long audienceOfficeId() {
    return audienceOfficeId;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String link() {
    return link;
  }

  public String issuedBy() {
    return issuedBy;
  }

  public Instant withdrawnAt() {
    return withdrawnAt;
  }

  public String withdrawnBy() {
    return withdrawnBy;
  }

  public Map<String, String> messages() {
    return Map.copyOf(messages);
  }

  public boolean isWithdrawn() {
    return withdrawnAt != null;
  }
}
