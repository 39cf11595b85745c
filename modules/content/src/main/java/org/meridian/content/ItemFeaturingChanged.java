package org.meridian.content;

import org.meridian.tenancy.office.OfficeCode;

/**
 * A live item was featured on its office's home page, or stopped being featured: the home page
 * changes without a publish.
 */
public record ItemFeaturingChanged(OfficeCode office, long itemId, boolean featured)
    implements PublicPagesChanged {}
