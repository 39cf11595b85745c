/**
 * Translation sets: an item in one language and its translations into the office's other languages,
 * which become outdated when the source's text changes until someone confirms them.
 */
package org.meridian.content.translation;
