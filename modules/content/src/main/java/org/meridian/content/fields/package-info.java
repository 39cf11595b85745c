/**
 * The fields that differ between content types: each {@link org.meridian.content.ContentType}
 * declares a list of {@link org.meridian.content.fields.FieldDefinition}s, and one revision keeps
 * its values as one validated JSON object ({@link org.meridian.content.fields.TypeFields}).
 */
package org.meridian.content.fields;
