package org.meridian.content.syndication;

/** Whom an item is shared with. */
public enum Audience {
  /** Every office below the sharing office: the whole network for HQ, its region for a region. */
  ALL,
  /** The offices under one regional office. */
  REGION,
  /** Offices picked one by one. */
  CHOSEN
}
