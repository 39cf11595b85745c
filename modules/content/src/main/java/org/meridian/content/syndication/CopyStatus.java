package org.meridian.content.syndication;

/** Where a receiving office's copy stands. */
public enum CopyStatus {
  /** On the office's site while the source is live. */
  CARRIED,
  /** Declined by the office: offline, until it accepts it again. */
  DECLINED,
  /** Withdrawn by the source office: offline for good. */
  WITHDRAWN
}
