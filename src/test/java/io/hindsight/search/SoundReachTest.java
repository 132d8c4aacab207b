package io.hindsight.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sound reach beyond a word's own keys: a word heard as two, and a long stem one letter off.
 */
class SoundReachTest {

  @TempDir Path dir;
  private TranscriptIndex index;

  @BeforeEach
  void setUp() {
    index = TranscriptIndex.open(dir);
    index.index(
        new IndexedRecording(
            "aaaaaaaaaaaaaaaa",
            "ann-bo",
            "Week 1",
            null,
            NearMatchTest.says(
                "Ann",
                "we keep the run books in the wiki",
                "the terraforn plan failed",
                "a kit was on the table",
                "the cater came late")));
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  private SearchResult search(String query) {
    return new TranscriptSearcher(index).search(SearchRequest.of(query, "ann-bo", 10));
  }

  @Test
  void aWordTheRecognizerSplitInTwoIsFoundBySoundAndMarkedInTheText() {
    SearchResult result = search("runbooks");

    assertEquals(1, result.total());
    SearchHit hit = result.hits().get(0);
    assertEquals(SearchHit.SOUND, hit.match());
    assertEquals(0.0, hit.startSeconds());
    assertEquals("we keep the <mark>run books</mark> in the wiki", SearchResultJson.snippet(hit));
  }

  @Test
  void twoWordsThatAreNotSideBySideDoNotMakeOne() {
    assertEquals(0, search("keepbooks").total());
  }

  @Test
  void aLongStemOneLetterOffIsFoundBySound() {
    SearchResult result = search("terraform");

    assertEquals(1, result.total());
    assertEquals(SearchHit.SOUND, result.hits().get(0).match());
    assertEquals(
        "the <mark>terraforn</mark> plan failed", SearchResultJson.snippet(result.hits().get(0)));
  }

  @Test
  void shortWordsAreNotFoundBySoundOrByOneLetter() {
    // "cat" sounds like "kit", and "later" is one letter from "cater": other words, not
    // mishearings.
    assertEquals(0, search("cat").total());
    assertEquals(0, search("later").total());
  }

  @Test
  void aLongStemWithAnotherFirstLetterIsAnotherWord() {
    assertEquals(0, search("perraform").total());
  }
}
