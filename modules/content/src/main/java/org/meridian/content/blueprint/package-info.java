/** The network's standard site structure, and the provisioning of a new office from it. */
package org.meridian.content.blueprint;
