/** The two search engines, and the words, stems and snippets they share. */
package org.meridian.content.search.internal;
