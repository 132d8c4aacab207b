package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmenterTest {

  private static Word w(String text, double start, double end) {
    return new Word(text, start, end, 1.0, null);
  }

  @Test
  void splitsAtPausesOfAboutSevenTenthsOfASecond() {
    List<Segment> segments =
        Segmenter.DEFAULT.segment(
            List.of(
                w("hello", 0.0, 0.4),
                w("there", 0.5, 0.9),
                w("next", 1.7, 2.0),
                w("one", 2.1, 2.3)));

    assertEquals(2, segments.size());
    assertEquals(new Segment(0.0, 0.9, "hello there", null), segments.get(0));
    assertEquals(new Segment(1.7, 2.3, "next one", null), segments.get(1));
  }

  @Test
  void capsSegmentsAtTwentyFiveWords() {
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      words.add(w("w" + i, i * 0.3, i * 0.3 + 0.2));
    }
    List<Segment> segments = Segmenter.DEFAULT.segment(words);

    assertEquals(
        List.of(25, 25, 10), segments.stream().map(s -> s.text().split(" ").length).toList());
  }

  @Test
  void neverMixesSpeakersEvenWhenTheyOverlap() {
    List<Word> words =
        List.of(
            new Word("so", 0.0, 0.2, 1, "Ann"),
            new Word("yes", 0.1, 0.3, 1, "Bo"),
            new Word("what", 0.3, 0.5, 1, "Ann"),
            new Word("right", 0.4, 0.6, 1, "Bo"));

    List<Segment> segments = Segmenter.DEFAULT.segment(words);

    assertEquals(
        List.of(new Segment(0.0, 0.5, "so what", "Ann"), new Segment(0.1, 0.6, "yes right", "Bo")),
        segments);
  }

  @Test
  void noWordsGiveNoSegments() {
    assertEquals(List.of(), Segmenter.DEFAULT.segment(List.of()));
  }

  @Test
  void inTurnsEndsASegmentAtEveryChangeOfSpeaker() {
    List<Word> words =
        List.of(
            w("so", 0.0, 0.3).spokenBy("A"),
            w("then", 0.4, 0.7).spokenBy("A"),
            w("yeah", 0.8, 1.0).spokenBy("B"),
            w("we", 1.1, 1.3).spokenBy("A"),
            w("go", 1.4, 1.6).spokenBy("A"));

    assertEquals(
        List.of(
            new Segment(0.0, 0.7, "so then", "A"),
            new Segment(0.8, 1.0, "yeah", "B"),
            new Segment(1.1, 1.6, "we go", "A")),
        Segmenter.DEFAULT.inTurns(words));
  }
}
