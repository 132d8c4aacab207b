package io.hindsight.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import io.hindsight.testing.TestDatabase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The guarantees the repositories rely on, on SQLite and on PostgreSQL alike. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class DatabaseTest {

  @Parameter TestDatabase kind;
  @TempDir Path dir;
  Database db;

  @BeforeEach
  void open() {
    db = kind.open(dir);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void everyStepRunsOnceInFlywaysHistory() {
    assertEquals(kind.name(), db.dialect().name());
    List<String> versions =
        db.query(
            "SELECT version FROM flyway_schema_history WHERE success = "
                + (kind == TestDatabase.POSTGRES ? "TRUE" : "1")
                + " ORDER BY installed_rank",
            rs -> rs.getString(1));
    assertEquals(Migrations.STEPS.size(), versions.size());
    assertEquals("1", versions.get(0));
    assertEquals(String.valueOf(Migrations.STEPS.size()), versions.get(versions.size() - 1));
    assertEquals(0, db.query("SELECT id FROM pairs", rs -> rs.getString(1)).size());
  }

  @Test
  void aWriteThatFailsHalfWayStoresNothing() {
    assertThrows(
        HindsightException.class,
        () ->
            db.execute(
                c -> {
                  Sql.update(c, "INSERT INTO pairs(id, created_at) VALUES ('p1', 'now')");
                  // No such pair: the foreign key fails, and the pair above goes with it.
                  Sql.update(
                      c,
                      "INSERT INTO users(id, username, name, pair_id, role, password_hash,"
                          + " created_at) VALUES ('u1', 'ann', 'Ann', 'nope', 'mentor', 'x', 'now')");
                }));
    assertEquals(0, db.query("SELECT id FROM pairs", rs -> rs.getString(1)).size());
    // The connection is clean again: the next write goes through.
    db.update("INSERT INTO pairs(id, created_at) VALUES ('p1', 'now')");
    assertEquals(List.of("p1"), db.query("SELECT id FROM pairs", rs -> rs.getString(1)));
  }

  @Test
  void userNamesAreOneNameWhateverTheCase() {
    db.update("INSERT INTO pairs(id, created_at) VALUES ('p1', 'now')");
    addUser("u1", "Ann");
    assertThrows(HindsightException.class, () -> addUser("u2", "aNN"));
    assertEquals(
        List.of("u1"),
        db.query("SELECT id FROM users WHERE username = ?", rs -> rs.getString(1), "ANN"));
  }

  @Test
  void onConflictDoNothingKeepsTheFirstRow() {
    db.update("INSERT INTO pairs(id, created_at) VALUES (?, ?)", "p1", "first");
    assertEquals(
        0,
        db.update(
            "INSERT INTO pairs(id, created_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
            "p1",
            "second"));
    assertEquals(List.of("first"), db.query("SELECT created_at FROM pairs", rs -> rs.getString(1)));
  }

  @Test
  void secondsKeepTheirDoublePrecisionAndBytesTheirBytes() {
    db.update("INSERT INTO pairs(id, created_at) VALUES ('p1', 'now')");
    addUser("u1", "ann");
    byte[] vector = {1, -2, 3, 127, -128, 0};
    db.update(
        "INSERT INTO voice_prints(user_id, pair_id, vector, seconds, updated_at)"
            + " VALUES (?,?,?,?,?)",
        "u1",
        "p1",
        vector,
        1234.567890123,
        "now");
    assertEquals(
        1234.567890123,
        db.queryOne("SELECT seconds FROM voice_prints", rs -> rs.getDouble(1)).orElseThrow());
    assertTrue(
        java.util.Arrays.equals(
            vector,
            db.queryOne("SELECT vector FROM voice_prints", rs -> rs.getBytes(1)).orElseThrow()));
  }

  @Test
  void textSortsByteByByteAsInSqlite() {
    for (String id : List.of("b", "B", "a-c", "ab", "_z")) {
      db.update("INSERT INTO pairs(id, created_at) VALUES (?, 'now')", id);
    }
    assertEquals(
        List.of("B", "_z", "a-c", "ab", "b"),
        db.query("SELECT id FROM pairs ORDER BY id", rs -> rs.getString(1)));
  }

  /** Two nodes read and then write the same row; neither write is lost. */
  @Test
  void readThenWriteTransactionsOfTwoNodesDoNotInterleave() throws Exception {
    db.update("INSERT INTO pairs(id, created_at) VALUES ('p1', 'now')");
    db.update("INSERT INTO excerpt_settings(pair_id, max_seconds) VALUES ('p1', 0)");
    try (Database other = reopen()) {
      ExecutorService pool = Executors.newFixedThreadPool(4);
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        Database node = t % 2 == 0 ? db : other;
        done.add(pool.submit(() -> increment(node, 25)));
      }
      for (Future<?> f : done) {
        f.get();
      }
      pool.shutdown();
    }
    assertEquals(
        100,
        db.queryOne("SELECT max_seconds FROM excerpt_settings", rs -> rs.getInt(1)).orElseThrow());
  }

  private Database reopen() {
    return kind == TestDatabase.SQLITE
        ? Database.open(dir.resolve("test.db"))
        : Database.open(url());
  }

  private String url() {
    return db.dataSource() instanceof com.zaxxer.hikari.HikariDataSource h ? h.getJdbcUrl() : null;
  }

  private static void increment(Database node, int times) {
    for (int i = 0; i < times; i++) {
      node.execute(
          c -> {
            int seen =
                Sql.queryOne(c, "SELECT max_seconds FROM excerpt_settings", rs -> rs.getInt(1))
                    .orElseThrow();
            Thread.onSpinWait();
            Sql.update(c, "UPDATE excerpt_settings SET max_seconds = ?", seen + 1);
          });
    }
  }

  private void addUser(String id, String username) {
    db.update(
        "INSERT INTO users(id, username, name, pair_id, role, password_hash, created_at)"
            + " VALUES (?, ?, 'Ann', 'p1', 'mentor', 'x', 'now')",
        id,
        username);
  }
}
