package io.hindsight.db;

import com.zaxxer.hikari.HikariDataSource;
import io.hindsight.HindsightException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The metadata store: embedded SQLite in the data folder by default, or a PostgreSQL database that
 * several nodes share ({@link #open(String)}). The repositories' SQL is the same on both; {@link
 * Dialect} holds what differs. The schema is migrated by Flyway from {@link Migrations#STEPS}.
 *
 * <p>Connections stay open and are reused: opening one per transaction made every request open two
 * and close two, which is slow and ran into sqlite-jdbc's native open/close deadlock. SQLite takes
 * one writer at a time, so writes share a single connection and wait for it in Java, in order,
 * rather than polling SQLite's lock; reads use a few connections of their own and, in WAL mode,
 * never wait for the writer. PostgreSQL write transactions queue on one advisory lock instead
 * ({@link Dialect#WRITE_LOCK}), across every process, and reads run on a repeatable-read snapshot.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(Database.class);
  private static final int READERS = 4;
  private static final int POSTGRES_WRITERS = 4;
  private static final int POSTGRES_READERS = 8;

  private final Dialect dialect;
  private final HikariDataSource writer;
  private final HikariDataSource readers;
  // A write started while this thread already holds the writer (SQLite's one connection, or
  // PostgreSQL's write lock from another connection) would wait for itself.
  private final ThreadLocal<Boolean> writing = ThreadLocal.withInitial(() -> false);

  private Database(Dialect dialect, HikariDataSource writer, HikariDataSource readers) {
    this.dialect = dialect;
    this.writer = writer;
    this.readers = readers;
  }

  /** The embedded SQLite database in {@code file}, created and migrated as needed. */
  public static Database open(Path file) {
    String url = "jdbc:sqlite:" + file.toAbsolutePath();
    HikariDataSource writer = Pools.sqlite("hindsight-writer", url, 1);
    return migrated(Dialect.SQLITE, writer, () -> Pools.sqlite("hindsight-readers", url, READERS));
  }

  /**
   * The PostgreSQL database at {@code jdbcUrl} ({@code jdbc:postgresql://host/db?user=...}),
   * migrated as needed; several processes may share it.
   */
  public static Database open(String jdbcUrl) {
    if (!jdbcUrl.startsWith("jdbc:postgresql:")) {
      throw HindsightException.badInput(
          "the database URL must start with jdbc:postgresql:// (SQLite needs no URL: it lives in"
              + " the data folder)");
    }
    HikariDataSource writer = Pools.postgres("hindsight-writer", jdbcUrl, POSTGRES_WRITERS);
    return migrated(
        Dialect.POSTGRES,
        writer,
        () -> Pools.postgres("hindsight-readers", jdbcUrl, POSTGRES_READERS));
  }

  private static Database migrated(
      Dialect dialect, HikariDataSource writer, Supplier<HikariDataSource> readers) {
    HikariDataSource reading = null;
    try {
      reading = readers.get();
      // Flyway borrows its own connections (on PostgreSQL, two): the readers have enough.
      Schema.migrate(reading, dialect, Migrations.STEPS);
      return new Database(dialect, writer, reading);
    } catch (RuntimeException e) {
      writer.close();
      if (reading != null) {
        reading.close();
      }
      throw e;
    }
  }

  /** Which database this is, for the few things that differ (backups, maintenance). */
  public Dialect dialect() {
    return dialect;
  }

  /**
   * Auto-commit connections for a library that runs its own statements and transactions (such as a
   * job scheduler), outside {@link #inTransaction}: on PostgreSQL they do not take the write lock,
   * so they must touch only that library's own tables.
   */
  public DataSource dataSource() {
    return readers;
  }

  /**
   * Borrows an open connection in auto-commit mode (for work such as SQLite's online backup);
   * closing it gives it back. Leave no transaction open on it.
   */
  public Connection connect() throws SQLException {
    return readers.getConnection();
  }

  /**
   * Runs {@code work} in one write transaction: all of it is stored, or none. It takes the write
   * lock up front (SQLite's BEGIN IMMEDIATE, PostgreSQL's {@link Dialect#WRITE_LOCK}), so a
   * transaction that reads and then writes (sign an agreement, add a user) cannot fail half way
   * because another process wrote in between.
   */
  public <T> T inTransaction(SqlWork<T> work) {
    if (writing.get()) {
      throw new IllegalStateException("a write transaction is already open on this thread");
    }
    writing.set(true);
    try (Connection c = writer.getConnection()) {
      return transaction(c, beginWrite(), work);
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
      return transaction(c, beginRead(), work);
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
    if (dialect == Dialect.POSTGRES) {
      return; // PostgreSQL's own checkpoints and autovacuum take care of its log and pages.
    }
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

  private List<String> beginWrite() {
    return dialect == Dialect.SQLITE
        ? List.of("BEGIN IMMEDIATE")
        : List.of("BEGIN", "SELECT pg_advisory_xact_lock(" + Dialect.WRITE_LOCK + ")");
  }

  private List<String> beginRead() {
    return List.of(dialect == Dialect.SQLITE ? "BEGIN" : "BEGIN ISOLATION LEVEL REPEATABLE READ");
  }

  private static <T> T transaction(Connection c, List<String> begin, SqlWork<T> work)
      throws SQLException {
    T result;
    try (Statement s = c.createStatement()) {
      for (String sql : begin) {
        s.execute(sql);
      }
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
}
