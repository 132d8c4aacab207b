package io.hindsight.excerpt;

import io.hindsight.db.Database;
import io.hindsight.db.Sql;
import io.hindsight.media.ClipRequest;
import io.hindsight.media.TimeSpan;
import java.sql.Connection;
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

  void insert(Excerpt e) {
    db.update(
        "INSERT INTO excerpts(" + COLUMNS + ") VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        e.id(),
        e.recordingId(),
        e.pair(),
        e.title(),
        e.context(),
        e.range().start(),
        e.range().end(),
        indexes(e.redacted()),
        e.cover().name(),
        e.version(),
        e.status().label(),
        e.createdBy(),
        e.createdAt(),
        e.token(),
        e.publishedAt(),
        e.expiresAt(),
        e.revokedAt(),
        e.views(),
        e.clipFile());
  }

  /** Stores every changeable field of {@code e}; the views counter is left to {@link #view}. */
  void update(Excerpt e) {
    db.update(
        "UPDATE excerpts SET title = ?, context = ?, start_seconds = ?, end_seconds = ?,"
            + " redacted = ?, cover = ?, version = ?, status = ?, token = ?, published_at = ?,"
            + " expires_at = ?, revoked_at = ?, clip_file = ? WHERE id = ?",
        e.title(),
        e.context(),
        e.range().start(),
        e.range().end(),
        indexes(e.redacted()),
        e.cover().name(),
        e.version(),
        e.status().label(),
        e.token(),
        e.publishedAt(),
        e.expiresAt(),
        e.revokedAt(),
        e.clipFile(),
        e.id());
  }

  /**
   * Stores the revoked excerpt's tombstone, then empties the database's write-ahead log so the
   * forgotten title and context are left in no file.
   */
  void tombstone(Excerpt revoked) {
    update(revoked);
    db.checkpoint();
  }

  Optional<Excerpt> find(String id) {
    return db.read(c -> one(c, "id = ?", id));
  }

  Optional<Excerpt> byToken(String token) {
    return db.read(c -> one(c, "token = ?", token));
  }

  List<Excerpt> where(String condition, String value) {
    return db.read(c -> many(c, condition, value));
  }

  /** Counts one view of a published excerpt. */
  void view(String id) {
    db.update("UPDATE excerpts SET views = views + 1 WHERE id = ?", id);
  }

  void approve(Excerpt e, String userId) {
    db.update(
        "INSERT INTO excerpt_approvals(excerpt_id, version, user_id, approved_at)"
            + " VALUES (?,?,?,?) ON CONFLICT DO NOTHING",
        e.id(),
        e.version(),
        userId,
        Instant.now());
  }

  List<String> redactWords(String pair) {
    return db.query(
        "SELECT phrase FROM redact_words WHERE pair_id = ? ORDER BY phrase",
        rs -> rs.getString(1),
        pair);
  }

  void replaceRedactWords(String pair, List<String> phrases) {
    db.execute(
        c -> {
          Sql.update(c, "DELETE FROM redact_words WHERE pair_id = ?", pair);
          for (String phrase : phrases) {
            Sql.update(
                c,
                "INSERT INTO redact_words(pair_id, phrase) VALUES (?,?) ON CONFLICT DO NOTHING",
                pair,
                phrase);
          }
        });
  }

  private static Optional<Excerpt> one(Connection c, String condition, String value)
      throws SQLException {
    List<Excerpt> found = many(c, condition, value);
    return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
  }

  private static List<Excerpt> many(Connection c, String condition, String value)
      throws SQLException {
    List<Excerpt> rows =
        Sql.query(
            c,
            "SELECT "
                + COLUMNS
                + " FROM excerpts WHERE "
                + condition
                + " ORDER BY created_at DESC, id",
            ExcerptRepository::read,
            value);
    List<Excerpt> excerpts = new ArrayList<>(rows.size());
    for (Excerpt e : rows) {
      excerpts.add(
          new Excerpt(
              e.id(),
              e.recordingId(),
              e.pair(),
              e.createdBy(),
              e.createdAt(),
              e.cut(),
              e.link(),
              approvals(c, e.id(), e.version())));
    }
    return excerpts;
  }

  /** The row without its approvals, which {@link #many} adds. */
  private static Excerpt read(ResultSet rs) throws SQLException {
    return new Excerpt(
        rs.getString(1),
        rs.getString(2),
        rs.getString(3),
        rs.getString(12),
        Instant.parse(rs.getString(13)),
        new Excerpt.Cut(
            rs.getString(4),
            rs.getString(5),
            new TimeSpan(rs.getDouble(6), rs.getDouble(7)),
            parseIndexes(rs.getString(8)),
            ClipRequest.Cover.valueOf(rs.getString(9)),
            rs.getInt(10)),
        new Excerpt.Link(
            Excerpt.Status.parse(rs.getString(11)),
            rs.getString(14),
            Sql.instant(rs, "published_at"),
            Sql.instant(rs, "expires_at"),
            Sql.instant(rs, "revoked_at"),
            rs.getLong(18),
            rs.getString(19)),
        List.of());
  }

  private static List<Excerpt.Approval> approvals(Connection c, String id, int version)
      throws SQLException {
    return Sql.query(
        c,
        "SELECT u.username, a.approved_at, u.name FROM excerpt_approvals a JOIN users u"
            + " ON u.id = a.user_id WHERE a.excerpt_id = ? AND a.version = ?"
            + " ORDER BY a.approved_at",
        rs ->
            new Excerpt.Approval(rs.getString(1), Instant.parse(rs.getString(2)), rs.getString(3)),
        id,
        version);
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
}
