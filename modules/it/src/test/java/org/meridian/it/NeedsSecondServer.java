package org.meridian.it;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test class that uses the pass's one extra server ({@link MeridianServer#second()} or
 * {@link MeridianServer#restartSuite}): it runs after every other class of the pass ({@link
 * InContainerFirst}), so that what the extra server does (send the outbox, carry out schedules)
 * never surprises another class.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface NeedsSecondServer {}
