package io.hindsight.transcribe;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Caption cues that read well: at most two lines of about 42 characters and about 7 seconds each,
 * in start order, never crossing a segment (so never mixing speakers).
 */
public final class Captions {

  static final int MAX_LINE_CHARS = 42;
  static final int MAX_LINES = 2;
  static final double MAX_CUE_SECONDS = 7.0;

  /** One caption. {@code lines} are already wrapped. */
  public record Cue(double start, double end, List<String> lines, String speaker) {}

  private Captions() {}

  public static List<Cue> cues(Transcript transcript) {
    List<Cue> cues = new ArrayList<>();
    for (Segment segment : transcript.segments()) {
      List<Word> words = transcript.wordsOf(segment);
      if (words.isEmpty()) {
        continue;
      }
      List<Word> current = new ArrayList<>();
      for (Word word : words) {
        if (!current.isEmpty() && !fits(current, word)) {
          cues.add(toCue(current));
          current.clear();
        }
        current.add(word);
      }
      cues.add(toCue(current));
    }
    cues.sort(Comparator.comparingDouble(Cue::start));
    return cues;
  }

  private static boolean fits(List<Word> current, Word next) {
    if (next.end() - current.get(0).start() > MAX_CUE_SECONDS) {
      return false;
    }
    List<String> texts = new ArrayList<>();
    current.forEach(w -> texts.add(w.shown()));
    texts.add(next.shown());
    return wrap(texts).size() <= MAX_LINES;
  }

  private static Cue toCue(List<Word> words) {
    List<String> texts = words.stream().map(Word::shown).toList();
    Word first = words.get(0);
    double end = Math.max(words.get(words.size() - 1).end(), first.start() + 0.1);
    return new Cue(first.start(), end, wrap(texts), first.speaker());
  }

  /** Greedy line filling; a single over-long word still gets a line of its own. */
  static List<String> wrap(List<String> words) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : words) {
      if (line.length() > 0 && line.length() + 1 + word.length() > MAX_LINE_CHARS) {
        lines.add(line.toString());
        line.setLength(0);
      }
      if (line.length() > 0) {
        line.append(' ');
      }
      line.append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }

  /** {@code HH:MM:SS.mmm} for WebVTT, {@code HH:MM:SS,mmm} for SRT. */
  static String timestamp(double seconds, char millisSeparator) {
    long millis = Math.round(Math.max(0, seconds) * 1000);
    return String.format(
        Locale.ROOT,
        "%02d:%02d:%02d%c%03d",
        millis / 3_600_000,
        millis / 60_000 % 60,
        millis / 1000 % 60,
        millisSeparator,
        millis % 1000);
  }
}
