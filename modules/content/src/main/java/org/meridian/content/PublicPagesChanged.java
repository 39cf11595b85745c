package org.meridian.content;

import org.meridian.tenancy.office.OfficeCode;

/**
 * Something that public pages of an office show changed without a publish: an address, the links
 * between translations. Page caches drop the office's pages after the change commits.
 */
public interface PublicPagesChanged {

  OfficeCode office();
}
