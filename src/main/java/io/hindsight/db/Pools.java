package io.hindsight.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hindsight.HindsightException;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/** The connection pools of {@link Database}, set up for each database. */
final class Pools {

  private Pools() {}

  static HikariDataSource sqlite(String name, String url, int size) {
    SQLiteConfig config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    // WAL lets the web server read while a CLI command writes; busy_timeout waits out the other
    // process's short locks instead of failing.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(10_000);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    // Deleting overwrites the deleted content with zeros, so a deleted note or title cannot be
    // read back from the file: "deleting really deletes".
    config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
    SQLiteDataSource source = new SQLiteDataSource(config);
    source.setUrl(url);
    HikariConfig hikari = hikari(name, size);
    hikari.setDataSource(source);
    return new HikariDataSource(hikari);
  }

  static HikariDataSource postgres(String name, String url, int size) {
    HikariConfig hikari = hikari(name, size);
    hikari.setJdbcUrl(url);
    try {
      return new HikariDataSource(hikari);
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() != null ? e.getCause() : e;
      throw HindsightException.badInput(
          "cannot connect to the database "
              + Dialect.withoutPassword(url)
              + ": "
              + cause.getMessage());
    }
  }

  private static HikariConfig hikari(String name, int size) {
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName(name);
    hikari.setMaximumPoolSize(size);
    hikari.setMinimumIdle(1);
    hikari.setAutoCommit(true);
    // How long a request waits for a connection before it fails (a 500), instead of hanging.
    hikari.setConnectionTimeout(30_000);
    return hikari;
  }
}
