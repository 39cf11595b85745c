package org.meridian.tenancy.office;

/** Where an office stands in the network: HQ &gt; regional office &gt; country office. */
public enum OfficeType {
  HQ,
  REGIONAL,
  COUNTRY
}
