/** The static mirror of an office's site, as the console and the command line ask for it. */
package org.meridian.content.mirror;
