package io.hindsight.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.hindsight.HindsightException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * The embedded SQLite metadata store. Plain SQL only, so PostgreSQL can take its place. The schema
 * is versioned with {@code PRAGMA user_version}: each entry of {@link Migrations#STEPS} runs once.
 *
 * <p>Connections stay open and are reused: opening one per transaction made every request open two
 * and close two, which is slow and ran into sqlite-jdbc's native open/close deadlock. SQLite takes
 * one writer at a time, so writes share a single connection and wait for it in Java, in order,
 * rather than polling SQLite's lock; reads use a few connections of their own and, in WAL mode,
 * never wait for the writer.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private static final int READERS = 4;

  private final HikariDataSource writer;
  private final HikariDataSource readers;
  // The writer is one connection: a write started while this thread already holds it would wait
  // for itself.
  private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);

  private Database(Path file) {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    this.writer = pool("hindsight-writer", url, 1);
    this.readers = pool("hindsight-readers", url, READERS);
  }

  private static HikariDataSource pool(String name, String url, int size) {
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
    HikariConfig hikari = new HikariConfig();
    hikari.setPoolName(name);
    hikari.setDataSource(source);
    hikari.setMaximumPoolSize(size);
    hikari.setMinimumIdle(1);
    hikari.setAutoCommit(true);
    // How long a request waits for a connection before it fails (a 500), instead of hanging.
    hikari.setConnectionTimeout(30_000);
    return new HikariDataSource(hikari);
  }

  public static Database open(Path file) {
    Database db = new Database(file);
    try {
      db.migrate(Migrations.STEPS);
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return db;
  }

  /**
   * Borrows an open connection in auto-commit mode (for work such as SQLite's online backup);
   * closing it gives it back. Leave no transaction open on it.
   */
  public Connection connect() throws SQLException {
    return readers.getConnection();
  }

  /**
   * Runs {@code work} in one write transaction: all of it is stored, or none. BEGIN IMMEDIATE takes
   * the write lock up front, so a transaction that reads and then writes (sign an agreement, add a
   * user) cannot fail half way because another process wrote in between.
   */
  public <T> T inTransaction(SqlWork<T> work) {
    if (writing.get()) {
      throw new IllegalStateException("a write transaction is already open on this thread");
    }
    writing.set(true);
    try (Connection c = writer.getConnection()) {
      return transaction(c, "BEGIN IMMEDIATE", work);
    } catch (SQLException e) {
      throw failed(e);
    } finally {
      writing.set(false);
    }
  }

  /** {@link #inTransaction(SqlWork)} for work that returns nothing. */
  public void execute(SqlAction action) {
    inTransaction(
        c -> {
          action.run(c);
          return null;
        });
  }

  /** Runs {@code work} on one consistent snapshot, without waiting for writers. */
  public <T> T read(SqlWork<T> work) {
    try (Connection c = readers.getConnection()) {
      return transaction(c, "BEGIN", work);
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  /** The rows one query returns, each made by {@code mapper}. */
  public <T> List<T> query(String sql, RowMapper<T> mapper, Object... args) {
    return read(c -> Sql.query(c, sql, mapper, args));
  }

  /** The first row the query returns, if any. */
  public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... args) {
    return read(c -> Sql.queryOne(c, sql, mapper, args));
  }

  /** Runs one statement in its own write transaction; returns the rows it changed. */
  public int update(String sql, Object... args) {
    return inTransaction(c -> Sql.update(c, sql, args));
  }

  /**
   * Moves everything in the write-ahead log into the database file and empties the log, so pages
   * that held deleted rows are not left behind in it. Run after a purge.
   */
  public void checkpoint() {
    try (Connection c = writer.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA wal_checkpoint(TRUNCATE)")) {
      if (rs.next() && rs.getInt(1) != 0) {
        LOG.warn("The database log could not be emptied yet: a reader was still busy");
      }
    } catch (SQLException e) {
      throw failed(e);
    }
  }

  private static <T> T transaction(Connection c, String begin, SqlWork<T> work)
      throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute(begin);
    }
    T result;
    try {
      result = work.apply(c);
    } catch (SQLException | RuntimeException | Error e) {
      try (Statement s = c.createStatement()) {
        s.execute("ROLLBACK");
      } catch (SQLException rollback) {
        e.addSuppressed(rollback);
      }
      throw e;
    }
    try (Statement s = c.createStatement()) {
      s.execute("COMMIT");
    }
    return result;
  }

  private static HindsightException failed(SQLException e) {
    return new HindsightException(
        HindsightException.Kind.INTERNAL, "the metadata database failed: " + e.getMessage(), e);
  }

  @Override
  public void close() {
    writer.close();
    readers.close();
  }

  /** A unit of database work. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T apply(Connection connection) throws SQLException;
  }

  /** A unit of database work that returns nothing. */
  @FunctionalInterface
  public interface SqlAction {
    void run(Connection connection) throws SQLException;
  }

  /** Makes one value from the current row. */
  @FunctionalInterface
  public interface RowMapper<T> {
    T map(ResultSet row) throws SQLException;
  }

  private void migrate(List<String> steps) {
    execute(
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
        });
  }
}
