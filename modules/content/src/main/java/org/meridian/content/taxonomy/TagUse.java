package org.meridian.content.taxonomy;

/** A tag of the office as its console lists it: with its version and how many items carry it. */
public record TagUse(long id, String name, String slug, long version, long items)
    implements java.io.Serializable {}
