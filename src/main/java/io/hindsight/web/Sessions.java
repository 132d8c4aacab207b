package io.hindsight.web;

import io.hindsight.Ids;
import io.hindsight.db.Database;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
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
    Instant now = Instant.now();
    db.update(
        "INSERT INTO sessions(token_hash, user_id, csrf_token, created_at, last_seen_at)"
            + " VALUES (?,?,?,?,?)",
        session.tokenHash(),
        userId,
        session.csrfToken(),
        now,
        now);
    return session;
  }

  private record Stored(Session session, Instant created, Instant seen) {}

  /**
   * The live session of this token. A plain read on almost every request: only an expired session
   * (deleted) or one unseen for {@link #TOUCH_EVERY} (touched) needs a write.
   */
  public Optional<Session> find(String token) {
    if (token == null || token.length() < 20 || token.length() > 100) {
      return Optional.empty();
    }
    String tokenHash = hash(token);
    Optional<Stored> stored =
        db.queryOne(
            "SELECT user_id, csrf_token, created_at, last_seen_at FROM sessions"
                + " WHERE token_hash = ?",
            rs ->
                new Stored(
                    new Session(null, tokenHash, rs.getString(1), rs.getString(2)),
                    Instant.parse(rs.getString(3)),
                    Instant.parse(rs.getString(4))),
            tokenHash);
    if (stored.isEmpty()) {
      return Optional.empty();
    }
    Instant now = Instant.now();
    Instant seen = stored.get().seen();
    if (now.isAfter(seen.plus(IDLE)) || now.isAfter(stored.get().created().plus(ABSOLUTE))) {
      delete(stored.get().session());
      return Optional.empty();
    }
    if (now.isAfter(seen.plus(TOUCH_EVERY))) {
      db.update("UPDATE sessions SET last_seen_at = ? WHERE token_hash = ?", now, tokenHash);
    }
    return Optional.of(stored.get().session());
  }

  public void delete(Session session) {
    db.update("DELETE FROM sessions WHERE token_hash = ?", session.tokenHash());
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
