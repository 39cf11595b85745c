package org.meridian.content.syndication;

/** Fired when a transaction left work for the fan-out; after its commit the fan-out starts. */
public record SyndicationWork(long syndicationId) {}
