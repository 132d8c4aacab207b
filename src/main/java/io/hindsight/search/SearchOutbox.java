package io.hindsight.search;

import io.hindsight.db.Database;
import io.hindsight.db.Sql;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The durable, ordered outbox that feeds every serving node's own index (see docs/outbox.md). A
 * change is appended in the transaction that makes it, and each node's {@link IndexApplier} applies
 * the entries after the last position it applied.
 *
 * <p>In a process that serves search, the {@link IndexApplier} of its own index is {@linkplain
 * #serveLocally registered}: a change made here is then applied here before the call that made it
 * returns, as when the index was written directly.
 */
public final class SearchOutbox {

  /** How long entries are kept; a node down for longer rebuilds its index from the transcripts. */
  public static final Duration KEPT = Duration.ofDays(30);

  private final Database db;
  private volatile IndexApplier local;

  public SearchOutbox(Database db) {
    this.db = db;
  }

  /** Applies what is appended from now on to this process's own index too, at once. */
  public void serveLocally(IndexApplier applier) {
    this.local = applier;
  }

  /** Appends an entry inside the caller's write transaction {@code c}. */
  public static void append(Connection c, String recordingId, String pair, OutboxEntry.Kind kind)
      throws SQLException {
    Sql.update(
        c,
        "INSERT INTO search_outbox(recording_id, pair_id, kind, created_at) VALUES (?, ?, ?, ?)",
        recordingId,
        pair,
        kind.label(),
        Instant.now().toString());
  }

  /** Appends an entry in a transaction of its own, for changes kept outside the database. */
  public void append(String recordingId, String pair, OutboxEntry.Kind kind) {
    db.execute(c -> append(c, recordingId, pair, kind));
  }

  /**
   * Writes the recording's documents into this process's own index before the transaction that
   * makes it ready commits, so that whoever sees it ready here finds it too. Its entry rewrites the
   * same documents when it is applied.
   */
  public void indexAhead(IndexedRecording recording) {
    IndexApplier applier = local;
    if (applier != null) {
      applier.index().index(recording);
    }
  }

  /** Takes back {@link #indexAhead} when the transaction did not make the recording ready. */
  public void withdrawAhead(String recordingId) {
    IndexApplier applier = local;
    if (applier != null) {
      applier.index().delete(recordingId);
    }
  }

  /** Call after a transaction that appended commits: this process's own index applies it now. */
  public void appended() {
    IndexApplier applier = local;
    if (applier != null) {
      applier.catchUpQuietly();
    }
  }

  /** Up to {@code limit} entries after {@code position}, in order. */
  public List<OutboxEntry> after(long position, int limit) {
    return db.query(
        "SELECT id, recording_id, pair_id, kind, created_at FROM search_outbox"
            + " WHERE id > ? ORDER BY id LIMIT ?",
        rs ->
            new OutboxEntry(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                OutboxEntry.Kind.of(rs.getString(4)),
                Instant.parse(rs.getString(5))),
        position,
        limit);
  }

  /** The position of the newest entry; 0 while there is none. */
  public long lastPosition() {
    return db.queryOne("SELECT MAX(id) FROM search_outbox", rs -> rs.getLong(1)).orElse(0L);
  }

  /** The position of the oldest entry kept; 0 while there is none. */
  public long firstPosition() {
    return db.queryOne("SELECT MIN(id) FROM search_outbox", rs -> rs.getLong(1)).orElse(0L);
  }

  /**
   * Deletes the entries older than {@code before}, but always keeps the newest: a node whose
   * position is below the oldest entry kept then knows that it missed some. Returns how many went.
   */
  public int prune(Instant before) {
    return db.update(
        "DELETE FROM search_outbox WHERE created_at < ?"
            + " AND id < (SELECT MAX(id) FROM search_outbox)",
        before.toString());
  }
}
