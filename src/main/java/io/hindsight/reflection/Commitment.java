package io.hindsight.reflection;

import io.hindsight.transcribe.Transcript;
import java.util.List;

/**
 * A promise found in what someone said.
 *
 * @param text the words from the promise on ("i'll send you the deck by friday")
 * @param due when it was promised for, as said ("by friday"), or null when no time was said
 */
record Commitment(String text, String due) {

  /** A promise, who made it and when in the recording. */
  record Found(double atSeconds, String speaker, Commitment commitment) {}

  /** Every promise made in a recording, in order. */
  static List<Found> in(Transcript transcript) {
    return Utterances.of(transcript).stream()
        .flatMap(
            u ->
                CommitmentRule.find(u.text()).stream()
                    .map(c -> new Found(u.start(), u.speaker(), c)))
        .toList();
  }
}
