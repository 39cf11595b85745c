/**
 * Decoding uploaded images safely: sizes read from the file's header before any pixel is decoded,
 * and one budget of pixels being decoded at once for the whole server ({@link DecodeBudget}).
 */
package org.meridian.tenancy.image;
