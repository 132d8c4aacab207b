package io.hindsight.reflection;

import io.hindsight.pair.Agreement;
import io.hindsight.pair.Agreements;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Talk balance and questions across the pair's sessions, read from the transcripts (as edited)
 * while the agreement lets the pair read them. Each session's numbers are kept until its transcript
 * is saved again, so the home page does not parse hours of words on every visit.
 */
public final class Insights {

  private record Kept(String stamp, SessionBalance balance) {}

  private final Library library;
  private final Agreements agreements;
  private final Map<String, Kept> kept = new ConcurrentHashMap<>();

  public Insights(Library library, Agreements agreements) {
    this.library = library;
    this.agreements = agreements;
  }

  /** Every transcribed session of the pair, oldest first; empty while consent is withdrawn. */
  public List<SessionBalance> ofPair(String pair) {
    return latest(pair, Integer.MAX_VALUE);
  }

  /** The pair's latest {@code limit} transcribed sessions, oldest first. */
  public List<SessionBalance> latest(String pair, int limit) {
    if (!agreements.of(pair).allows(Agreement.Use.PLAYBACK)) {
      return List.of();
    }
    List<Recording> ready =
        library.list(pair).stream()
            .filter(r -> r.status() == Recording.Status.READY)
            .sorted(
                Comparator.comparing(
                        Recording::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                    .thenComparing(Recording::createdAt))
            .toList();
    return ready.subList(Math.max(0, ready.size() - limit), ready.size()).stream()
        .map(this::balance)
        .toList();
  }

  /** One transcribed session's numbers, if the agreement lets the pair read it now. */
  public SessionBalance of(Recording recording) {
    agreements.require(recording.pair(), Agreement.Use.PLAYBACK);
    return balance(recording);
  }

  /** Drops what was kept of a deleted recording. */
  public void forget(String recordingId) {
    kept.remove(recordingId);
  }

  private SessionBalance balance(Recording recording) {
    // The title and date are the recording's, which can change apart from its transcript.
    String stamp =
        library.transcriptStamp(recording.id())
            + "|"
            + recording.title()
            + "|"
            + recording.recordedAt();
    Kept known = kept.get(recording.id());
    if (known != null && known.stamp().equals(stamp)) {
      return known.balance();
    }
    SessionBalance balance = TalkBalance.of(recording, library.transcript(recording.id()));
    kept.put(recording.id(), new Kept(stamp, balance));
    return balance;
  }
}
