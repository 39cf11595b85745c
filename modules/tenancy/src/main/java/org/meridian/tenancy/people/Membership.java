package org.meridian.tenancy.people;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.persistence.BaseEntity;

/** A person's role in one office. */
@Entity
@Table(name = "membership")
public class Membership extends BaseEntity {

  @ManyToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "account_id", nullable = false)
  private Account account;

  @ManyToOne(optional = false, fetch = FetchType.EAGER)
  @JoinColumn(name = "office_id", nullable = false)
  private Office office;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", nullable = false, length = 16)
  private Role role;

  protected Membership() {}

  public Membership(Account account, Office office, Role role) {
    this.account = Objects.requireNonNull(account, "account");
    this.office = Objects.requireNonNull(office, "office");
    this.role = Objects.requireNonNull(role, "role");
  }

  public Account account() {
    return account;
  }

  public Office office() {
    return office;
  }

  public Role role() {
    return role;
  }

  /** Gives the person another role in the same office. */
  public void changeRole(Role newRole) {
    this.role = Objects.requireNonNull(newRole, "role");
  }
}
