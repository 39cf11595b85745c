package org.meridian.app.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DatabaseSettingsTest {

  private static DatabaseSettings at(String url) {
    return new DatabaseSettings(url, "", "");
  }

  @Test
  void recognisesPostgres() {
    DatabaseSettings settings = at("jdbc:postgresql://db:5432/meridian");

    assertThat(settings.isPostgres()).isTrue();
    assertThat(settings.isH2()).isFalse();
  }

  @Test
  void recognisesH2() {
    DatabaseSettings settings = at(DatabaseSettings.EMBEDDED_URL);

    assertThat(settings.isH2()).isTrue();
    assertThat(settings.isPostgres()).isFalse();
  }

  @Test
  void otherDatabasesAreNeither() {
    DatabaseSettings settings = at("jdbc:mysql://db/meridian");

    assertThat(settings.isH2()).isFalse();
    assertThat(settings.isPostgres()).isFalse();
  }

  @Test
  void describeMasksAPasswordInThePostgresUrl() {
    String description =
        at("jdbc:postgresql://db:5432/meridian?user=m&password=s3cret&sslmode=require").describe();

    assertThat(description)
        .isEqualTo(
            "database jdbc:postgresql://db:5432/meridian?user=m&password=***&sslmode=require")
        .doesNotContain("s3cret");
  }

  @Test
  void describeMasksAPasswordInAnyCase() {
    assertThat(at("jdbc:postgresql://db/meridian?PassWord=s3cret").describe())
        .doesNotContain("s3cret");
  }

  @Test
  void describeMasksAPasswordInTheH2Url() {
    String description = at("jdbc:h2:mem:test;PASSWORD=s3cret;MODE=PostgreSQL").describe();

    assertThat(description)
        .isEqualTo("embedded H2 database jdbc:h2:mem:test;password=***;MODE=PostgreSQL");
  }

  @Test
  void describeNeverShowsThePasswordSetting() {
    DatabaseSettings settings =
        new DatabaseSettings("jdbc:postgresql://db/meridian", "meridian", "s3cret");

    assertThat(settings.describe()).doesNotContain("s3cret");
  }

  @Test
  void userOrDefaultPrefersTheConfiguredUser() {
    assertThat(new DatabaseSettings("jdbc:h2:mem:x", "editor", "").userOrDefault())
        .isEqualTo("editor");
    assertThat(new DatabaseSettings("jdbc:postgresql://db/x", "editor", "").userOrDefault())
        .isEqualTo("editor");
  }

  @Test
  void embeddedH2DefaultsToTheMeridianUser() {
    assertThat(at("jdbc:h2:mem:x").userOrDefault()).isEqualTo("meridian");
  }
}
