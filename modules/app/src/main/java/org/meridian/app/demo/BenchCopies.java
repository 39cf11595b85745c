package org.meridian.app.demo;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.sql.DataSource;

/**
 * Benchmark only: copies the benchmark news items of one office (made through the services, with
 * their revisions and search documents) into another benchmark office with a few {@code insert …
 * select} statements, so that a network of 100,000 items loads in minutes instead of an hour. The
 * copies are the same rows with new ids (taken from {@code meridian_seq} in one block) and the
 * target office; every statement names both offices. Nothing else is copied: the audit trail of the
 * source's items stays the source's.
 */
@ApplicationScoped
public class BenchCopies {

  /** Which rows of the source office are copied: its benchmark stories. */
  private static final String STORIES =
      "select id from content_item where office_id = ? and content_type = 'NEWS'"
          + " and slug like 'story-%'";

  /** Columns re-pointed in the copies, by table: the rest is copied as it is. */
  private static final Map<String, Map<String, String>> MAPPED =
      Map.of(
          "content_item",
          Map.of(
              "id", "id + ?k",
              "office_id", "?to",
              "latest_revision_id", "null",
              "live_revision_id", "null",
              "parent_id", "null"),
          "revision",
          Map.of("id", "id + ?k", "office_id", "?to", "item_id", "item_id + ?k"),
          "search_document",
          Map.of("office_id", "?to", "item_id", "item_id + ?k"),
          "search_term",
          Map.of("office_id", "?to", "item_id", "item_id + ?k"));

  @Resource(lookup = "java:app/jdbc/meridian")
  private DataSource dataSource;

  /**
   * Copies the benchmark stories of office {@code from} into office {@code to}; returns how many.
   */
  public int copy(long from, long to) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        int copied = copy(c, from, to);
        c.commit();
        return copied;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not copy the benchmark items: " + e.getMessage(), e);
    }
  }

  private int copy(Connection c, long from, long to) throws SQLException {
    long[] range =
        longs(
            c,
            "select min(x), max(x), count(*) from (select id as x from content_item where id in ("
                + STORIES
                + ") union all select id from revision where item_id in ("
                + STORIES
                + ")) ids",
            from,
            from);
    if (range[2] == 0) {
      return 0;
    }
    long lo = range[0];
    long hi = range[1];
    long k = reserve(c, hi - lo + 1) - lo;
    copyRows(c, "content_item", "id in (" + STORIES + ")", from, to, k);
    copyRows(c, "revision", "item_id in (" + STORIES + ")", from, to, k);
    int items;
    try (PreparedStatement s =
        c.prepareStatement(
            "update content_item set"
                + " latest_revision_id = (select s.latest_revision_id + ? from content_item s"
                + " where s.id = content_item.id - ? and s.office_id = ?),"
                + " live_revision_id = (select s.live_revision_id + ? from content_item s"
                + " where s.id = content_item.id - ? and s.office_id = ?)"
                + " where office_id = ? and id between ? and ?")) {
      Object[] values = {k, k, from, k, k, from, to, lo + k, hi + k};
      for (int i = 0; i < values.length; i++) {
        s.setObject(i + 1, values[i]);
      }
      items = s.executeUpdate();
    }
    copyRows(c, "search_document", "item_id in (" + STORIES + ")", from, to, k);
    if (exists(c, "search_term")) {
      copyRows(c, "search_term", "item_id in (" + STORIES + ")", from, to, k);
    }
    return items;
  }

  /** {@code insert into table (…) select … from table where office_id = from and …}. */
  private static void copyRows(Connection c, String table, String where, long from, long to, long k)
      throws SQLException {
    Map<String, String> mapped = MAPPED.get(table);
    List<String> columns = columns(c, table);
    List<Object> values = new ArrayList<>();
    List<String> select = new ArrayList<>();
    for (String column : columns) {
      String expression = mapped.getOrDefault(column, column);
      if (expression.contains("?k")) {
        values.add(k);
      } else if (expression.equals("?to")) {
        values.add(to);
      }
      select.add(expression.replace("?k", "?").replace("?to", "?"));
    }
    values.add(from);
    values.add(from);
    String sql =
        "insert into "
            + table
            + " ("
            + String.join(", ", columns)
            + ") select "
            + String.join(", ", select)
            + " from "
            + table
            + " where office_id = ? and "
            + where;
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < values.size(); i++) {
        s.setObject(i + 1, values.get(i));
      }
      s.executeUpdate();
    }
  }

  private static List<String> columns(Connection c, String table) throws SQLException {
    List<String> columns = new ArrayList<>();
    DatabaseMetaData meta = c.getMetaData();
    try (ResultSet rs = meta.getColumns(null, null, table, null)) {
      while (rs.next()) {
        String schema = rs.getString("TABLE_SCHEM");
        if (schema == null || schema.equalsIgnoreCase("public")) {
          columns.add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
        }
      }
    }
    if (columns.isEmpty()) {
      throw new IllegalStateException("No columns found for " + table);
    }
    return columns;
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    try (ResultSet rs = c.getMetaData().getTables(null, null, table, null)) {
      return rs.next();
    }
  }

  /**
   * The first of {@code n} ids of {@code meridian_seq} that nothing else will be given: the
   * sequence is moved past them with a margin of one allocation block (50) on either side, as
   * EclipseLink takes ids in blocks of 50 from the value it reads.
   */
  private static long reserve(Connection c, long n) throws SQLException {
    boolean postgres = c.getMetaData().getDatabaseProductName().startsWith("PostgreSQL");
    long current =
        longs(
            c, postgres ? "select nextval('meridian_seq')" : "select next value for meridian_seq")[
            0];
    try (Statement s = c.createStatement()) {
      s.execute("alter sequence meridian_seq restart with " + (current + n + 200));
    }
    return current + 100;
  }

  private static long[] longs(Connection c, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        int n = rs.getMetaData().getColumnCount();
        long[] out = new long[n];
        for (int i = 0; i < n; i++) {
          out[i] = rs.getLong(i + 1);
        }
        return out;
      }
    }
  }
}
