package io.hindsight.search;

import io.hindsight.transcribe.Segment;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The words of each segment, found by a binary search in the speaker's words rather than a scan of
 * the whole transcript per segment ({@link Transcript#wordsOf}), which made indexing a long
 * recording quadratic.
 */
final class SegmentWords {

  private static final double SLACK = 1e-6;

  private final Map<String, List<Word>> bySpeaker;
  private final boolean alternatives;

  private SegmentWords(Map<String, List<Word>> bySpeaker, boolean alternatives) {
    this.bySpeaker = bySpeaker;
    this.alternatives = alternatives;
  }

  static SegmentWords of(Transcript transcript) {
    Map<String, List<Word>> bySpeaker = new HashMap<>();
    boolean alternatives = false;
    for (Word word : transcript.words()) {
      bySpeaker.computeIfAbsent(String.valueOf(word.speaker()), k -> new ArrayList<>()).add(word);
      alternatives |= !word.alternatives().isEmpty();
    }
    bySpeaker.values().forEach(words -> words.sort(Comparator.comparingDouble(Word::start)));
    return new SegmentWords(bySpeaker, alternatives);
  }

  /** Whether any word has an alternative: without any, segments need no words. */
  boolean hasAlternatives() {
    return alternatives;
  }

  /** As {@link Transcript#wordsOf}: the speaker's words inside the segment, in order. */
  List<Word> of(Segment segment) {
    List<Word> words = bySpeaker.getOrDefault(String.valueOf(segment.speaker()), List.of());
    int low = 0;
    int high = words.size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (words.get(mid).start() < segment.start() - SLACK) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    List<Word> inside = new ArrayList<>();
    for (int i = low; i < words.size() && words.get(i).start() <= segment.end() + SLACK; i++) {
      Word w = words.get(i);
      if (w.end() <= segment.end() + SLACK && Objects.equals(w.speaker(), segment.speaker())) {
        inside.add(w);
      }
    }
    return inside;
  }
}
