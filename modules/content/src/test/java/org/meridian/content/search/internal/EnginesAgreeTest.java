package org.meridian.content.search.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.meridian.content.search.IndexedDocument;
import org.meridian.content.search.SearchEngine;
import org.meridian.content.search.SearchMatch;
import org.meridian.content.search.SearchQuery;
import org.meridian.content.search.Variant;
import org.meridian.tenancy.office.LanguageTag;

/**
 * The table of {@code agreement.txt} (accents, case, plurals, AND, OR, phrases, prefixes, minus, in
 * French, English and Arabic) on both engines side by side, each on the real migrations: every row
 * must find what it says on H2 and on PostgreSQL, and the two must find the same documents. The
 * PostgreSQL half needs the local server, as {@link PostgresSearchEngineTest} does (skipped without
 * one, failed under {@code CI=true}).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EnginesAgreeTest {

  static final String TABLE = "/org/meridian/content/search/agreement.txt";
  static final long OFFICE = 1;

  record Doc(String key, String language, String title, String body) {}

  record Row(int line, String language, String query, Set<String> expected) {
    @Override
    public String toString() {
      return "line " + line + ": [" + language + "] " + query + " → " + expected;
    }
  }

  private Connection h2;
  private Connection postgres;
  private String schema;
  private SearchEngine embedded;
  private SearchEngine postgresEngine;
  private final Map<Long, String> keys = new HashMap<>();

  static List<Doc> docs() throws IOException {
    return lines().stream()
        .filter(l -> l.get(0).equals("doc"))
        .map(l -> new Doc(l.get(1), l.get(2), l.get(3), l.get(4)))
        .toList();
  }

  static Stream<Row> rows() throws IOException {
    List<Row> rows = new ArrayList<>();
    for (List<String> l : lines()) {
      if (l.get(0).equals("find")) {
        Set<String> expected = new TreeSet<>(List.of(l.get(3).split(" +")));
        expected.remove("-");
        rows.add(new Row(Integer.parseInt(l.get(4)), l.get(1), l.get(2), expected));
      }
    }
    return rows.stream();
  }

  /** The table's lines cut at {@code |}, trimmed, with the line number appended. */
  private static List<List<String>> lines() throws IOException {
    List<List<String>> lines = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                EnginesAgreeTest.class.getResourceAsStream(TABLE), StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        List<String> cells = new ArrayList<>();
        for (String cell : line.split("\\|")) {
          cells.add(cell.strip());
        }
        cells.add(String.valueOf(number));
        lines.add(cells);
      }
    }
    return lines;
  }

  @BeforeAll
  void indexTheTable() throws Exception {
    h2 =
        DriverManager.getConnection(
            "jdbc:h2:mem:agree-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=0");
    JdbcSql h2Sql = new JdbcSql(h2);
    SearchEngineContract.prepare(h2Sql, false);
    embedded = new EmbeddedSearchEngine(h2Sql, Clock.systemUTC());
    String url =
        System.getProperty(
            "meridian.test.postgres.url", "jdbc:postgresql://127.0.0.1:5432/postgres");
    try {
      postgres =
          DriverManager.getConnection(
              url, System.getProperty("meridian.test.postgres.user", "postgres"), "");
    } catch (SQLException unavailable) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("No PostgreSQL at " + url, unavailable);
      }
    }
    JdbcSql pgSql = null;
    if (postgres != null) {
      pgSql = new JdbcSql(postgres);
      schema = "search_agree_" + System.nanoTime();
      pgSql.execute("create schema " + schema);
      pgSql.execute("set search_path to " + schema);
      SearchEngineContract.prepare(pgSql, true);
      Set<String> configs = new java.util.HashSet<>();
      for (Object[] row : pgSql.rows("select cfgname from pg_ts_config", List.of())) {
        configs.add(String.valueOf(row[0]));
      }
      postgresEngine = new PostgresSearchEngine(pgSql, new TextConfigs(configs), Clock.systemUTC());
    }
    long id = 100;
    for (Doc doc : docs()) {
      id++;
      keys.put(id, doc.key());
      for (JdbcSql sql : pgSql == null ? List.of(h2Sql) : List.of(h2Sql, pgSql)) {
        sql.update(
            "insert into content_item (id, office_id, live_revision_id) values (?1, ?2, ?3)",
            id,
            OFFICE,
            id * 10);
      }
      IndexedDocument indexed =
          new IndexedDocument(
              OFFICE,
              id,
              Variant.LIVE,
              new LanguageTag(doc.language()),
              1,
              doc.title(),
              "",
              doc.body());
      embedded.put(indexed);
      if (postgresEngine != null) {
        postgresEngine.put(indexed);
      }
    }
  }

  @AfterAll
  void close() throws Exception {
    h2.close();
    if (postgres != null) {
      new JdbcSql(postgres).execute("drop schema " + schema + " cascade");
      postgres.close();
    }
  }

  private Set<String> found(SearchEngine engine, Row row) {
    Set<String> found = new TreeSet<>();
    for (SearchMatch match :
        engine
            .search(
                OFFICE,
                Variant.LIVE,
                new LanguageTag(row.language()),
                SearchQuery.of(row.query()),
                0,
                50)
            .matches()) {
      found.add(keys.get(match.itemId()));
    }
    return found;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("rows")
  void bothEnginesFindWhatTheTableSays(Row row) {
    Set<String> onH2 = found(embedded, row);
    if (postgresEngine != null) {
      Set<String> onPostgres = found(postgresEngine, row);
      assertEquals(onPostgres, onH2, "H2 and PostgreSQL disagree on " + row);
      assertEquals(row.expected(), onPostgres, "PostgreSQL, " + row);
    }
    assertEquals(row.expected(), onH2, "H2, " + row);
    assumeTrue(postgresEngine != null, "No PostgreSQL: only H2 was checked");
  }
}
