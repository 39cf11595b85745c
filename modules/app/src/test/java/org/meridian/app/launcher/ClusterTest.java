package org.meridian.app.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClusterTest {

  private static final String POSTGRES = "jdbc:postgresql://db.internal:5432/meridian?ssl=true";
  private static final String H2 = "jdbc:h2:file:./data/meridian";

  @ParameterizedTest(name = "{0} on {1} → {2}")
  @CsvSource({
    "auto, postgresql, true",
    "auto, h2, false",
    "AUTO, postgresql, true",
    "on, h2, true",
    "off, postgresql, false"
  })
  void clusteredWhenAskedOrWhenTheDatabaseIsShared(String mode, String database, boolean on) {
    assertThat(Cluster.isOn(mode, database.equals("h2") ? H2 : POSTGRES)).isEqualTo(on);
  }

  @Test
  void alonePayaraIsToldNotToCluster() {
    assertThat(Cluster.arguments("auto", H2, "", "127.0.0.1", 6900, List.of()))
        .containsExactly("--nocluster");
    assertThat(Cluster.arguments("off", POSTGRES, "", "127.0.0.1", 6900, List.of("--nocluster")))
        .isEmpty();
  }

  @Test
  void aClusteredNodeFindsItsMembersOverTcpOnItsOwnAddressesInItsDatabasesGroup() {
    assertThat(
            Cluster.arguments(
                "auto", POSTGRES, "10.0.1.11:6900, 10.0.1.12:6900", "10.0.1.11", 6900, List.of()))
        .containsExactly(
            "--clustermode",
            "tcpip:10.0.1.11:6900,10.0.1.12:6900",
            "--interfaces",
            "10.0.1.11",
            "--clustername",
            Cluster.groupName(POSTGRES),
            "--startport",
            "6900");
    assertThat(Cluster.arguments("on", POSTGRES, "", "127.0.0.1", 7000, List.of()))
        .as("no members named: this machine's own port")
        .containsSequence("--clustermode", "tcpip:127.0.0.1:7000");
  }

  @Test
  void optionsGivenAfterTheJarWin() {
    assertThat(
            Cluster.arguments(
                "on",
                POSTGRES,
                "",
                "127.0.0.1",
                6900,
                List.of("--clustermode", "dns:meridian.internal:6900", "--interfaces", "10.*.*.*")))
        .doesNotContain("--clustermode", "--interfaces")
        .contains("--clustername");
  }

  @Test
  void theGroupIsTheDatabasesWhateverItsParameters() {
    assertThat(Cluster.groupName("jdbc:postgresql://db.internal:5432/meridian?ssl=true"))
        .isEqualTo(Cluster.groupName("jdbc:postgresql://db.internal:5432/meridian"))
        .isNotEqualTo(Cluster.groupName("jdbc:postgresql://db.internal:5432/other"))
        .startsWith("meridian-");
  }
}
