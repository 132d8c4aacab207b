package io.hindsight.backup;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.sqlite.SQLiteConfig;

/** A database file of a backup, opened on its own (never the live database). */
final class Snapshot {

  private Snapshot() {}

  static Connection open(Path file) throws SQLException {
    SQLiteConfig config = new SQLiteConfig();
    // Deleting a recording from the snapshot takes its notes and job along, as in the live one.
    config.enforceForeignKeys(true);
    return DriverManager.getConnection(
        "jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
  }

  static List<String> ids(Connection c, String query) throws SQLException {
    List<String> ids = new ArrayList<>();
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(query)) {
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
    }
    return ids;
  }
}
