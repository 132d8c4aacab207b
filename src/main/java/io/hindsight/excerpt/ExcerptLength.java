package io.hindsight.excerpt;

import io.hindsight.HindsightException;
import io.hindsight.db.Database;

/**
 * How long a pair's excerpts may be: three minutes unless the pair sets otherwise. An excerpt is a
 * moment, not a session; the ceiling also bounds the work of cutting one. Either member may change
 * it: every excerpt still needs both members' approval before it leaves the pair.
 */
public final class ExcerptLength {

  public static final int DEFAULT_SECONDS = 180;
  public static final int MIN_SECONDS = 30;
  public static final int MAX_SECONDS = 600;

  private final Database db;

  ExcerptLength(Database db) {
    this.db = db;
  }

  public int maxSeconds(String pair) {
    return db.queryOne(
            "SELECT max_seconds FROM excerpt_settings WHERE pair_id = ?", rs -> rs.getInt(1), pair)
        .orElse(DEFAULT_SECONDS);
  }

  /** Sets the pair's longest excerpt; returns it as stored. */
  public int set(String pair, Integer seconds) {
    if (seconds == null || seconds < MIN_SECONDS || seconds > MAX_SECONDS) {
      throw HindsightException.badInput(
          "maxSeconds is the longest excerpt in seconds, from "
              + MIN_SECONDS
              + " to "
              + MAX_SECONDS
              + " (10 minutes)");
    }
    db.update(
        "INSERT INTO excerpt_settings(pair_id, max_seconds) VALUES (?,?)"
            + " ON CONFLICT(pair_id) DO UPDATE SET max_seconds = excluded.max_seconds",
        pair,
        seconds);
    return maxSeconds(pair);
  }
}
