package org.meridian.content.media;

import org.meridian.tenancy.office.OfficeCode;

/**
 * Fired in the transaction that uploads, describes, replaces, frames or deletes an asset, for the
 * audit trail.
 */
public record MediaChanged(
    OfficeCode office, long mediaId, String fileName, Change change, String actor) {

  public enum Change {
    UPLOADED,
    DESCRIBED,
    REPLACED,
    FRAMED,
    DELETED
  }
}
