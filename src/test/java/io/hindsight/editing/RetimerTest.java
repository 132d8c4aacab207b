package io.hindsight.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class RetimerTest {

  private static final List<Word> OLD =
      List.of(
          new Word("we", 0.0, 0.5, 0.9, null),
          new Word("met", 0.5, 1.0, 0.8, null),
          new Word("jon", 1.0, 2.0, 0.4, null),
          new Word("today", 2.0, 3.0, 0.9, null));

  private static List<Word> retime(String text) {
    return Retimer.retime(OLD, TranscriptEdits.tokens(text), null, 0.0, 3.0);
  }

  @Test
  void unchangedWordsKeepTheirTimesAndAChangedOneTakesTheSpanItReplaces() {
    List<Word> words = retime("we met John today");
    assertSame(OLD.get(0), words.get(0));
    assertSame(OLD.get(3), words.get(3));
    Word john = words.get(2);
    assertEquals("John", john.word());
    assertEquals(1.0, john.start());
    assertEquals(2.0, john.end());
    assertEquals(1.0, john.conf());
    assertTrue(john.edited());
    assertFalse(words.get(1).edited());
  }

  @Test
  void insertedWordsShareTheReplacedSpanByLength() {
    List<Word> words = retime("we met jon smith-jones today");
    assertEquals(5, words.size());
    // "jon" differs only by case rules? no: it is kept, and the inserted word gets the gap after
    // it.
    assertSame(OLD.get(2), words.get(2));
    assertEquals("smith-jones", words.get(3).word());
    assertEquals(2.0, words.get(3).start());
    assertEquals(2.0, words.get(3).end());

    List<Word> split = retime("we met jo n today");
    assertEquals(1.0, split.get(2).start());
    assertEquals(split.get(2).end(), split.get(3).start());
    assertEquals(2.0, split.get(3).end());
    assertTrue(split.get(2).end() - 1.0 > split.get(3).end() - split.get(3).start());
  }

  @Test
  void aCaseOnlyChangeKeepsTheTimeButIsMarkedEdited() {
    Word jon = retime("we met Jon today").get(2);
    assertEquals("Jon", jon.word());
    assertEquals(1.0, jon.start());
    assertEquals(2.0, jon.end());
    assertTrue(jon.edited());
  }

  @Test
  void anAllNewTextSpreadsOverTheWholeSegment() {
    List<Word> words = retime("hello there");
    assertEquals(0.0, words.get(0).start());
    assertEquals(3.0, words.get(1).end());
  }

  @Test
  void editsAreCheckedBeforeAnythingChanges() {
    Transcript t = Transcript.of(3.0, OLD);
    assertThrows(
        HindsightException.class,
        () ->
            TranscriptEdits.apply(t, List.of(SegmentEdit.text(0, "ok"), SegmentEdit.text(1, "x"))));
    Transcript removed = TranscriptEdits.apply(t, List.of(new SegmentEdit(0, null, true)));
    assertEquals(0, removed.segments().size());
    assertEquals(0, removed.words().size());
  }

  @Test
  void replacementMatchesWholeWordsIgnoringCase() {
    Transcript t = Transcript.of(3.0, OLD);
    assertEquals(1, new Replacement("JON", "John", true).count(t));
    assertEquals(0, new Replacement("jo", "John", true).count(t));
    assertEquals(1, new Replacement("jo", "John", false).count(t));
    Transcript replaced = TranscriptEdits.apply(t, new Replacement("jon", "John", true).edits(t));
    assertEquals("we met John today", replaced.segments().get(0).text());
  }
}
