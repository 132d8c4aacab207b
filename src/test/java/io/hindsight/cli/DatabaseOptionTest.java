package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.Postgres;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --database URL}: the metadata in PostgreSQL, the files still in the data folder. */
class DatabaseOptionTest {

  @TempDir Path dir;

  private String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    List<String> all = new ArrayList<>(List.of("--data", dir.toString()));
    all.addAll(List.of(args));
    int exit =
        Main.run(
            all.toArray(String[]::new), new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(expectedExit, exit, out + " " + err);
    return out + err.toString();
  }

  @Test
  void usersAddedThroughOneUrlAreListedThroughIt() {
    String url = Postgres.newDatabase();
    run(
        0,
        "--database",
        url,
        "user",
        "add",
        "--username",
        "ann",
        "--name",
        "Ann Lee",
        "--pair",
        "p1",
        "--role",
        "mentor");
    String listed = run(0, "--database", url, "user", "list");
    assertTrue(listed.contains("ann"), listed);
    assertFalse(Files.exists(dir.resolve("hindsight.db")), "no SQLite file next to PostgreSQL");
    // Without the option, the data folder's own SQLite database knows no one.
    assertFalse(run(0, "user", "list").contains("ann"));
  }

  @Test
  void onlyPostgresUrlsAreTaken() {
    String said = run(2, "--database", "jdbc:mysql://localhost/hindsight", "user", "list");
    assertTrue(said.contains("--database takes a PostgreSQL URL"), said);
  }

  @Test
  void anUnreachableServerIsSaidWithoutItsPassword() {
    String said =
        run(
            2,
            "--database",
            "jdbc:postgresql://127.0.0.1:1/h?user=u&password=hunter2",
            "user",
            "list");
    assertTrue(said.contains("cannot connect to the database"), said);
    assertFalse(said.contains("hunter2"), said);
  }

  @Test
  void backupAndRestoreSendPostgresToPgDump() throws Exception {
    String url = Postgres.newDatabase();
    Path target = dir.resolve("backup");
    assertTrue(run(2, "--database", url, "backup", target.toString()).contains("pg_dump"));
    assertFalse(Files.exists(target));
    Files.createDirectories(target);
    assertTrue(run(2, "--database", url, "restore", target.toString()).contains("pg_dump"));
  }
}
