package io.hindsight.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.transcribe.Alternative;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentWordsTest {

  @Test
  void eachSegmentGetsTheWordsTranscriptWordsOfGivesIt() {
    List<Word> words =
        List.of(
            new Word("hi", 0.0, 0.3, 1, "Ann"),
            new Word("there", 0.4, 0.7, 1, "Ann"),
            new Word("yes", 0.5, 0.8, 1, "Bo"),
            new Word("later", 5.0, 5.4, 1, "Ann", false, List.of(new Alternative("letter", 0.3))),
            new Word("no", 5.2, 5.5, 1, "Bo"));
    Transcript transcript = Transcript.of(6, words);
    SegmentWords index = SegmentWords.of(transcript);

    assertTrue(index.hasAlternatives());
    assertEquals(4, transcript.segments().size());
    transcript
        .segments()
        .forEach(segment -> assertEquals(transcript.wordsOf(segment), index.of(segment)));
  }

  @Test
  void withoutAlternativesNoSegmentNeedsItsWords() {
    Transcript transcript = Transcript.of(1, List.of(new Word("hi", 0.0, 0.3, 1, null)));

    assertFalse(SegmentWords.of(transcript).hasAlternatives());
    assertEquals(
        List.of(transcript.words().get(0)),
        SegmentWords.of(transcript).of(transcript.segments().get(0)));
  }
}
