package org.meridian.content.search.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meridian.content.search.SearchEngine;

/**
 * Makes the {@link SearchEngine} of the database Meridian runs on: PostgreSQL's text search on
 * PostgreSQL, the Java fallback on anything else (the embedded H2).
 */
@ApplicationScoped
public class SearchEngineProducer {

  private static final Logger LOG = Logger.getLogger(SearchEngineProducer.class.getName());

  @Resource(lookup = "java:app/jdbc/meridian")
  private DataSource dataSource;

  @PersistenceContext(unitName = "meridian")
  private EntityManager em;

  @Inject private Clock clock;

  @Produces
  @ApplicationScoped
  SearchEngine engine() {
    SearchEngine engine;
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      engine =
          product.startsWith("PostgreSQL")
              ? new PostgresSearchEngine(
                  NativeSql.of(em), new TextConfigs(configs(connection)), clock)
              : new EmbeddedSearchEngine(NativeSql.of(em), clock);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not tell which database search runs on", e);
    }
    LOG.info("Search: " + engine.describe());
    return engine;
  }

  private static Set<String> configs(Connection connection) throws SQLException {
    Set<String> names = new HashSet<>();
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("select cfgname from pg_ts_config")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }
}
