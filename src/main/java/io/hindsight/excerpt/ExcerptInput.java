package io.hindsight.excerpt;

import io.hindsight.HindsightException;
import io.hindsight.HindsightException.Kind;
import io.hindsight.media.TimeSpan;
import io.hindsight.transcribe.Word;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.DoubleSupplier;

/** Checks what a member asks of an excerpt, with a message that says what to change. */
final class ExcerptInput {

  /**
   * How far past the recording's end a range may reach and still mean "to the end": word times and
   * the container's duration differ by a fraction of a second. Further than this is refused, never
   * clamped, so a mistyped time cannot silently become a different excerpt.
   */
  static final double END_SLACK_SECONDS = 1.5;

  static final int MAX_TITLE = 200;
  static final int MAX_CONTEXT = 2000;

  private ExcerptInput() {}

  /** The range asked for, in words a member understands when it cannot be an excerpt. */
  static TimeSpan range(double start, double end, int maxSeconds, DoubleSupplier recordingSeconds) {
    if (!Double.isFinite(start) || !Double.isFinite(end)) {
      throw HindsightException.badInput("give the excerpt's From and To as times in the recording");
    }
    if (start < 0) {
      throw HindsightException.badInput("the excerpt cannot start before the recording (0:00)");
    }
    if (end <= start) {
      throw HindsightException.badInput(
          "the excerpt must end after it starts: To ("
              + TimeSpan.clock(end)
              + ") is not after From ("
              + TimeSpan.clock(start)
              + ")");
    }
    if (end - start > maxSeconds) {
      throw HindsightException.badInput(
          "an excerpt lasts at most "
              + (maxSeconds % 60 == 0
                  ? io.hindsight.Plural.count(maxSeconds / 60, "minute")
                  : TimeSpan.clock(maxSeconds))
              + "; this range is "
              + TimeSpan.clock(end - start)
              + " long");
    }
    double duration = recordingSeconds.getAsDouble();
    if (end > duration + END_SLACK_SECONDS) {
      throw HindsightException.badInput(
          "the recording is only "
              + TimeSpan.clock(duration)
              + " long; choose a range that ends by then (To is "
              + TimeSpan.clock(end)
              + ")");
    }
    return new TimeSpan(start, Math.min(end, duration));
  }

  static String title(String title) {
    if (title == null || title.isBlank()) {
      throw HindsightException.badInput("give the excerpt a title");
    }
    if (title.length() > MAX_TITLE) {
      throw HindsightException.badInput("keep the title under " + MAX_TITLE + " characters");
    }
    return title.strip();
  }

  static String context(String context) {
    String text = context == null ? "" : context.strip();
    if (text.length() > MAX_CONTEXT) {
      throw HindsightException.badInput("keep the context under " + MAX_CONTEXT + " characters");
    }
    return text;
  }

  /** The words hidden after {@code change}, of an excerpt that says {@code words}. */
  static SortedSet<Integer> redacted(
      SortedSet<Integer> before, List<Word> words, ExcerptChange change) {
    SortedSet<Integer> redacted = new TreeSet<>(before);
    redacted.addAll(RedactionSuggester.wordsMatching(words, orEmpty(change.redactWords())));
    redacted.addAll(wordIndexes(change.redactIndexes(), words.size()));
    redacted.removeAll(RedactionSuggester.wordsMatching(words, orEmpty(change.unredactWords())));
    redacted.removeAll(wordIndexes(change.unredactIndexes(), words.size()));
    return redacted;
  }

  /** Word indexes that all lie within an excerpt of {@code size} words. */
  static List<Integer> wordIndexes(List<Integer> indexes, int size) {
    for (Integer i : orEmpty(indexes)) {
      if (i == null || i < 0 || i >= size) {
        throw HindsightException.badInput("word index " + i + " is not in the excerpt");
      }
    }
    return orEmpty(indexes);
  }

  static <T> List<T> orEmpty(List<T> list) {
    return list == null ? List.of() : list;
  }

  /** The excerpt, if it is still a draft; only a draft can be changed, approved or published. */
  static Excerpt requireDraft(Excerpt excerpt, String what) {
    if (excerpt.status() != Excerpt.Status.DRAFT) {
      throw new HindsightException(
          Kind.CONFLICT,
          "this excerpt is "
              + excerpt.status().label()
              + " and can no longer be "
              + what
              + "; make a new one");
    }
    return excerpt;
  }
}
