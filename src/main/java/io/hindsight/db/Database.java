package io.hindsight.db;

import io.hindsight.HindsightException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.sqlite.SQLiteConfig;

/**
 * The embedded SQLite metadata store. Plain SQL only, so PostgreSQL can take its place. The schema
 * is versioned with {@code PRAGMA user_version}: each entry of {@link Migrations#STEPS} runs once.
 */
public final class Database {

  private final String url;
  private final SQLiteConfig config;

  private Database(Path file) {
    this.url = "jdbc:sqlite:" + file.toAbsolutePath();
    this.config = new SQLiteConfig();
    config.enforceForeignKeys(true);
    // WAL lets the web server read while a CLI command writes; busy_timeout waits out short locks
    // instead of failing.
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    config.setBusyTimeout(10_000);
    config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
    // BEGIN IMMEDIATE: a transaction that reads and then writes (sign an agreement, add a user)
    // would otherwise fail at once with SQLITE_BUSY when another connection wrote in between,
    // since waiting cannot help a deferred one; taking the write lock up front lets
    // busy_timeout queue them instead.
    config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
  }

  public static Database open(Path file) {
    Database db = new Database(file);
    db.migrate(Migrations.STEPS);
    return db;
  }

  public Connection connect() throws SQLException {
    return DriverManager.getConnection(url, config.toProperties());
  }

  /** Runs {@code work} in one transaction: all of it is stored, or none. */
  public <T> T inTransaction(SqlWork<T> work) {
    try (Connection c = connect()) {
      c.setAutoCommit(false);
      try {
        T result = work.apply(c);
        c.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "the metadata database failed: " + e.getMessage(), e);
    }
  }

  /** A unit of database work. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  private void migrate(List<String> steps) {
    inTransaction(
        c -> {
          int version;
          try (Statement s = c.createStatement();
              var rs = s.executeQuery("PRAGMA user_version")) {
            version = rs.next() ? rs.getInt(1) : 0;
          }
          for (int i = version; i < steps.size(); i++) {
            try (Statement s = c.createStatement()) {
              for (String sql : steps.get(i).split(";\\s*\\n")) {
                if (!sql.isBlank()) {
                  s.executeUpdate(sql);
                }
              }
              s.executeUpdate("PRAGMA user_version = " + (i + 1));
            }
          }
          return null;
        });
  }
}
