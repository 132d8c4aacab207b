package io.hindsight.db;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What differs between the two metadata databases. The repositories' SQL is the same on both (it
 * keeps to what SQLite and PostgreSQL share: {@code ON CONFLICT}, {@code RETURNING}, text
 * timestamps, 0/1 integers for booleans); only transactions and the schema's column types differ.
 */
public enum Dialect {
  /** The embedded default: one file, {@code hindsight.db}, in the data folder. */
  SQLITE,
  /** Shared by every node, from {@code --database jdbc:postgresql://...}. */
  POSTGRES;

  /**
   * The key of the advisory lock every PostgreSQL write transaction takes first. It serializes
   * writers across all processes as SQLite's {@code BEGIN IMMEDIATE} does, so a transaction that
   * reads and then writes (sign an agreement, add a user) sees no write of another node in between,
   * and ids taken from a sequence inside a write transaction commit in their order.
   */
  public static final long WRITE_LOCK = 0x48696e6473676874L; // "Hindsght"

  private static final Pattern STATEMENT_END = Pattern.compile(";\\s*\\n");
  private static final Pattern AUTOINCREMENT = Pattern.compile("INTEGER PRIMARY KEY AUTOINCREMENT");
  // SQLite's REAL is an 8-byte float; PostgreSQL's REAL is 4 bytes and would round seconds.
  private static final Pattern REAL = Pattern.compile("\\bREAL\\b");
  private static final Pattern BLOB = Pattern.compile("\\bBLOB\\b");
  private static final Pattern NOCASE = Pattern.compile(" COLLATE NOCASE\\b");
  // Text compares byte by byte in SQLite; "C" keeps ORDER BY and comparisons the same on
  // PostgreSQL whatever the database's locale.
  private static final Pattern TEXT = Pattern.compile("\\bTEXT\\b(?! COLLATE)");

  /**
   * SQLite's NOCASE as an ICU collation: equality and UNIQUE ignore case, as for user names.
   * Nondeterministic collations do not support LIKE on PostgreSQL 15, and no query needs it.
   */
  static final String NOCASE_COLLATION =
      "CREATE COLLATION IF NOT EXISTS nocase"
          + " (provider = icu, locale = 'und-u-ks-level2', deterministic = false)";

  /**
   * The statements of one migration step for this database. A step is written once, in the SQLite
   * spelling the schema started with; PostgreSQL gets the same tables with its own names for the
   * types (BLOB is BYTEA, REAL is DOUBLE PRECISION, INTEGER PRIMARY KEY AUTOINCREMENT is BIGSERIAL,
   * NOCASE text uses {@link #NOCASE_COLLATION}). A statement whose first line is {@code --
   * postgres} or {@code -- sqlite} runs on that database only, for what has no common spelling.
   */
  List<String> statements(String step) {
    List<String> out = new ArrayList<>();
    for (String sql : STATEMENT_END.split(step)) {
      String statement = sql.strip();
      if (statement.isEmpty() || !forMe(statement)) {
        continue;
      }
      if (this == POSTGRES) {
        if (NOCASE.matcher(statement).find() && !out.contains(NOCASE_COLLATION)) {
          out.add(NOCASE_COLLATION);
        }
        statement = postgres(statement);
      }
      out.add(statement);
    }
    return out;
  }

  private boolean forMe(String statement) {
    String first = statement.lines().findFirst().orElse("").strip();
    if (first.equals("-- postgres")) {
      return this == POSTGRES;
    }
    if (first.equals("-- sqlite")) {
      return this == SQLITE;
    }
    return true;
  }

  private static String postgres(String statement) {
    String s = AUTOINCREMENT.matcher(statement).replaceAll("BIGSERIAL PRIMARY KEY");
    s = REAL.matcher(s).replaceAll("DOUBLE PRECISION");
    s = BLOB.matcher(s).replaceAll("BYTEA");
    List<String> lines = new ArrayList<>();
    // One column a line, as the steps are written: PostgreSQL takes one COLLATE, after the type.
    for (String line : s.split("\n", -1)) {
      if (NOCASE.matcher(line).find()) {
        line =
            TEXT.matcher(NOCASE.matcher(line).replaceAll("")).replaceFirst("TEXT COLLATE nocase");
      } else {
        line = TEXT.matcher(line).replaceAll("TEXT COLLATE \"C\"");
      }
      lines.add(line);
    }
    return String.join("\n", lines);
  }

  /** The dialect of a JDBC URL; only PostgreSQL URLs are taken from the command line. */
  public static Dialect of(String jdbcUrl) {
    if (jdbcUrl.startsWith("jdbc:postgresql:")) {
      return POSTGRES;
    }
    if (jdbcUrl.startsWith("jdbc:sqlite:")) {
      return SQLITE;
    }
    throw new IllegalArgumentException("not a PostgreSQL or SQLite JDBC URL");
  }

  /** The URL without its password, for messages and logs. */
  public static String withoutPassword(String jdbcUrl) {
    return jdbcUrl
        .replaceAll("(?i)(password=)[^&;]*", "$1***")
        .replaceAll("//[^/@]*:[^/@]*@", "//***@");
  }
}
