package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DisplayCasingTest {

  private static final List<String> MEMBERS = List.of("Sarah Miller", "David Brown", "Will May");
  private static final List<String> OUR_WORDS =
      List.of("iPhone", "Hindsight", "New York Times", "O'Brien", "ACME Corp");

  /**
   * Words as spoken: "|" is a long pause (a new segment), "~" a new segment of the same speaker
   * with no pause (an over-long utterance cut in two).
   */
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = ';',
      value = {
        "hello there; Hello there.",
        "hello there | how are you; Hello there. How are you.",
        "i think i'm late and i've said i'll go if i'd known; "
            + "I think I'm late and I've said I'll go if I'd known.",
        "ask sarah and david miller; Ask Sarah and David Miller.",
        "sarah's idea; Sarah's idea.",
        "will you ask may; Will you ask may.",
        "my iphone; My iPhone.",
        "iphone first; iPhone first.",
        "we use hindsight daily; We use Hindsight daily.",
        "the new york times said; The New York Times said.",
        "the new york office; The new york office.",
        "ask o'brien; Ask O'Brien.",
        "acme corp hired acme; ACME Corp hired acme.",
        "and then we ~ went home; And then we went home.",
        "is it done? ~ yes it is; Is it done? Yes it is.",
        "what's this? i know; What's this? I know.",
        "John said no; John said no.",
        "we met JOHN, i think; We met JOHN, I think.",
        "it is (sarah, really); It is (Sarah, really).",
        "we said 42; We said 42.",
        "next friday in june or may; Next Friday in June or may.",
        "friday's deadline; Friday's deadline.",
      })
  void readsLikeWrittenText(String spoken, String shown) {
    Transcript t = DisplayCasing.of(MEMBERS, OUR_WORDS).apply(transcript(spoken, null));
    assertEquals(shown, t.segments().stream().map(Segment::shown).collect(Collectors.joining(" ")));
  }

  @Test
  void speakersNamesAreNamesButSpeakerNumbersAreNot() {
    Transcript t =
        DisplayCasing.of(List.of(), List.of()).apply(transcript("ann met a speaker", "Ann"));
    assertEquals("Ann met a speaker.", t.segments().get(0).shown());
    Transcript numbered =
        DisplayCasing.of(List.of(), List.of()).apply(transcript("the speaker spoke", "Speaker 1"));
    assertEquals("The speaker spoke.", numbered.segments().get(0).shown());
  }

  @Test
  void aDisplayFormIsOnlyThereWhereItDiffersAndTheWordStaysAsRecognized() {
    Transcript t =
        DisplayCasing.of(MEMBERS, List.of()).apply(transcript("hello sarah how are you", null));
    List<Word> words = t.words();
    assertEquals("hello", words.get(0).word());
    assertEquals("Hello", words.get(0).display());
    assertEquals("Sarah", words.get(1).display());
    assertNull(words.get(2).display());
    assertEquals("you.", words.get(4).display());
    assertEquals("hello sarah how are you", t.segments().get(0).text());
    assertEquals("Hello Sarah how are you.", t.segments().get(0).display());
  }

  @Test
  void aTranscriptThatAlreadyReadsWellGetsNoDisplayForms() {
    Transcript t = DisplayCasing.of(List.of(), List.of()).apply(transcript("Done.", null));
    assertNull(t.words().get(0).display());
    assertNull(t.segments().get(0).display());
    String json = TranscriptFormat.JSON.render(t);
    assertFalse(json.contains("display") || json.contains("shown"), json);
  }

  @Test
  void twoSpeakersTakingTurnsEachStartASentence() {
    List<Word> words = new ArrayList<>(transcript("are you ready", "Ann").words());
    double at = words.get(words.size() - 1).end() + 0.2;
    words.add(new Word("yes", at, at + 0.3, 1, "Bo"));
    words.add(new Word("i", at + 0.4, at + 0.5, 1, "Ann"));
    Transcript t =
        DisplayCasing.of(List.of(), List.of())
            .apply(new Transcript(10, words, Segmenter.DEFAULT.inTurns(words)));
    assertEquals(
        List.of("Are you ready.", "Yes.", "I."),
        t.segments().stream().map(Segment::shown).toList());
  }

  @Test
  void eachSegmentShowsExactlyItsOwnWordsOnTwoOverlappingTracks() {
    List<Word> words = new ArrayList<>();
    java.util.Random random = new java.util.Random(7);
    for (String speaker : List.of("Ann", "Bo")) {
      double at = speaker.equals("Bo") ? 0.35 : 0;
      for (int i = 0; i < 2_000; i++) {
        double length = 0.1 + random.nextDouble() * 0.5;
        words.add(new Word(i % 7 == 0 ? "i" : "w" + i, at, at + length, 0.9, speaker));
        at += length + random.nextDouble() * (i % 5 == 0 ? 1.5 : 0.3);
      }
    }
    words.sort(java.util.Comparator.comparingDouble(Word::start));
    Transcript t = DisplayCasing.of(List.of(), List.of()).apply(Transcript.of(3_000, words));
    assertEquals(words.size(), t.words().size());
    for (Segment segment : t.segments()) {
      assertEquals(
          segment.shown(),
          t.wordsOf(segment).stream().map(Word::shown).collect(Collectors.joining(" ")));
      assertEquals(
          segment.text(),
          t.wordsOf(segment).stream().map(Word::word).collect(Collectors.joining(" ")));
    }
  }

  /** Words 0.3 s long, 0.1 s apart; "|" a 1 s pause; "~" a segment cut without a pause. */
  private static Transcript transcript(String spoken, String speaker) {
    List<Word> words = new ArrayList<>();
    List<Segment> segments = new ArrayList<>();
    double at = 0;
    for (String part : spoken.split("(?=[|~])|(?<=[|~])")) {
      if (part.equals("|")) {
        at += 1.0;
        continue;
      }
      if (part.equals("~")) {
        continue;
      }
      List<Word> own = new ArrayList<>();
      for (String w : Arrays.stream(part.strip().split(" ")).filter(s -> !s.isEmpty()).toList()) {
        own.add(new Word(w, at, at + 0.3, 0.9, speaker));
        at += 0.4;
      }
      words.addAll(own);
      segments.add(
          new Segment(
              own.get(0).start(),
              own.get(own.size() - 1).end(),
              own.stream().map(Word::word).collect(Collectors.joining(" ")),
              speaker));
    }
    return new Transcript(at + 1, words, segments);
  }
}
