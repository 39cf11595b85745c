/**
 * Page objects for the browser tests: one class per console or public screen, each offering what a
 * person does there (sign in, write an item, approve it) and what they see, so that tests read as
 * journeys and a changed screen is fixed in one place.
 */
package org.meridian.it.pages;
