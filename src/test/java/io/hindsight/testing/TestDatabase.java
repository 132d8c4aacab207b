package io.hindsight.testing;

import io.hindsight.HindsightConfig;
import io.hindsight.db.Database;
import java.nio.file.Path;

/**
 * The two metadata databases, for tests that run on both: {@code @ParameterizedClass} with
 * {@code @EnumSource(TestDatabase.class)} and a {@code @Parameter TestDatabase database} field.
 */
public enum TestDatabase {
  SQLITE,
  POSTGRES;

  /** A config's database URL: null for SQLite in the data folder, else a new empty database. */
  public String url() {
    return this == SQLITE ? null : Postgres.newDatabase();
  }

  /** {@code config} on this database, a new empty one. */
  public HindsightConfig on(HindsightConfig config) {
    return config.withDatabase(url());
  }

  /** A new, empty, migrated database: a file in {@code dir}, or a new PostgreSQL database. */
  public Database open(Path dir) {
    return this == SQLITE ? Database.open(dir.resolve("test.db")) : Database.open(url());
  }
}
