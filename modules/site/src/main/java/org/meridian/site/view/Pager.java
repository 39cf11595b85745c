package org.meridian.site.view;

/** Links to a list's previous and next pages ({@code null}: none) and where this one stands. */
public record Pager(String previous, String next, String position) {}
