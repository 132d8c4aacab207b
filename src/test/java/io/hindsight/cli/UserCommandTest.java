package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.pair.Accounts;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user commands, in process, against the real SQLite and bcrypt. */
class UserCommandTest {

  @TempDir Path dir;

  private String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = dir.toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int exit = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(expectedExit, exit, out + " " + err);
    return out + err.toString();
  }

  private HindsightException signInFails(String username, String password) {
    try (Hindsight app = new Hindsight(new HindsightConfig(dir, null, 1, 1, 4))) {
      Accounts accounts = app.accounts();
      try {
        accounts.authenticate(username, password.toCharArray(), "127.0.0.1");
        return null;
      } catch (HindsightException e) {
        return e;
      }
    }
  }

  @Test
  void listResetDisableEnableAndRemove() {
    String added =
        run(
            0,
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
    Matcher first = Pattern.compile("Password: (\\S+)").matcher(added);
    assertTrue(first.find(), added);
    run(
        0,
        "user",
        "add",
        "--username",
        "ben",
        "--name",
        "Ben Ho",
        "--pair",
        "p1",
        "--role",
        "mentee");

    String reset = run(0, "user", "reset-password", "--username", "ann");
    Matcher fresh = Pattern.compile("New password for ann: (\\S{20})").matcher(reset);
    assertTrue(fresh.find(), reset);
    assertEquals(
        401, signInFails("ann", first.group(1)).kind().httpStatus, "the old one stops working");
    assertEquals(null, signInFails("ann", fresh.group(1)), "the new one works");

    assertTrue(run(0, "user", "disable", "--username", "ann").contains("ann is disabled"));
    assertEquals(403, signInFails("ann", fresh.group(1)).kind().httpStatus);
    assertTrue(
        run(0, "user", "list").matches("(?s).*ann\\s+mentor\\s+p1\\s+disabled\\s+Ann Lee.*"));
    assertTrue(run(0, "user", "enable", "--username", "ann").contains("ann is active"));
    assertEquals(null, signInFails("ann", fresh.group(1)));

    assertTrue(run(0, "user", "remove", "--username", "ben").contains("ben is removed"));
    String again = run(1, "user", "enable", "--username", "ben");
    assertTrue(again.contains("was removed"), again);
    assertTrue(run(1, "user", "disable", "--username", "nobody").contains("no user named"));
  }
}
