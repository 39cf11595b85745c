package org.meridian.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RevisionTagsTest {

  @ParameterizedTest(name = "If-Match: {0} → {1}")
  @CsvSource(
      delimiter = '|',
      nullValues = "null",
      value = {
        "null        | null",
        "''          | null",
        "*           | 0",
        "\"r3\"      | 3",
        "\" r3\"     | -1",
        "W/\"r3\"    | -1",
        "r3          | -1",
        "\"r0\"      | -1",
        "\"r1\", \"r2\" | -1",
        "\"r99999999999\" | -1"
      })
  void ifMatchNamesARevision(String header, Integer revision) {
    assertThat(RevisionTags.ifMatch(header)).isEqualTo(Optional.ofNullable(revision));
  }

  @org.junit.jupiter.api.Test
  void theTagOfARevisionIsReadBack() {
    assertThat(RevisionTags.ifMatch("\"" + RevisionTags.value(7) + "\"")).contains(7);
  }
}
