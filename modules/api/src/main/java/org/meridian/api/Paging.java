package org.meridian.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * One page of a list: {@code page} (from 1) of {@code size} items among {@code total}. Every item
 * is reached by following {@code next}; the links are the request's own address with only {@code
 * page} changed, so filters and sort carry over. They are given in the body and as an RFC 8288
 * {@code Link} header ({@code first}, {@code prev}, {@code next}, {@code last}).
 */
record Paging(int page, int size, long total) {

  /** The highest page asked for: beyond, a client is walking a list it should filter. */
  static final int MAX_PAGE = 1_000_000;

  Paging {
    if (page < 1 || size < 1) {
      throw new IllegalArgumentException("Pages and sizes start at 1");
    }
  }

  /**
   * Reads {@code page} (default 1) and {@code size} (default {@code byDefault}, at most {@code
   * max}).
   */
  static Paging of(String page, String size, int byDefault, int max) {
    int number = number(page, 1, MAX_PAGE, "'page' must be a number from 1 to " + MAX_PAGE);
    int count = number(size, byDefault, max, "'size' must be between 1 and " + max);
    return new Paging(number, count, 0);
  }

  private static int number(String text, int byDefault, int max, String message) {
    if (text == null || text.isBlank()) {
      return byDefault;
    }
    try {
      int value = Integer.parseInt(text.strip());
      if (value >= 1 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new IllegalArgumentException(message);
  }

  Paging withTotal(long total) {
    return new Paging(page, size, total);
  }

  /** The index of the page's first item. */
  int first() {
    return (int) Math.min(Integer.MAX_VALUE, (long) (page - 1) * size);
  }

  /** How many pages the list has; 1 for an empty list. */
  long pages() {
    return Math.max(1, (total + size - 1) / size);
  }

  boolean hasNext() {
    return page < pages();
  }

  boolean hasPrev() {
    return page > 1;
  }

  /** The address of page {@code number}: the request's own with only {@code page} changed. */
  interface Pages {
    URI at(long number);
  }

  URI next(Pages pages) {
    return hasNext() ? pages.at(page + 1L) : null;
  }

  URI prev(Pages pages) {
    return hasPrev() ? pages.at(Math.min(page - 1L, pages())) : null;
  }

  /** The RFC 8288 {@code Link} header: {@code first}, {@code prev}, {@code next}, {@code last}. */
  String linkHeader(Pages pages) {
    List<String> links = new ArrayList<>();
    links.add(link(pages.at(1), "first"));
    if (hasPrev()) {
      links.add(link(prev(pages), "prev"));
    }
    if (hasNext()) {
      links.add(link(next(pages), "next"));
    }
    links.add(link(pages.at(pages()), "last"));
    return String.join(", ", links);
  }

  private static String link(URI uri, String rel) {
    return "<" + uri.toASCIIString() + ">; rel=\"" + rel + "\"";
  }

  /**
   * Adds {@code page}, {@code size}, {@code total}, {@code pages} and, where there are, {@code
   * next} and {@code prev} to a JSON body: the members every paged answer has.
   */
  jakarta.json.JsonObjectBuilder addTo(jakarta.json.JsonObjectBuilder body, Pages pages) {
    body.add("page", page).add("size", size).add("total", total).add("pages", pages());
    if (hasNext()) {
      body.add("next", next(pages).toString());
    }
    if (hasPrev()) {
      body.add("prev", prev(pages).toString());
    }
    return body;
  }

  Response.ResponseBuilder linked(Response.ResponseBuilder response, Pages pages) {
    return response.header("Link", linkHeader(pages));
  }

  /** The pages of the request {@code here}. */
  static Pages of(UriBuilder here) {
    return number -> here.clone().replaceQueryParam("page", number).build();
  }
}
