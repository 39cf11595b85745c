/**
 * Arquillian's container for the in-container tests: the suite server of the pass, started with the
 * deployment Arquillian packs, so that in-container and HTTP tests share one boot.
 */
package org.meridian.it.suite;
