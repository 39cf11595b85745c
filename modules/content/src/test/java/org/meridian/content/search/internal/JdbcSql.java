package org.meridian.content.search.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@link NativeSql} over one JDBC connection, for the engines' tests. */
final class JdbcSql implements NativeSql {

  private static final Pattern NUMBERED = Pattern.compile("\\?(\\d+)");

  private final Connection connection;

  JdbcSql(Connection connection) {
    this.connection = connection;
  }

  @Override
  public int update(String sql, List<?> parameters) {
    try (PreparedStatement statement = prepare(sql, parameters)) {
      return statement.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  @Override
  public List<Object[]> rows(String sql, List<?> parameters) {
    try (PreparedStatement statement = prepare(sql, parameters);
        ResultSet rows = statement.executeQuery()) {
      List<Object[]> out = new ArrayList<>();
      int columns = rows.getMetaData().getColumnCount();
      while (rows.next()) {
        Object[] row = new Object[columns];
        for (int i = 0; i < columns; i++) {
          row[i] = rows.getObject(i + 1);
        }
        out.add(row);
      }
      return out;
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  void execute(String sql) {
    try (var statement = connection.createStatement()) {
      statement.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql, e);
    }
  }

  /** Turns {@code ?n} into JDBC's {@code ?}, binding parameter n at each place it appears. */
  private PreparedStatement prepare(String sql, List<?> parameters) throws SQLException {
    Matcher m = NUMBERED.matcher(sql);
    List<Object> bound = new ArrayList<>();
    StringBuilder jdbc = new StringBuilder();
    while (m.find()) {
      bound.add(parameters.get(Integer.parseInt(m.group(1)) - 1));
      m.appendReplacement(jdbc, "?");
    }
    m.appendTail(jdbc);
    PreparedStatement statement = connection.prepareStatement(jdbc.toString());
    for (int i = 0; i < bound.size(); i++) {
      statement.setObject(i + 1, bound.get(i));
    }
    return statement;
  }
}
