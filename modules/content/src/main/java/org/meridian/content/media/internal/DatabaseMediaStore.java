package org.meridian.content.media.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import javax.sql.DataSource;
import org.meridian.content.media.MediaStore;

/**
 * Keeps files in the {@code media_blob} table. The data source is the application's JTA one, so a
 * write belongs to the caller's transaction like any other row, and every server sees the same
 * files.
 */
public class DatabaseMediaStore implements MediaStore {

  private final DataSource dataSource;
  private final Clock clock;

  public DatabaseMediaStore(DataSource dataSource, Clock clock) {
    this.dataSource = java.util.Objects.requireNonNull(dataSource, "dataSource");
    this.clock = java.util.Objects.requireNonNull(clock, "clock");
  }

  @Override
  public void put(String key, byte[] bytes) {
    MediaStore.requireValidKey(key);
    try (Connection connection = dataSource.getConnection()) {
      try (PreparedStatement delete =
          connection.prepareStatement("delete from media_blob where store_key = ?")) {
        delete.setString(1, key);
        delete.executeUpdate();
      }
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into media_blob (store_key, bytes, created_at) values (?, ?, ?)")) {
        insert.setString(1, key);
        insert.setBytes(2, bytes);
        insert.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
        insert.executeUpdate();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not store the file " + key, e);
    }
  }

  @Override
  public Optional<byte[]> get(String key) {
    MediaStore.requireValidKey(key);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement select =
            connection.prepareStatement("select bytes from media_blob where store_key = ?")) {
      select.setString(1, key);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? Optional.of(row.getBytes(1)) : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the file " + key, e);
    }
  }

  @Override
  public void delete(String key) {
    MediaStore.requireValidKey(key);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("delete from media_blob where store_key = ?")) {
      delete.setString(1, key);
      delete.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not delete the file " + key, e);
    }
  }
}
