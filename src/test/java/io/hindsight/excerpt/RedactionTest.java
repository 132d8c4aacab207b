package io.hindsight.excerpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import io.hindsight.media.TimeSpan;
import io.hindsight.transcribe.Word;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RedactionTest {

  private static final double EPS = 1e-9;

  /** "hi david call five five at nine" spoken from 10.0 s, one word per 0.5 s, by two people. */
  private static final List<Word> WORDS =
      List.of(
          new Word("hi", 10.0, 10.3, 1, "Sarah"),
          new Word("david", 10.5, 10.9, 1, "Sarah"),
          new Word("call", 11.0, 11.3, 1, "Sarah"),
          new Word("five", 11.5, 11.8, 1, "Sarah"),
          new Word("five", 11.85, 12.2, 1, "Sarah"),
          new Word("at", 13.5, 13.7, 1, "David"),
          new Word("nine", 13.8, 14.2, 1, "David"));

  private static final TimeSpan RANGE = new TimeSpan(10.0, 15.0);

  @Test
  void eachRunOfRedactedWordsIsOneMark() {
    Redaction redaction = Redaction.of(WORDS, RANGE, Set.of(1, 3, 4, 6));
    assertEquals("hi [redacted] call [redacted] at [redacted]", redaction.text());
  }

  @Test
  void nothingRedactedKeepsTheText() {
    assertEquals("hi david call five five at nine", Redaction.of(WORDS, RANGE, Set.of()).text());
  }

  @Test
  void spansArePaddedMergedAndInRecordingTime() {
    Redaction redaction = Redaction.of(WORDS, RANGE, Set.of(1, 3, 4));
    List<TimeSpan> spans = redaction.spans();
    assertEquals(2, spans.size());
    assertSpan(10.42, 10.98, spans.get(0));
    // "five five" overlap once padded: one span from the first's start to the second's end.
    assertSpan(11.42, 12.28, spans.get(1));
  }

  @Test
  void paddingsThatTouchAreMerged() {
    List<Word> words = List.of(new Word("a", 1.0, 1.2, 1, null), new Word("b", 1.36, 1.5, 1, null));
    List<TimeSpan> spans = Redaction.of(words, new TimeSpan(0, 3), Set.of(0, 1)).spans();
    assertEquals(1, spans.size());
    assertSpan(0.92, 1.58, spans.get(0));
  }

  @Test
  void spansStayInsideTheExcerpt() {
    Redaction redaction = Redaction.of(WORDS, new TimeSpan(10.05, 14.1), Set.of(0, 6));
    List<TimeSpan> spans = redaction.spans();
    assertSpan(10.05, 10.38, spans.get(0));
    assertSpan(13.72, 14.1, spans.get(1));
  }

  @Test
  void sharedWordsAreInClipTimeWithAnonymousSpeakers() {
    List<Word> shared = Redaction.of(WORDS, RANGE, Set.of(3, 4)).sharedWords();
    assertEquals(6, shared.size());
    Word mark = shared.get(3);
    assertEquals(Redaction.MARK, mark.word());
    assertEquals(1.5, mark.start(), EPS);
    assertEquals(2.2, mark.end(), EPS);
    assertEquals("Speaker 1", shared.get(0).speaker());
    assertEquals("Speaker 2", shared.get(5).speaker());
  }

  @Test
  void wordsCutByTheRangeAreClampedToTheClip() {
    List<Word> shared = Redaction.of(WORDS, new TimeSpan(10.1, 14.0), Set.of(0)).sharedWords();
    assertEquals(0.0, shared.get(0).start(), EPS);
    assertEquals(0.2, shared.get(0).end(), EPS);
    assertEquals(3.9, shared.get(shared.size() - 1).end(), EPS);
  }

  @Test
  void captionsAreTheRedactedTextInClipTime() {
    String vtt = Redaction.of(WORDS, RANGE, Set.of(1, 3, 4, 6)).captions();
    assertEquals(
        """
        WEBVTT

        00:00:00.000 --> 00:00:02.200
        <v Speaker 1>hi [redacted] call [redacted]

        00:00:03.500 --> 00:00:04.200
        <v Speaker 2>at [redacted]

        """,
        vtt);
  }

  @Test
  void captionsHoldNoRedactedWordNorSpeakerName() {
    String vtt = Redaction.of(WORDS, RANGE, Set.of(1, 3, 4, 6)).captions();
    for (String leaked : List.of("david", "five", "nine", "Sarah", "David")) {
      assertFalse(
          Pattern.compile("\\b" + leaked + "\\b").matcher(vtt).find(), leaked + " in\n" + vtt);
    }
  }

  @Test
  void wordsInIncludesWordsCutByTheEdges() {
    List<Word> inside = Redaction.wordsIn(WORDS, new TimeSpan(10.2, 11.6));
    assertEquals(List.of("hi", "david", "call", "five"), inside.stream().map(Word::word).toList());
  }

  @Test
  void rejectsIndexesAndWordsOutsideTheExcerpt() {
    assertThrows(HindsightException.class, () -> Redaction.of(WORDS, RANGE, Set.of(7)));
    assertThrows(HindsightException.class, () -> Redaction.of(WORDS, RANGE, Set.of(-1)));
    assertThrows(HindsightException.class, () -> Redaction.of(WORDS, new TimeSpan(0, 5), Set.of()));
  }

  @Test
  void suggestionsFeedARedaction() {
    RedactionSuggester suggester = new RedactionSuggester(List.of("David Brown"), List.of());
    Redaction redaction =
        Redaction.of(WORDS, RANGE, SuggestedRedaction.wordIndexes(suggester.suggest(WORDS)));
    assertTrue(redaction.text().startsWith("hi [redacted] call"), redaction.text());
  }

  private static void assertSpan(double start, double end, TimeSpan span) {
    assertEquals(start, span.start(), EPS, "start of " + span);
    assertEquals(end, span.end(), EPS, "end of " + span);
  }
}
