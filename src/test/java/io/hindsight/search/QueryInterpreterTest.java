package io.hindsight.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.junit.jupiter.api.Test;

class QueryInterpreterTest {

  private final QueryInterpreter interpreter = new QueryInterpreter(new EnglishAnalyzer(), 16);

  private QueryInterpreter.Interpretation read(String typed) {
    return interpreter.interpret(typed);
  }

  @Test
  void advancedSyntaxIsReadAsTyped() {
    for (String typed :
        new String[] {
          "\"code review\"", "deadline OR plan", "deadline NOT plan", "plan*", "plan~"
        }) {
      QueryInterpreter.Interpretation read = read(typed);
      assertNull(read.note(), typed);
      assertFalse(read.query() instanceof MatchNoDocsQuery, typed);
    }
    assertEquals("+text:deadlin +text:plan", read("deadline plan").query().toString());
  }

  @Test
  void whatDoesNotParseIsSearchedAsWordsWithAReason() {
    assertEquals("Searched the words; quotes were unbalanced", read("\"code review").note());
    assertEquals("+text:code +text:review", read("\"code review").query().toString());
    assertEquals("Searched the words; brackets were unbalanced", read("(plan OR").note());
    assertEquals(
        "Searched the words; AND, OR and NOT need a word on each side", read("plan AND").note());
    assertEquals("text:plan", read("plan AND").query().toString());
    assertTrue(read("*").note().startsWith("No words to search"), read("*").note());
    assertTrue(read("(").query() instanceof MatchNoDocsQuery);
  }

  @Test
  void punctuationPeopleTypeIsNotSyntax() {
    assertNull(read("deadline!").note());
    assertEquals("text:deadlin", read("deadline!").query().toString());
    assertEquals("+text:pair +text:p1", read("pair:p1").query().toString());
    assertEquals("+text:pair +text:p1", read("pair\\:p1").query().toString());
    assertTrue(read("and/or").query() instanceof MatchNoDocsQuery);
    assertTrue(read("the and of").note().startsWith("Only very common words"));
  }

  @Test
  void noQueryReachesAFieldOtherThanTheText() {
    for (String typed :
        new String[] {
          "pair:p1",
          "recordingId:x",
          "(pair:p1) OR kind:note",
          "*:*",
          "pair:[a TO z]",
          "visibility:pair~",
          "author:x*",
          "speaker:/.*/"
        }) {
      String query = read(typed).query().toString();
      assertFalse(
          query.matches(".*\\b(pair|recordingId|kind|visibility|author|speaker):.*"), query);
    }
  }

  @Test
  void tenThousandCharactersAreCutToOneLineOfNote() {
    QueryInterpreter.Interpretation read = read("deadline ".repeat(1200));
    assertFalse(read.query() instanceof MatchNoDocsQuery);
    assertTrue(read.note() != null && !read.note().contains("\n"), read.note());
    QueryInterpreter.Interpretation x = read("x".repeat(10_000));
    assertEquals("Searched the first 1000 characters", x.note());
    QueryInterpreter.Interpretation emoji = read("🎉🎉 ¿? «»");
    assertTrue(emoji.note() == null || !emoji.note().contains("Encountered"));
  }
}
