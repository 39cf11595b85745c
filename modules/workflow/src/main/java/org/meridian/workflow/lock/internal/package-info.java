/** What keeps edit locks tidy: they follow their item out. */
package org.meridian.workflow.lock.internal;
