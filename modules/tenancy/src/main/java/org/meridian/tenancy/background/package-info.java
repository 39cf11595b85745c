/** Work a server does in the background, apart from requests: how it is run again and again. */
package org.meridian.tenancy.background;
