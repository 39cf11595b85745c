package org.meridian.content.search.internal;

import java.sql.Connection;
import java.sql.DriverManager;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.meridian.content.search.SearchEngine;

class EmbeddedSearchEngineTest extends SearchEngineContract {

  private Connection connection;
  private JdbcSql sql;
  private SearchEngine engine;

  @BeforeEach
  void open() throws Exception {
    connection =
        DriverManager.getConnection(
            "jdbc:h2:mem:search-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=0");
    sql = new JdbcSql(connection);
    prepare(sql, false);
    engine = new EmbeddedSearchEngine(sql, java.time.Clock.systemUTC());
  }

  @AfterEach
  void close() throws Exception {
    connection.close();
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
