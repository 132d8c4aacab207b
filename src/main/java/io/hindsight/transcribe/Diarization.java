package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import java.util.List;

/**
 * A request to tell the voices of one mixed track apart.
 *
 * @param speakers how many people speak, or null to estimate it
 * @param names labels in order of first speech; empty for "Speaker 1", "Speaker 2", ...
 */
public record Diarization(Integer speakers, List<String> names) {

  /** The most speakers estimated when no count is given. */
  public static final int MAX_ESTIMATED = 6;

  public static final Diarization ESTIMATE = new Diarization(null, List.of());

  public Diarization {
    names = names.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    if (speakers != null && (speakers < 1 || speakers > 20)) {
      throw HindsightException.badInput("--num-speakers must be 1 to 20");
    }
    if (speakers != null && !names.isEmpty() && names.size() != speakers) {
      throw HindsightException.badInput(
          "--speakers names " + names.size() + " people but --num-speakers is " + speakers);
    }
    if (speakers == null && !names.isEmpty()) {
      speakers = names.size();
    }
  }

  public Diarization named(List<String> names) {
    return names.isEmpty() ? this : new Diarization(speakers, names);
  }

  /** The label of the n-th voice (0-based) in order of first speech. */
  public String label(int n) {
    return n < names.size() ? names.get(n) : "Speaker " + (n + 1);
  }
}
