package org.meridian.content.media.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.meridian.content.media.MediaStore;

/** The database store against H2 in PostgreSQL mode, with the table of the V8 migration. */
class DatabaseMediaStoreTest extends MediaStoreContract {

  private MediaStore store;

  @BeforeEach
  void database() throws SQLException {
    JdbcDataSource dataSource = new JdbcDataSource();
    dataSource.setURL(
        "jdbc:h2:mem:media-" + System.nanoTime() + ";MODE=PostgreSQL;DB_CLOSE_DELAY=-1");
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "create table media_blob (store_key varchar(200) primary key, bytes bytea not null,"
              + " created_at timestamp with time zone not null)");
    }
    store = new DatabaseMediaStore(dataSource, java.time.Clock.systemUTC());
  }

  @Override
  MediaStore store() {
    return store;
  }
}
