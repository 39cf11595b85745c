package org.meridian.content.fields;

import java.util.Optional;

/**
 * A check across several fields of one type (an event does not end before it starts), run once
 * every field on its own is valid.
 */
@FunctionalInterface
public interface FieldRule {

  Optional<FieldError> check(TypeFields fields);
}
