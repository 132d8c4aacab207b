package io.hindsight.db;

import io.hindsight.HindsightException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Brings a database's schema up to date with Flyway, which keeps the history of applied steps in
 * {@code flyway_schema_history} on both databases, validates that no applied step was edited (its
 * checksum is the CRC-32 of its text) and, on PostgreSQL, locks so that nodes starting together
 * migrate once. Step N of {@link Migrations#STEPS} is Flyway version N.
 *
 * <p>Before Flyway, SQLite data folders counted their steps in {@code PRAGMA user_version}. Such a
 * folder at step N is baselined at N, so steps 1..N do not run again; the pragma is kept up to date
 * so that an older Hindsight opening the file does not run steps again either.
 */
final class Schema {

  private Schema() {}

  static void migrate(DataSource source, Dialect dialect, List<String> steps) {
    try {
      int legacy = dialect == Dialect.SQLITE ? userVersion(source) : 0;
      Flyway flyway =
          Flyway.configure(Schema.class.getClassLoader())
              .dataSource(source)
              .javaMigrations(migrations(dialect, steps))
              // Only the steps above: no scanning of the class path for SQL or Java migrations.
              .skipDefaultResolvers(true)
              .failOnMissingLocations(false)
              .cleanDisabled(true)
              .baselineOnMigrate(legacy > 0)
              .baselineVersion(String.valueOf(Math.max(1, legacy)))
              .baselineDescription("PRAGMA user_version " + legacy)
              .load();
      flyway.migrate();
      if (dialect == Dialect.SQLITE && steps.size() > legacy) {
        setUserVersion(source, steps.size());
      }
    } catch (FlywayException | SQLException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL,
          "the metadata database could not be brought up to date: " + e.getMessage(),
          e);
    }
  }

  private static JavaMigration[] migrations(Dialect dialect, List<String> steps) {
    List<JavaMigration> out = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      out.add(new Step(i + 1, steps.get(i), dialect));
    }
    return out.toArray(JavaMigration[]::new);
  }

  private static int userVersion(DataSource source) throws SQLException {
    try (Connection c = source.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA user_version")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }

  private static void setUserVersion(DataSource source, int version) throws SQLException {
    try (Connection c = source.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("PRAGMA user_version = " + version);
    }
  }

  /** One step of {@link Migrations#STEPS}, in this database's spelling. */
  private record Step(int number, String sql, Dialect dialect) implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
      return MigrationVersion.fromVersion(String.valueOf(number));
    }

    @Override
    public String getDescription() {
      return "step " + number;
    }

    @Override
    public Integer getChecksum() {
      // Of the step as written, the same on both databases.
      CRC32 crc = new CRC32();
      crc.update(sql.getBytes(StandardCharsets.UTF_8));
      return (int) crc.getValue();
    }

    @Override
    public boolean canExecuteInTransaction() {
      return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
      try (Statement s = context.getConnection().createStatement()) {
        for (String statement : dialect.statements(sql)) {
          s.executeUpdate(statement);
        }
      }
    }
  }
}
