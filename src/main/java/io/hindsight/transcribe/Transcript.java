package io.hindsight.transcribe;

import java.util.List;

/**
 * Everything recognized in one recording. The saved JSON of this record is the source of truth.
 *
 * @param version 1 for the recognized text; each saved correction is the next version
 */
public record Transcript(
    double durationSeconds, List<Word> words, List<Segment> segments, int version) {

  public Transcript {
    words = List.copyOf(words);
    segments = List.copyOf(segments);
    // Files written before versions existed have none: they hold the recognized text.
    version = Math.max(1, version);
  }

  public Transcript(double durationSeconds, List<Word> words, List<Segment> segments) {
    this(durationSeconds, words, segments, 1);
  }

  public Transcript withVersion(int number) {
    return new Transcript(durationSeconds, words, segments, number);
  }

  public static Transcript of(double durationSeconds, List<Word> words) {
    return new Transcript(durationSeconds, words, Segmenter.DEFAULT.segment(words));
  }

  /** The words that fall inside a segment, in order. */
  public List<Word> wordsOf(Segment segment) {
    return words.stream()
        .filter(w -> w.start() >= segment.start() - 1e-6 && w.end() <= segment.end() + 1e-6)
        .filter(w -> java.util.Objects.equals(w.speaker(), segment.speaker()))
        .toList();
  }

  /** The same words and segments with speakers renamed ({@code old -> new}); others stay. */
  public Transcript withSpeakersRenamed(java.util.Map<String, String> names) {
    java.util.function.UnaryOperator<String> rename =
        s -> s == null ? null : names.getOrDefault(s, s);
    return new Transcript(
        durationSeconds,
        words.stream().map(w -> w.spokenBy(rename.apply(w.speaker()))).toList(),
        segments.stream()
            .map(s -> new Segment(s.start(), s.end(), s.text(), rename.apply(s.speaker())))
            .toList(),
        version);
  }
}
