package io.hindsight.reflection;

import io.hindsight.pair.Agreement;
import io.hindsight.pair.Agreements;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import java.util.Comparator;
import java.util.List;

/**
 * Talk balance and questions across the pair's sessions, read from the transcripts (as edited)
 * while the agreement lets the pair read them.
 */
public final class Insights {

  private final Library library;
  private final Agreements agreements;

  public Insights(Library library, Agreements agreements) {
    this.library = library;
    this.agreements = agreements;
  }

  /** Every transcribed session of the pair, oldest first; empty while consent is withdrawn. */
  public List<SessionBalance> ofPair(String pair) {
    if (!agreements.of(pair).allows(Agreement.Use.PLAYBACK)) {
      return List.of();
    }
    return library.list(pair).stream()
        .filter(r -> r.status() == Recording.Status.READY)
        .sorted(
            Comparator.comparing(
                    Recording::recordedAt, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(Recording::createdAt))
        .map(this::of)
        .toList();
  }

  /** One transcribed session's numbers (the caller checked the pair and the agreement). */
  public SessionBalance of(Recording recording) {
    return TalkBalance.of(recording, library.transcript(recording.id()));
  }
}
