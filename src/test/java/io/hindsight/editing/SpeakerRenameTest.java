package io.hindsight.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import io.hindsight.transcribe.Segment;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpeakerRenameTest {

  static final Transcript MIXED =
      new Transcript(
          4,
          List.of(
              new Word("hi", 0, 0.5, 0.9, "Speaker 1"),
              new Word("hello", 1, 1.5, 0.9, "Speaker 2"),
              new Word("bye", 2, 2.5, 0.9, "Speaker 1")),
          List.of(
              new Segment(0, 0.5, "hi", "Speaker 1"),
              new Segment(1, 1.5, "hello", "Speaker 2"),
              new Segment(2, 2.5, "bye", "Speaker 1")),
          3);

  @Test
  void renamesEveryWordAndSegmentAndKeepsTimesAndVersion() {
    Map<String, String> changes =
        SpeakerRename.check(MIXED, Map.of("Speaker 1", " Sarah Miller ", "Speaker 2", "Speaker 2"));
    assertEquals(Map.of("Speaker 1", "Sarah Miller"), changes);
    Transcript renamed = SpeakerRename.apply(MIXED, changes);
    assertEquals(
        List.of("Sarah Miller", "Speaker 2", "Sarah Miller"),
        renamed.words().stream().map(Word::speaker).toList());
    assertEquals(
        List.of("Sarah Miller", "Speaker 2", "Sarah Miller"),
        renamed.segments().stream().map(Segment::speaker).toList());
    assertEquals(1.0, renamed.words().get(1).start());
    assertEquals(3, renamed.version());
    assertEquals("renamed Speaker 1 to Sarah Miller", SpeakerRename.summary(changes));
  }

  @Test
  void twoLabelsGivenOneNameBecomeOneSpeaker() {
    Transcript merged =
        SpeakerRename.apply(
            MIXED, SpeakerRename.check(MIXED, Map.of("Speaker 1", "Ann", "Speaker 2", "Ann")));
    assertTrue(merged.words().stream().allMatch(w -> w.speaker().equals("Ann")));
  }

  @Test
  void badRequestsSayWhatIsWrong() {
    assertThrows(HindsightException.class, () -> SpeakerRename.check(MIXED, Map.of()));
    HindsightException unknown =
        assertThrows(
            HindsightException.class, () -> SpeakerRename.check(MIXED, Map.of("Bo", "Ann")));
    assertTrue(unknown.getMessage().contains("Speaker 1, Speaker 2"), unknown.getMessage());
    Transcript unlabelled = Transcript.of(1, List.of(new Word("hi", 0, 0.5, 0.9, null)));
    HindsightException none =
        assertThrows(
            HindsightException.class,
            () -> SpeakerRename.check(unlabelled, Map.of("Speaker 1", "Ann")));
    assertTrue(none.getMessage().contains("no speaker labels"), none.getMessage());
  }
}
