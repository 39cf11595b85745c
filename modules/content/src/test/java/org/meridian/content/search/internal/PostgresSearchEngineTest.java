package org.meridian.content.search.internal;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.meridian.content.search.SearchEngine;

/**
 * The contract on a PostgreSQL server ({@code meridian.test.postgres.url}, by default the local one
 * CI runs, user postgres), in a schema of its own that is dropped afterwards. Skipped when no
 * server answers.
 */
class PostgresSearchEngineTest extends SearchEngineContract {

  private Connection connection;
  private JdbcSql sql;
  private SearchEngine engine;
  private String schema;

  @BeforeEach
  void open() throws Exception {
    String url =
        System.getProperty(
            "meridian.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    try {
      connection =
          DriverManager.getConnection(
              url, System.getProperty("meridian.test.postgres.user", "postgres"), "");
    } catch (SQLException unavailable) {
      String why = "No PostgreSQL at " + url + ": " + unavailable.getMessage();
      // CI must never pass without the PostgreSQL half: it fails there instead of skipping.
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(why, unavailable);
      }
      assumeTrue(false, why);
    }
    sql = new JdbcSql(connection);
    schema = "search_test_" + System.nanoTime();
    sql.execute("create schema " + schema);
    sql.execute("set search_path to " + schema);
    prepare(sql, true);
    engine =
        new PostgresSearchEngine(
            sql,
            new TextConfigs(Set.of("simple", "english", "french", "spanish", "arabic")),
            java.time.Clock.systemUTC());
  }

  @AfterEach
  void close() throws Exception {
    if (connection != null) {
      sql.execute("drop schema " + schema + " cascade");
      connection.close();
    }
  }

  @Override
  SearchEngine engine() {
    return engine;
  }

  @Override
  JdbcSql sql() {
    return sql;
  }
}
