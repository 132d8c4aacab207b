package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import java.util.List;

/**
 * A request to tell the voices of one mixed track apart.
 *
 * @param speakers how many people speak, or null to estimate it
 * @param names labels in order of first speech; empty for "Speaker 1", "Speaker 2", ...
 * @param expected when {@code speakers} is null, the count to assume unless the audio clearly holds
 *     more voices, or plainly only one; null to estimate without a prior
 */
public record Diarization(Integer speakers, List<String> names, Integer expected) {

  /** The most speakers estimated when no count is given. */
  public static final int MAX_ESTIMATED = 6;

  public static final Diarization ESTIMATE = new Diarization(null, List.of());

  public Diarization(Integer speakers, List<String> names) {
    this(speakers, names, null);
  }

  /**
   * Expects {@code speakers} voices, as for a pair's session, but follows the audio when it clearly
   * holds more (a guest joined) or plainly only one (the other microphone was muted).
   */
  public static Diarization expecting(int speakers) {
    return new Diarization(null, List.of(), speakers);
  }

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
    if (expected != null && (expected < 1 || expected > MAX_ESTIMATED)) {
      throw new IllegalArgumentException("expected speakers must be 1 to " + MAX_ESTIMATED);
    }
    if (speakers != null) {
      expected = null;
    }
  }

  public Diarization named(List<String> names) {
    return names.isEmpty() ? this : new Diarization(speakers, names, expected);
  }

  /** The label of the n-th voice (0-based) in order of first speech. */
  public String label(int n) {
    return n < names.size() ? names.get(n) : "Speaker " + (n + 1);
  }
}
