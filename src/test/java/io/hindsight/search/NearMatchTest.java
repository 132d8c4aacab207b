package io.hindsight.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hindsight.transcribe.Alternative;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words the recognizer almost heard, found with a real Lucene index. */
class NearMatchTest {

  @TempDir Path dir;
  private TranscriptIndex index;

  /** One segment per sentence; "word|alt" gives the word an alternative. */
  static Transcript says(String speaker, String... sentences) {
    List<Word> words = new ArrayList<>();
    double t = 0;
    for (String sentence : sentences) {
      double w = t;
      for (String token : sentence.split(" ")) {
        String[] parts = token.split("\\|");
        List<Alternative> alternatives =
            parts.length > 1 ? List.of(new Alternative(parts[1], 0.3)) : List.of();
        words.add(new Word(parts[0], w, w + 0.3, 0.7, speaker, false, alternatives));
        w += 0.4;
      }
      t += 10;
    }
    return Transcript.of(t, words);
  }

  @BeforeEach
  void setUp() {
    index = TranscriptIndex.open(dir);
    index.index(
        new IndexedRecording(
            "aaaaaaaaaaaaaaaa",
            "ann-bo",
            "Week 1",
            LocalDate.of(2026, 1, 5),
            says(
                "Ann",
                "we met catherine on friday",
                "the code review|renew went well",
                "kathryn joined later")));
    index.index(
        new IndexedRecording(
            "bbbbbbbbbbbbbbbb",
            "cy-di",
            "Other pair",
            LocalDate.of(2026, 3, 1),
            says("Cy", "the budget|bucket was tight", "my katharine called")));
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  private static SearchResult search(TranscriptSearcher searcher, String query, String pair) {
    return searcher.search(SearchRequest.of(query, pair, 10));
  }

  private SearchResult search(String query, String pair) {
    return search(new TranscriptSearcher(index), query, pair);
  }

  @Test
  void aWordWrittenAsOneThatSoundsTheSameIsFoundMarkedAndRankedAfterExactHits() {
    SearchResult result = search("kathryn", "ann-bo");

    assertEquals(2, result.total());
    SearchHit exact = result.hits().get(0);
    assertEquals(SearchHit.EXACT, exact.match());
    assertEquals("kathryn joined later", exact.text());
    SearchHit sound = result.hits().get(1);
    assertEquals(SearchHit.SOUND, sound.match());
    assertEquals(0.0, sound.startSeconds());
    assertEquals("we met <mark>catherine</mark> on friday", SearchResultJson.snippet(sound));
  }

  @Test
  void aWordTheRecognizerAlmostHeardIsFoundAtItsMomentAndMarksTheWordInItsPlace() {
    SearchResult result = search("renewed", "ann-bo");

    assertEquals(1, result.total());
    SearchHit hit = result.hits().get(0);
    assertEquals(SearchHit.ALTERNATIVE, hit.match());
    assertEquals(10.0, hit.startSeconds());
    assertEquals("the code <mark>review</mark> went well", SearchResultJson.snippet(hit));
  }

  @Test
  void hitsCarryTheSessionDateAndTheSpeaker() {
    SearchHit hit = search("friday", "ann-bo").hits().get(0);

    assertEquals(SearchHit.EXACT, hit.match());
    assertEquals("2026-01-05", hit.recordedAt());
    assertEquals("Ann", hit.speaker());
  }

  @Test
  void noReachCrossesIntoAnotherPair() {
    assertEquals(0, search("bucket", "ann-bo").total());
    assertEquals(1, search("bucket", "cy-di").total());
    // "katharine" sounds like both of ann-bo's names, and is another pair's word.
    SearchResult ours = search("katharine", "ann-bo");
    assertEquals(2, ours.total());
    ours.hits().forEach(h -> assertEquals("aaaaaaaaaaaaaaaa", h.recordingId()));
    ours.hits().forEach(h -> assertEquals(SearchHit.SOUND, h.match()));
  }

  @Test
  void phrasesAndPrefixesStayExact() {
    assertEquals(0, search("\"code renew\"", "ann-bo").total());
    assertEquals(1, search("\"code review\"", "ann-bo").total());
    SearchResult prefix = search("kathr*", "ann-bo");
    assertEquals(1, prefix.total());
    assertEquals(SearchHit.EXACT, prefix.hits().get(0).match());
  }

  @Test
  void thePairsUsualMishearingsOfItsOwnWordsWidenTheSearch() {
    Mishearings ours =
        (pair, word) ->
            "ann-bo".equals(pair) && word.equals("fryday") ? List.of("friday") : List.of();
    TranscriptSearcher searcher = new TranscriptSearcher(index, ours);

    SearchResult result = search(searcher, "fryday", "ann-bo");

    assertEquals(1, result.total());
    assertEquals(SearchHit.ALTERNATIVE, result.hits().get(0).match());
    assertEquals(
        "we met catherine on <mark>friday</mark>", SearchResultJson.snippet(result.hits().get(0)));
  }
}
