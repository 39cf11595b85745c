/** People, their accounts, and the roles they hold in offices; sign-in checks passwords here. */
package org.meridian.tenancy.people;
