package io.hindsight.excerpt;

import io.hindsight.HindsightException;
import io.hindsight.media.TimeSpan;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.TranscriptFormat;
import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * An excerpt's words with some of them redacted, and what is derived from that for sharing: the
 * text, the spans of sound to cover, and the captions. Whatever a viewer gets comes from {@link
 * #sharedWords()}, so text and captions always hide the same words.
 *
 * @param range the excerpt, in seconds of the recording
 * @param words the words heard in {@code range}, in order; see {@link #wordsIn}
 * @param redacted indexes into {@code words} of the words to hide
 */
public record Redaction(TimeSpan range, List<Word> words, SortedSet<Integer> redacted) {

  /** What a viewer reads in place of each run of redacted words. */
  public static final String MARK = "[redacted]";

  /**
   * Sound covered on each side of a redacted word. Recognizers place word edges only to within a
   * few hundredths of a second, and a clipped first or last sound can give a word away.
   */
  public static final double PADDING_SECONDS = 0.08;

  public Redaction {
    Objects.requireNonNull(range, "range");
    words = List.copyOf(words);
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (!range.overlaps(word.start(), word.end())) {
        throw HindsightException.badInput(
            "the word '" + word.word() + "' lies outside the excerpt");
      }
    }
    SortedSet<Integer> indexes = new TreeSet<>(redacted);
    if (!indexes.isEmpty() && (indexes.first() < 0 || indexes.last() >= words.size())) {
      throw HindsightException.badInput("a redacted word index is outside the excerpt's words");
    }
    redacted = Collections.unmodifiableSortedSet(indexes);
  }

  public static Redaction of(List<Word> words, TimeSpan range, Set<Integer> redacted) {
    return new Redaction(range, words, new TreeSet<>(redacted));
  }

  /**
   * The words of a transcript heard in {@code range}, including words cut by its edges: a word only
   * partly in the clip is still partly audible, so it must be there to be redacted.
   */
  public static List<Word> wordsIn(List<Word> transcriptWords, TimeSpan range) {
    return transcriptWords.stream()
        .filter(w -> range.overlaps(w.start(), w.end()))
        .sorted(Comparator.comparingDouble(Word::start))
        .toList();
  }

  /** The text to share: words separated by spaces, each run of redacted words one {@link #MARK}. */
  public String text() {
    return String.join(" ", sharedWords().stream().map(Word::word).toList());
  }

  /**
   * The sound to cover, in seconds of the recording: each redacted word padded by {@link
   * #PADDING_SECONDS} on both sides, overlapping or touching spans merged, all within {@link
   * #range}. In order, not overlapping.
   */
  public List<TimeSpan> spans() {
    List<TimeSpan> spans = new ArrayList<>();
    for (int i : redacted) {
      Word word = words.get(i);
      new TimeSpan(word.start(), word.end())
          .padded(PADDING_SECONDS)
          .within(range)
          .ifPresent(spans::add);
    }
    return TimeSpan.union(spans);
  }

  /**
   * The words as viewers get them, timed from the start of the clip: each run of redacted words is
   * one {@link #MARK} word spanning the run, and speakers are "Speaker 1", "Speaker 2" in order of
   * appearance, because a track's label is often a person's name.
   */
  public List<Word> sharedWords() {
    Map<String, String> speakers = new HashMap<>();
    List<Word> shared = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      Word first = words.get(i);
      int end = i + 1;
      String text = first.word();
      double conf = first.conf();
      if (redacted.contains(i)) {
        while (end < words.size() && redacted.contains(end)) {
          end++;
        }
        text = MARK;
        conf = 1.0;
      }
      double start = Math.max(first.start(), range.start()) - range.start();
      double stop = Math.min(words.get(end - 1).end(), range.end()) - range.start();
      String speaker =
          first.speaker() == null
              ? null
              : speakers.computeIfAbsent(first.speaker(), s -> "Speaker " + (speakers.size() + 1));
      shared.add(new Word(text, start, Math.max(start, stop), conf, speaker));
      i = end;
    }
    return List.copyOf(shared);
  }

  /** {@link #sharedWords()} as a transcript of the clip, for any {@link TranscriptFormat}. */
  public Transcript sharedTranscript() {
    return Transcript.of(range.duration(), sharedWords());
  }

  /** The clip's WebVTT captions, from the redacted words, timed from the clip's start. */
  public String captions() {
    return TranscriptFormat.VTT.render(sharedTranscript());
  }
}
