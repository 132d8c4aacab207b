package io.hindsight.excerpt;

import io.hindsight.db.Database;
import io.hindsight.media.ClipRequest;
import io.hindsight.media.TimeSpan;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Excerpts, their approvals and the pairs' "always redact" lists, in SQL. */
final class ExcerptRepository {

  private static final String COLUMNS =
      "id, recording_id, pair_id, title, context, start_seconds, end_seconds, redacted, cover,"
          + " version, status, created_by, created_at, token, published_at, expires_at,"
          + " revoked_at, views, clip_file";

  private final Database db;

  ExcerptRepository(Database db) {
    this.db = db;
  }

  Database database() {
    return db;
  }

  void insert(Connection c, Excerpt e) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT INTO excerpts("
                + COLUMNS
                + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")) {
      s.setString(1, e.id());
      s.setString(2, e.recordingId());
      s.setString(3, e.pair());
      s.setString(4, e.title());
      s.setString(5, e.context());
      s.setDouble(6, e.range().start());
      s.setDouble(7, e.range().end());
      s.setString(8, indexes(e.redacted()));
      s.setString(9, e.cover().name());
      s.setInt(10, e.version());
      s.setString(11, e.status().label());
      s.setString(12, e.createdBy());
      s.setString(13, e.createdAt().toString());
      s.setString(14, e.token());
      s.setString(15, text(e.publishedAt()));
      s.setString(16, text(e.expiresAt()));
      s.setString(17, text(e.revokedAt()));
      s.setLong(18, e.views());
      s.setString(19, e.clipFile());
      s.executeUpdate();
    }
  }

  /** Stores every changeable field of {@code e}; the views counter is left to {@link #view}. */
  void update(Connection c, Excerpt e) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "UPDATE excerpts SET title = ?, context = ?, redacted = ?, cover = ?, version = ?,"
                + " status = ?, token = ?, published_at = ?, expires_at = ?, revoked_at = ?,"
                + " clip_file = ? WHERE id = ?")) {
      s.setString(1, e.title());
      s.setString(2, e.context());
      s.setString(3, indexes(e.redacted()));
      s.setString(4, e.cover().name());
      s.setInt(5, e.version());
      s.setString(6, e.status().label());
      s.setString(7, e.token());
      s.setString(8, text(e.publishedAt()));
      s.setString(9, text(e.expiresAt()));
      s.setString(10, text(e.revokedAt()));
      s.setString(11, e.clipFile());
      s.setString(12, e.id());
      s.executeUpdate();
    }
  }

  Optional<Excerpt> find(String id) {
    return db.inTransaction(c -> one(c, "id = ?", id));
  }

  Optional<Excerpt> byToken(String token) {
    return db.inTransaction(c -> one(c, "token = ?", token));
  }

  List<Excerpt> where(String condition, String value) {
    return db.inTransaction(c -> many(c, condition, value));
  }

  /** Counts one view of a published excerpt. */
  void view(String id) {
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("UPDATE excerpts SET views = views + 1 WHERE id = ?")) {
            s.setString(1, id);
            return s.executeUpdate();
          }
        });
  }

  void approve(Connection c, Excerpt e, String userId) throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "INSERT OR IGNORE INTO excerpt_approvals(excerpt_id, version, user_id, approved_at)"
                + " VALUES (?,?,?,?)")) {
      s.setString(1, e.id());
      s.setInt(2, e.version());
      s.setString(3, userId);
      s.setString(4, Instant.now().toString());
      s.executeUpdate();
    }
  }

  List<String> redactWords(String pair) {
    return db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT phrase FROM redact_words WHERE pair_id = ? ORDER BY phrase")) {
            s.setString(1, pair);
            try (ResultSet rs = s.executeQuery()) {
              List<String> words = new ArrayList<>();
              while (rs.next()) {
                words.add(rs.getString(1));
              }
              return words;
            }
          }
        });
  }

  void replaceRedactWords(String pair, List<String> phrases) {
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement("DELETE FROM redact_words WHERE pair_id = ?")) {
            s.setString(1, pair);
            s.executeUpdate();
          }
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT OR IGNORE INTO redact_words(pair_id, phrase) VALUES (?,?)")) {
            for (String phrase : phrases) {
              s.setString(1, pair);
              s.setString(2, phrase);
              s.executeUpdate();
            }
          }
          return null;
        });
  }

  Optional<Excerpt> one(Connection c, String condition, String value) throws SQLException {
    List<Excerpt> found = many(c, condition, value);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private List<Excerpt> many(Connection c, String condition, String value) throws SQLException {
    List<Excerpt> excerpts = new ArrayList<>();
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT "
                + COLUMNS
                + " FROM excerpts WHERE "
                + condition
                + " ORDER BY created_at DESC, id")) {
      s.setString(1, value);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          excerpts.add(read(c, rs));
        }
      }
    }
    return excerpts;
  }

  private static Excerpt read(Connection c, ResultSet rs) throws SQLException {
    String id = rs.getString(1);
    int version = rs.getInt(10);
    return new Excerpt(
        id,
        rs.getString(2),
        rs.getString(3),
        rs.getString(4),
        rs.getString(5),
        new TimeSpan(rs.getDouble(6), rs.getDouble(7)),
        parseIndexes(rs.getString(8)),
        ClipRequest.Cover.valueOf(rs.getString(9)),
        version,
        Excerpt.Status.parse(rs.getString(11)),
        rs.getString(12),
        Instant.parse(rs.getString(13)),
        rs.getString(14),
        instant(rs.getString(15)),
        instant(rs.getString(16)),
        instant(rs.getString(17)),
        rs.getLong(18),
        rs.getString(19),
        approvals(c, id, version));
  }

  private static List<Excerpt.Approval> approvals(Connection c, String id, int version)
      throws SQLException {
    try (PreparedStatement s =
        c.prepareStatement(
            "SELECT u.username, a.approved_at FROM excerpt_approvals a JOIN users u"
                + " ON u.id = a.user_id WHERE a.excerpt_id = ? AND a.version = ?"
                + " ORDER BY a.approved_at")) {
      s.setString(1, id);
      s.setInt(2, version);
      try (ResultSet rs = s.executeQuery()) {
        List<Excerpt.Approval> approvals = new ArrayList<>();
        while (rs.next()) {
          approvals.add(new Excerpt.Approval(rs.getString(1), Instant.parse(rs.getString(2))));
        }
        return approvals;
      }
    }
  }

  private static String indexes(SortedSet<Integer> indexes) {
    return indexes.stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  private static SortedSet<Integer> parseIndexes(String text) {
    SortedSet<Integer> indexes = new TreeSet<>();
    if (text != null && !text.isBlank()) {
      Arrays.stream(text.split(",")).map(Integer::valueOf).forEach(indexes::add);
    }
    return indexes;
  }

  private static String text(Instant instant) {
    return instant == null ? null : instant.toString();
  }

  private static Instant instant(String text) {
    return text == null ? null : Instant.parse(text);
  }
}
