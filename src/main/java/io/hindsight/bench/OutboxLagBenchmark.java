package io.hindsight.bench;

import io.hindsight.Hindsight;
import io.hindsight.search.SearchHit;
import io.hindsight.search.SearchRequest;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search outbox's lag: from the moment a worker process made a recording ready (the time its
 * outbox entry was written, in the transaction that made it ready) until a serving node that did
 * not make it finds it. The node is {@code node}, following the outbox with its own index exactly
 * as {@code serve} does; the workers are other processes on the same machine, so both times come
 * from one clock.
 */
final class OutboxLagBenchmark {

  /** The lag of each recording, in the order they became ready. */
  record Result(List<Duration> lags) {
    Duration median() {
      List<Duration> sorted = lags.stream().sorted().toList();
      return sorted.get(sorted.size() / 2);
    }

    Duration max() {
      return lags.stream().max(Comparator.naturalOrder()).orElseThrow();
    }
  }

  private static final long CHECK_MILLIS = 10;

  private final Hindsight node;
  private final String pair;

  OutboxLagBenchmark(Hindsight node, String pair) {
    this.node = node;
    this.pair = pair;
  }

  /** A word the recordings of the same media all say: the longest of its first 40 words. */
  static String wordOf(Transcript transcript) {
    return transcript.words().stream()
        .limit(40)
        .map(Word::word)
        .filter(w -> w.chars().allMatch(Character::isLetter))
        .max(Comparator.comparingInt(String::length))
        .orElseThrow(() -> new IllegalStateException("the sample's transcript has no words"));
  }

  /** Waits until the node finds every one of {@code ids} by {@code word}. */
  Result measure(List<String> ids, String word, Duration timeout) throws InterruptedException {
    Set<String> pending = new HashSet<>(ids);
    Map<String, Instant> found = new HashMap<>();
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!pending.isEmpty()) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(
            "the serving node did not find " + pending + " within " + timeout);
      }
      Instant now = Instant.now();
      for (SearchHit hit :
          node.searcher().search(SearchRequest.of(word, pair, SearchRequest.MAX_LIMIT)).hits()) {
        if (pending.remove(hit.recordingId())) {
          found.put(hit.recordingId(), now);
        }
      }
      Thread.sleep(CHECK_MILLIS);
    }
    List<Duration> lags = new ArrayList<>();
    for (String id : ids) {
      Duration lag = Duration.between(readyAt(id), found.get(id));
      lags.add(lag.isNegative() ? Duration.ZERO : lag);
    }
    return new Result(lags);
  }

  private Instant readyAt(String id) {
    return node.database()
        .queryOne(
            "SELECT created_at FROM search_outbox WHERE recording_id = ? AND kind = 'index'"
                + " ORDER BY id LIMIT 1",
            rs -> Instant.parse(rs.getString(1)),
            id)
        .orElseThrow(() -> new IllegalStateException("no outbox entry for " + id));
  }
}
