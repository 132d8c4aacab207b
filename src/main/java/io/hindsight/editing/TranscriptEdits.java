package io.hindsight.editing;

import io.hindsight.HindsightException;
import io.hindsight.transcribe.Segment;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/** Applies segment edits to a transcript, checking them first so that a bad one changes nothing. */
final class TranscriptEdits {

  static final int MAX_TEXT = 2_000;
  static final int MAX_EDITS = 10_000;

  private TranscriptEdits() {}

  static Transcript apply(Transcript transcript, List<SegmentEdit> edits) {
    check(transcript, edits);
    List<Segment> segments = transcript.segments();
    Set<Word> replaced = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Word> added = new ArrayList<>();
    Segment[] changed = segments.toArray(new Segment[0]);
    for (SegmentEdit edit : edits) {
      Segment segment = segments.get(edit.segment());
      List<Word> old = transcript.wordsOf(segment);
      replaced.addAll(old);
      if (edit.deletes()) {
        changed[edit.segment()] = null;
        continue;
      }
      List<String> tokens = tokens(edit.text());
      List<Word> words =
          Retimer.retime(old, tokens, segment.speaker(), segment.start(), segment.end());
      added.addAll(words);
      changed[edit.segment()] =
          new Segment(
              words.get(0).start(),
              words.get(words.size() - 1).end(),
              String.join(" ", tokens),
              segment.speaker());
    }
    List<Word> words = new ArrayList<>();
    for (Word word : transcript.words()) {
      if (!replaced.contains(word)) {
        words.add(word);
      }
    }
    words.addAll(added);
    words.sort(Comparator.comparingDouble(Word::start));
    List<Segment> kept = Arrays.stream(changed).filter(s -> s != null).toList();
    return new Transcript(transcript.durationSeconds(), words, kept, transcript.version());
  }

  private static void check(Transcript transcript, List<SegmentEdit> edits) {
    if (edits == null || edits.isEmpty()) {
      throw HindsightException.badInput(
          "send at least one edit, like {\"segment\": 0, \"text\": \"...\"}");
    }
    if (edits.size() > MAX_EDITS) {
      throw HindsightException.badInput("send at most " + MAX_EDITS + " edits at once");
    }
    int count = transcript.segments().size();
    Set<Integer> seen = new HashSet<>();
    for (SegmentEdit edit : edits) {
      if (edit == null || edit.segment() == null) {
        throw HindsightException.badInput("each edit needs a segment number");
      }
      int n = edit.segment();
      if (n < 0 || n >= count) {
        throw HindsightException.badInput(
            "there is no segment " + n + ": this transcript has segments 0 to " + (count - 1));
      }
      if (!seen.add(n)) {
        throw HindsightException.badInput("segment " + n + " is edited twice; send it once");
      }
      if (edit.deletes()) {
        continue;
      }
      if (edit.text() != null && edit.text().length() > MAX_TEXT) {
        throw HindsightException.badInput(
            "the text of segment " + n + " is over " + MAX_TEXT + " characters; split it");
      }
      if (edit.text() == null || edit.text().isBlank()) {
        throw HindsightException.badInput(
            "segment "
                + n
                + " would have no words, but its words have times; to remove it, send"
                + " {\"segment\": "
                + n
                + ", \"delete\": true}");
      }
    }
  }

  static List<String> tokens(String text) {
    return Arrays.stream(text.strip().split("\\s+")).filter(t -> !t.isEmpty()).toList();
  }

  static String summary(List<SegmentEdit> edits) {
    List<Integer> numbers = edits.stream().map(SegmentEdit::segment).sorted().toList();
    boolean deletes = edits.stream().allMatch(SegmentEdit::deletes);
    String verb = deletes ? "removed" : "edited";
    return verb
        + (numbers.size() == 1 ? " segment " : " segments ")
        + String.join(", ", numbers.stream().map(String::valueOf).toList());
  }
}
