package io.hindsight.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteDataSource;

/** Data folders made before Flyway, which counted their steps in PRAGMA user_version. */
class SchemaUpgradeTest {

  private static final int OLD = 7;

  @TempDir Path dir;

  @Test
  void aFolderAtStepNRunsOnlyTheStepsAfterN() throws SQLException {
    Path file = dir.resolve("hindsight.db");
    String url = "jdbc:sqlite:" + file;
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      // As the hand-rolled migration left it: steps 1..7 and their count.
      for (String step : Migrations.STEPS.subList(0, OLD)) {
        for (String sql : Dialect.SQLITE.statements(step)) {
          s.executeUpdate(sql);
        }
      }
      s.executeUpdate("PRAGMA user_version = " + OLD);
      s.executeUpdate("INSERT INTO pairs(id, created_at) VALUES ('p1', 'then')");
    }
    try (Database db = Database.open(file)) {
      assertEquals(List.of("p1"), db.query("SELECT id FROM pairs", rs -> rs.getString(1)));
      // Step 8 ran: its table is there.
      assertEquals(0, db.query("SELECT user_id FROM voice_prints", rs -> 1).size());
    }
    try (Database db = Database.open(file)) {
      List<String> history =
          db.query(
              "SELECT version, type FROM flyway_schema_history ORDER BY installed_rank",
              rs -> rs.getString(1) + " " + rs.getString(2));
      List<String> expected = new ArrayList<>(List.of(OLD + " BASELINE"));
      for (int v = OLD + 1; v <= Migrations.STEPS.size(); v++) {
        expected.add(v + " JDBC");
      }
      assertEquals(expected, history, "the second open ran nothing again");
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      assertTrue(rs.next());
      assertEquals(Migrations.STEPS.size(), rs.getInt(1), "an older Hindsight runs nothing again");
    }
  }

  @Test
  void aShippedStepThatWasEditedIsRefused() {
    SQLiteDataSource source = new SQLiteDataSource();
    source.setUrl("jdbc:sqlite:" + dir.resolve("edited.db"));
    Schema.migrate(source, Dialect.SQLITE, Migrations.STEPS);
    List<String> edited = new ArrayList<>(Migrations.STEPS);
    edited.set(0, edited.get(0) + "CREATE TABLE sneaked_in (id TEXT);\n");
    HindsightException e =
        assertThrows(
            HindsightException.class, () -> Schema.migrate(source, Dialect.SQLITE, edited));
    assertTrue(e.getMessage().contains("checksum mismatch"), e.getMessage());
  }

  @Test
  void postgresGetsItsOwnTypesForTheSameStep() {
    List<String> sql =
        Dialect.POSTGRES.statements(
            """
            CREATE TABLE t (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              name TEXT NOT NULL UNIQUE COLLATE NOCASE,
              seconds REAL,
              vector BLOB
            );
            -- sqlite
            CREATE INDEX only_here ON t(name);
            -- postgres
            CREATE INDEX only_there ON t(name);
            """);
    assertEquals(
        List.of(
            Dialect.NOCASE_COLLATION,
            """
            CREATE TABLE t (
              id BIGSERIAL PRIMARY KEY,
              name TEXT COLLATE nocase NOT NULL UNIQUE,
              seconds DOUBLE PRECISION,
              vector BYTEA
            )""",
            "-- postgres\nCREATE INDEX only_there ON t(name)"),
        sql);
  }
}
