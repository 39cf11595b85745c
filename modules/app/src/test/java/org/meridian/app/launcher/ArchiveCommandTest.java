package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line's {@code export} takes {@code --live-only} and {@code --people}, each at most
 * once, in any order: anything else is refused with the usage before a server is asked anything.
 */
class ArchiveCommandTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "export gambia",
        "export gambia g.zip --everyone",
        "export gambia g.zip --people --people",
        "export gambia g.zip --live-only --live-only --people",
        "export gambia g.zip people"
      })
  void exportRefusesWhatItDoesNotKnowWithItsUsage(String line) {
    ArchiveCommand command = new ArchiveCommand(name -> null);
    assertThatThrownBy(() -> command.run(List.of(line.split(" "))))
        .isInstanceOf(ArchiveCommand.Refused.class)
        .hasMessage(
            "usage: java -jar meridian.jar export <office> <file> [--live-only] [--people]");
  }
}
