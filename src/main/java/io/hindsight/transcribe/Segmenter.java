package io.hindsight.transcribe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Groups words into utterances: a new segment starts after a pause, when the speaker changes, or
 * when a segment grows too long to read as one search hit or caption group.
 */
public final class Segmenter {

  public static final Segmenter DEFAULT = new Segmenter(0.7, 25);

  private final double pauseSeconds;
  private final int maxWords;

  public Segmenter(double pauseSeconds, int maxWords) {
    this.pauseSeconds = pauseSeconds;
    this.maxWords = maxWords;
  }

  /**
   * Segments each speaker's words on their own, so that two people talking over each other still
   * give whole utterances, then orders all segments by start.
   */
  public List<Segment> segment(List<Word> words) {
    Map<String, List<Word>> bySpeaker = new LinkedHashMap<>();
    for (Word word : words) {
      bySpeaker.computeIfAbsent(String.valueOf(word.speaker()), k -> new ArrayList<>()).add(word);
    }
    List<Segment> segments = new ArrayList<>();
    for (List<Word> own : bySpeaker.values()) {
      segmentInOrder(own, segments);
    }
    segments.sort(Comparator.comparingDouble(Segment::start).thenComparingDouble(Segment::end));
    return segments;
  }

  /**
   * Segments the words of one mixed track whose speakers were told apart by voice: they never talk
   * at once, so a segment also ends at every change of speaker.
   */
  public List<Segment> inTurns(List<Word> words) {
    List<Segment> segments = new ArrayList<>();
    segmentInOrder(words, segments);
    return segments;
  }

  private void segmentInOrder(List<Word> words, List<Segment> segments) {
    List<Word> ordered = new ArrayList<>(words);
    ordered.sort(Comparator.comparingDouble(Word::start));
    List<Word> current = new ArrayList<>();
    for (Word word : ordered) {
      if (!current.isEmpty() && startsNewSegment(current, word)) {
        segments.add(toSegment(current));
        current.clear();
      }
      current.add(word);
    }
    if (!current.isEmpty()) {
      segments.add(toSegment(current));
    }
  }

  private boolean startsNewSegment(List<Word> current, Word next) {
    Word last = current.get(current.size() - 1);
    return current.size() >= maxWords
        || next.start() - last.end() >= pauseSeconds
        || !java.util.Objects.equals(last.speaker(), next.speaker());
  }

  private static Segment toSegment(List<Word> words) {
    StringBuilder text = new StringBuilder();
    for (Word w : words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(w.word());
    }
    Word first = words.get(0);
    Word last = words.get(words.size() - 1);
    return new Segment(first.start(), last.end(), text.toString(), first.speaker());
  }
}
