package org.meridian.content.archive;

/** Where an import is: its phase ({@code media}, {@code items}, …) and how far through it. */
@FunctionalInterface
public interface ImportProgress {

  ImportProgress NONE = (phase, done, total) -> {};

  void at(String phase, long done, long total);
}
