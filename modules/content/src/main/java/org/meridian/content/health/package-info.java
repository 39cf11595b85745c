/**
 * What is wrong with an office's content, as the network health dashboard reports it: items past
 * their review-by date, outdated and missing translations, internal links that lead nowhere, and
 * images without a text alternative. Reads only the current office.
 */
package org.meridian.content.health;
