package io.hindsight.pair;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The agreements table: each version of a pair's terms, as proposed. */
final class AgreementVersions {

  private AgreementVersions() {}

  record Version(int number, Terms terms) {}

  static Version latest(Connection c, String pair) throws SQLException {
    List<Version> versions = versions(c, pair);
    return versions.isEmpty() ? null : versions.get(versions.size() - 1);
  }

  static List<Version> versions(Connection c, String pair) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT version, record, searchable, share_excerpts, retention_days, cadence_days,"
                + " media, reply_time, time_limits, remember_voices FROM agreements"
                + " WHERE pair_id = ? ORDER BY version")) {
      s.setString(1, pair);
      try (ResultSet rs = s.executeQuery()) {
        List<Version> versions = new ArrayList<>();
        while (rs.next()) {
          versions.add(
              new Version(
                  rs.getInt(1),
                  new Terms(
                      rs.getInt(2) != 0,
                      rs.getInt(3) != 0,
                      rs.getInt(4) != 0,
                      rs.getInt(5),
                      new Engagement(
                          rs.getObject(6) == null ? null : rs.getInt(6),
                          rs.getString(7),
                          rs.getString(8),
                          rs.getString(9)),
                      rs.getInt(10) != 0)));
        }
        return versions;
      }
    }
  }

  static void insertVersion(Connection c, User user, int version, Terms terms) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO agreements(pair_id, version, record, searchable, share_excerpts,"
                + " retention_days, created_by, created_at, cadence_days, media, reply_time,"
                + " time_limits, remember_voices) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      s.setString(1, user.pair());
      s.setInt(2, version);
      s.setInt(3, terms.record() ? 1 : 0);
      s.setInt(4, terms.searchable() ? 1 : 0);
      s.setInt(5, terms.shareExcerpts() ? 1 : 0);
      s.setInt(6, terms.retentionDays());
      s.setString(7, user.id());
      s.setString(8, Instant.now().toString());
      Engagement rules = terms.engagement();
      s.setObject(9, rules.cadenceDays());
      s.setString(10, rules.media());
      s.setString(11, rules.replyTime());
      s.setString(12, rules.timeLimits());
      s.setInt(13, terms.rememberVoices() ? 1 : 0);
      s.executeUpdate();
    }
  }
}
