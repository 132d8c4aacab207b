package io.hindsight.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
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

class TranscriptSearcherTest {

  @TempDir Path dir;
  private TranscriptIndex index;
  private TranscriptSearcher searcher;

  /** Each sentence becomes one segment, 10 s apart. */
  private static Transcript says(String speaker, String... sentences) {
    List<Word> words = new ArrayList<>();
    double t = 0;
    for (String sentence : sentences) {
      double w = t;
      for (String word : sentence.split(" ")) {
        words.add(new Word(word, w, w + 0.3, 0.9, speaker));
        w += 0.4;
      }
      t += 10;
    }
    return Transcript.of(t, words);
  }

  @BeforeEach
  void setUp() {
    index = TranscriptIndex.open(dir);
    searcher = new TranscriptSearcher(index);
    index.index(
        new IndexedRecording(
            "aaaaaaaaaaaaaaaa",
            "ann-bo",
            "Week 1 <b>",
            LocalDate.of(2026, 1, 5),
            says(
                null,
                "we talked about the deadline",
                "public speaking is scary",
                "code review tips and planning")));
    index.index(
        new IndexedRecording(
            "bbbbbbbbbbbbbbbb",
            "cy-di",
            "Other pair",
            LocalDate.of(2026, 3, 1),
            says("Cy", "the deadline moved again", "public speaking club")));
  }

  @AfterEach
  void tearDown() {
    index.close();
  }

  private SearchResult search(String query, String pair) {
    return searcher.search(SearchRequest.of(query, pair, 10));
  }

  @Test
  void findsAPhraseWithItsMomentAndMarksIt() {
    SearchResult result = search("\"public speaking\"", "ann-bo");

    assertEquals(1, result.total());
    SearchHit hit = result.hits().get(0);
    assertEquals("aaaaaaaaaaaaaaaa", hit.recordingId());
    assertEquals("Week 1 <b>", hit.title());
    assertEquals(10.0, hit.startSeconds(), 1e-9);
    assertEquals("<mark>public speaking</mark> is scary", SearchResultJson.snippet(hit));
    assertEquals("public speaking is scary", hit.text());
  }

  @Test
  void aPairSeesOnlyItsOwnSegments() {
    assertEquals(1, search("deadline", "ann-bo").total());
    assertEquals("bbbbbbbbbbbbbbbb", search("deadline", "cy-di").hits().get(0).recordingId());
    assertEquals(0, search("deadline", "nobody").total());
    assertEquals(2, search("deadline", null).total(), "no pair: the administrator's view");
  }

  @Test
  void theDefaultOperatorIsAnd() {
    assertEquals(0, search("deadline scary", "ann-bo").total());
    assertEquals(2, search("deadline OR scary", "ann-bo").total());
    assertEquals(1, search("deadline NOT talked", null).total());
  }

  @Test
  void prefixAndFuzzyQueriesWorkAndAreHighlighted() {
    SearchResult prefix = search("plan*", "ann-bo");
    assertEquals(1, prefix.total());
    assertTrue(
        SearchResultJson.snippet(prefix.hits().get(0)).contains("<mark>planning</mark>"),
        SearchResultJson.snippet(prefix.hits().get(0)));

    SearchResult fuzzy = search("deadlin~", "ann-bo");
    assertEquals(1, fuzzy.total());
    assertTrue(SearchResultJson.snippet(fuzzy.hits().get(0)).contains("<mark>deadline</mark>"));
  }

  @Test
  void stemmingMatchesOtherFormsOfAWord() {
    assertEquals(1, search("talk", "ann-bo").total(), "talk finds talked");
  }

  @Test
  void speakerAndDateFilters() {
    assertEquals(
        1, searcher.search(new SearchRequest("deadline", null, "Cy", null, null, 10)).total());
    assertEquals(
        0, searcher.search(new SearchRequest("deadline", null, "Ann", null, null, 10)).total());
    assertEquals(
        1,
        searcher
            .search(new SearchRequest("deadline", null, null, LocalDate.of(2026, 2, 1), null, 10))
            .total());
    assertEquals(
        "aaaaaaaaaaaaaaaa",
        searcher
            .search(new SearchRequest("deadline", null, null, null, LocalDate.of(2026, 1, 31), 10))
            .hits()
            .get(0)
            .recordingId());
  }

  @Test
  void reindexingARecordingReplacesItsSegments() {
    index.index(
        new IndexedRecording(
            "aaaaaaaaaaaaaaaa",
            "ann-bo",
            "Week 1",
            LocalDate.of(2026, 1, 5),
            says(null, "only this now")));

    assertEquals(0, search("deadline", "ann-bo").total());
    assertEquals(1, search("only", "ann-bo").total());
    assertEquals(3, index.documentCount());
  }

  @Test
  void deletingARecordingRemovesItFromSearch() {
    index.delete("aaaaaaaaaaaaaaaa");

    assertEquals(0, search("deadline", "ann-bo").total());
    assertEquals(1, search("deadline", null).total());
  }

  @Test
  void snippetsEscapeHtmlInTheText() {
    index.index(
        new IndexedRecording(
            "cccccccccccccccc",
            "x",
            "t",
            null,
            says(null, "a <script>alert(1)</script> deadline")));

    String snippet = SearchResultJson.snippet(search("deadline", "x").hits().get(0));

    assertTrue(snippet.contains("&lt;script&gt;"), snippet);
    assertTrue(!snippet.contains("<script>"), snippet);
    assertTrue(snippet.contains("<mark>deadline</mark>"), snippet);
  }

  @Test
  void hitsCarryMatchSpansIntoThePlainTextNotMarkup() {
    index.index(
        new IndexedRecording(
            "dddddddddddddddd", "y", "t", null, says(null, "don't miss the deadline & <go>")));

    SearchHit hit = search("deadline", "y").hits().get(0);

    assertEquals("don't miss the deadline & <go>", hit.text());
    assertEquals(List.of(new MatchSpan(15, 23)), hit.matches());
    assertEquals(
        "don't miss the [deadline] & <go>",
        MatchSpan.render(hit.text(), hit.matches(), text -> text, "[", "]"),
        "what the command line prints: plain text, nothing escaped");
    assertEquals(
        "don&#39;t miss the <mark>deadline</mark> &amp; &lt;go&gt;", SearchResultJson.snippet(hit));
  }

  @Test
  void aPhraseIsOneSpan() {
    SearchHit hit = search("\"public speaking\"", "ann-bo").hits().get(0);
    assertEquals(List.of(new MatchSpan(0, 15)), hit.matches());
  }

  @Test
  void speakersAreThePairsOwn() {
    assertEquals(List.of("Cy"), List.copyOf(searcher.speakers("cy-di")));
    assertEquals(List.of(), List.copyOf(searcher.speakers("ann-bo")));
  }

  @Test
  void malformedQueriesSearchTheWordsAndSaySoInOneLine() {
    for (String bad :
        new String[] {
          "deadline AND", "\"unclosed deadline", "(deadline OR b", "*adline", "a:b:c:"
        }) {
      SearchResult result = search(bad, "ann-bo");
      if (!bad.equals("a:b:c:")) {
        assertTrue(result.note() != null && result.note().startsWith("Searched the words"), bad);
        assertTrue(!result.note().contains("\n"), "one line: " + result.note());
      }
    }
    assertEquals(1, search("deadline AND", "ann-bo").total());
    assertEquals(
        "Searched the words; quotes were unbalanced", search("\"the deadline", "ann-bo").note());
  }

  @Test
  void fieldNamesInTheQueryAreWordsNotFields() {
    assertEquals(0, search("pair:cy-di", "ann-bo").total());
    assertEquals(0, search("recordingId:bbbbbbbbbbbbbbbb", "ann-bo").total());
    assertEquals(
        0, search("text:deadline", "ann-bo").total(), "read as the words 'text' and 'deadline'");
  }

  @Test
  void emptyQueriesAndBadLimitsAreRefused() {
    assertThrows(HindsightException.class, () -> SearchRequest.of("  ", null, 10));
    assertThrows(HindsightException.class, () -> SearchRequest.of("x", null, 0));
  }
}
