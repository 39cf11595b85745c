/** The assembled application: configuration, security, migrations, demo data. No business logic. */
package org.meridian.app;
