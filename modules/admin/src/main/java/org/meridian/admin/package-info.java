/**
 * The admin console: one small backing bean per view, named for its use case; beans call services
 * and never touch the entity manager.
 */
package org.meridian.admin;
