/** An office site's menus, per language: nested entries that point at items or addresses. */
package org.meridian.content.menu;
