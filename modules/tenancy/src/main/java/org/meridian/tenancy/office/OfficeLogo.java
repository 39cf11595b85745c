package org.meridian.tenancy.office;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;
import java.util.Objects;
import org.meridian.tenancy.persistence.BaseEntity;

/** An office's logo, kept in the database so that every node serves the same file. */
@Entity
@Table(name = "office_logo")
public class OfficeLogo extends BaseEntity {

  @OneToOne(optional = false, fetch = FetchType.LAZY)
  @JoinColumn(name = "office_id", nullable = false, unique = true)
  private Office office;

  @Column(name = "media_type", nullable = false, length = 40)
  private String mediaType;

  @Column(name = "width", nullable = false)
  private int width;

  @Column(name = "height", nullable = false)
  private int height;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "bytes", nullable = false)
  private byte[] bytes;

  protected OfficeLogo() {}

  OfficeLogo(Office office, LogoImage image) {
    this.office = Objects.requireNonNull(office, "office");
    replace(image);
  }

  void replace(LogoImage image) {
    this.mediaType = image.mediaType();
    this.width = image.width();
    this.height = image.height();
    this.sha256 = image.sha256();
    this.bytes = image.bytes();
  }

  LogoImage image() {
    return new LogoImage(mediaType, width, height, sha256, bytes);
  }
}
