package io.hindsight.web;

import io.hindsight.Ids;
import io.hindsight.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Server-side login sessions. The browser holds a random token; the database holds only its
 * SHA-256, so a copy of the database does not let anyone sign in. Each session has its own CSRF
 * token. A session ends on logout, after a week unused, or after 30 days.
 */
public final class Sessions {

  static final Duration IDLE = Duration.ofDays(7);
  static final Duration ABSOLUTE = Duration.ofDays(30);
  // Writing last_seen_at on every request would make every read a write.
  private static final Duration TOUCH_EVERY = Duration.ofMinutes(5);

  private final Database db;

  public Sessions(Database db) {
    this.db = db;
  }

  /** A signed-in browser. {@code token} is known only right after {@link #create}. */
  public record Session(String token, String tokenHash, String userId, String csrfToken) {}

  public Session create(String userId) {
    String token = Ids.newToken();
    Session session = new Session(token, hash(token), userId, Ids.newToken());
    String now = Instant.now().toString();
    db.inTransaction(
        c -> {
          try (PreparedStatement s =
              c.prepareStatement(
                  "INSERT INTO sessions(token_hash, user_id, csrf_token, created_at, last_seen_at)"
                      + " VALUES (?,?,?,?,?)")) {
            s.setString(1, session.tokenHash());
            s.setString(2, userId);
            s.setString(3, session.csrfToken());
            s.setString(4, now);
            s.setString(5, now);
            return s.executeUpdate();
          }
        });
    return session;
  }

  public Optional<Session> find(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    String tokenHash = hash(token);
    return db.inTransaction(
        c -> {
          Session session;
          Instant created;
          Instant seen;
          try (PreparedStatement s =
              c.prepareStatement(
                  "SELECT user_id, csrf_token, created_at, last_seen_at FROM sessions"
                      + " WHERE token_hash = ?")) {
            s.setString(1, tokenHash);
            try (ResultSet rs = s.executeQuery()) {
              if (!rs.next()) {
                return Optional.<Session>empty();
              }
              session = new Session(null, tokenHash, rs.getString(1), rs.getString(2));
              created = Instant.parse(rs.getString(3));
              seen = Instant.parse(rs.getString(4));
            }
          }
          Instant now = Instant.now();
          if (now.isAfter(seen.plus(IDLE)) || now.isAfter(created.plus(ABSOLUTE))) {
            delete(c, tokenHash);
            return Optional.<Session>empty();
          }
          if (now.isAfter(seen.plus(TOUCH_EVERY))) {
            try (PreparedStatement s =
                c.prepareStatement("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?")) {
              s.setString(1, now.toString());
              s.setString(2, tokenHash);
              s.executeUpdate();
            }
          }
          return Optional.of(session);
        });
  }

  public void delete(Session session) {
    db.inTransaction(c -> delete(c, session.tokenHash()));
  }

  private static int delete(java.sql.Connection c, String tokenHash) throws java.sql.SQLException {
    try (PreparedStatement s = c.prepareStatement("DELETE FROM sessions WHERE token_hash = ?")) {
      s.setString(1, tokenHash);
      return s.executeUpdate();
    }
  }

  static String hash(String token) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }
}
