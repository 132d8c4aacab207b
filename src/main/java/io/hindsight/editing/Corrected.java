package io.hindsight.editing;

import io.hindsight.recording.Recording;
import java.util.List;

/** A member's save corrected words of a recording; the pair's own words learn from it. */
public record Corrected(Recording recording, List<Correction> corrections) {

  public Corrected {
    corrections = List.copyOf(corrections);
  }
}
