package io.hindsight.search;

import io.hindsight.HindsightException;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds one node's own index from the {@link SearchOutbox}: applies the entries after the position
 * the index last committed, in order, and commits the new position with the documents. An index
 * that has no position yet (new, or older than the outbox) and one that fell behind what the outbox
 * still keeps are rebuilt from the transcripts first.
 *
 * <p>A serving node {@linkplain #start() polls} every {@link #POLL_MILLIS} ms for entries that
 * other processes (workers, other serving nodes) appended; the process's own changes are applied at
 * once (see {@link SearchOutbox#appended()}).
 */
public final class IndexApplier implements AutoCloseable {

  public static final long POLL_MILLIS = 500;
  private static final Logger LOG = LoggerFactory.getLogger(IndexApplier.class);
  private static final int BATCH = 200;
  private static final long PRUNE_EVERY_MILLIS = 3_600_000;

  private final SearchOutbox outbox;
  private final TranscriptIndex index;
  private final IndexSource source;
  private volatile Thread poller;
  private volatile boolean stopping;
  private long lastPruneMillis;

  public IndexApplier(SearchOutbox outbox, TranscriptIndex index, IndexSource source) {
    this.outbox = outbox;
    this.index = index;
    this.source = source;
  }

  public TranscriptIndex index() {
    return index;
  }

  /**
   * Applies every entry after the index's position, in order; returns how many. Rebuilds the index
   * first when it has no position, or when entries it needs were pruned.
   */
  public synchronized int catchUp() {
    long position = index.appliedPosition();
    // No position yet; entries it needs were pruned; or it is ahead of this database (a restored
    // or another one), whose next entries it would skip.
    if (position < 0 || position < outbox.firstPosition() - 1 || position > outbox.lastPosition()) {
      int count = source.rebuild(index);
      if (count > 0) {
        LOG.info("Search index rebuilt from {} transcripts", count);
      }
      position = index.appliedPosition();
    }
    int applied = 0;
    while (true) {
      List<OutboxEntry> entries = outbox.after(position, BATCH);
      if (entries.isEmpty()) {
        return applied;
      }
      for (OutboxEntry entry : entries) {
        apply(entry);
        position = entry.position();
      }
      index.commitThrough(position);
      applied += entries.size();
    }
  }

  /** Rebuilds the index from the transcripts now; returns how many recordings it holds. */
  public synchronized int rebuild() {
    return source.rebuild(index);
  }

  /**
   * {@link #catchUp()} after a local change that is already committed: a failure waits for the
   * poll.
   */
  void catchUpQuietly() {
    try {
      catchUp();
    } catch (HindsightException e) {
      if (e.kind() != HindsightException.Kind.CONFLICT) {
        LOG.warn("Could not apply the search outbox yet; retrying in the background", e);
      }
      // else a running server holds this index, and applies the entry itself.
    } catch (RuntimeException e) {
      LOG.warn("Could not apply the search outbox yet; retrying in the background", e);
    }
  }

  private void apply(OutboxEntry entry) {
    if (entry.kind() == OutboxEntry.Kind.NOTES) {
      index.removeNotesOf(entry.recordingId());
      source.addNotes(entry.recordingId(), index);
      return;
    }
    if (entry.kind() == OutboxEntry.Kind.INDEX) {
      try {
        var recording = source.indexed(entry.recordingId());
        if (recording.isPresent()) {
          index.add(recording.get());
          return;
        }
      } catch (HindsightException e) {
        if (e.kind() != HindsightException.Kind.NOT_FOUND) {
          throw e; // tried again on the next poll
        }
        // Its transcript is unreadable: one broken recording must not stop every later entry.
        LOG.error("Recording {} is not searchable: {}", entry.recordingId(), e.getMessage());
      }
    }
    // Deleted, or gone (or no longer ready) since the entry was written: nothing of it stays.
    index.remove(entry.recordingId());
  }

  /** Polls the outbox on a daemon thread, and prunes it about once an hour. */
  public synchronized void start() {
    if (poller != null) {
      return;
    }
    poller = new Thread(this::poll, "search-outbox");
    poller.setDaemon(true);
    poller.start();
  }

  private void poll() {
    while (!stopping) {
      try {
        catchUp();
        pruneNowAndThen();
      } catch (RuntimeException e) {
        if (stopping) {
          return;
        }
        LOG.warn("Could not apply the search outbox; retrying", e);
      }
      try {
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        return; // not ours to interrupt: only a JVM shutting down does
      }
    }
  }

  private void pruneNowAndThen() {
    long now = System.currentTimeMillis();
    if (now - lastPruneMillis >= PRUNE_EVERY_MILLIS) {
      lastPruneMillis = now;
      outbox.prune(Instant.now().minus(SearchOutbox.KEPT));
    }
  }

  /**
   * Stops polling and waits for an apply under way, so the index can be closed after. The poller is
   * not interrupted: an interrupt would close the index writer's file channels mid-commit.
   */
  @Override
  public void close() {
    stopping = true;
    Thread t = poller;
    if (t != null) {
      try {
        t.join(30_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }
}
