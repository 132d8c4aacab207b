package io.hindsight.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.MultiTermQuery;
import org.apache.lucene.search.Query;

/**
 * Turns whatever was typed into the search box into a Lucene query over the spoken text, never an
 * error. Advanced syntax (phrases, OR, NOT, prefix*, fuzzy~) is honoured when it parses; when it
 * does not, the words alone are searched and {@link Interpretation#note()} says so in one line.
 *
 * <p>The query can only ever reach the text field: a {@code field:} prefix is read as two words,
 * and the parser maps any field it is still given to the text. The pair and visibility limits are
 * FILTER clauses the searcher adds outside this query, so no syntax can widen them.
 */
final class QueryInterpreter {

  /** Longer queries are cut at a word boundary: a search box is not a document. */
  static final int MAX_CHARS = 1000;

  /** More words than this make no better search, only a slower one (and too many clauses). */
  static final int MAX_WORDS = 32;

  /**
   * @param syntax the Lucene syntax actually parsed; parsing it again gives the same query
   * @param query the query over the text field
   * @param note one line on how the typing was read; null when it was read as typed
   * @param plain whether the query has no prefix, wildcard or fuzzy term (so sound keys apply)
   */
  record Interpretation(String syntax, Query query, String note, boolean plain) {}

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
  private static final Pattern OPERATOR =
      Pattern.compile("(?:^|\\s)(?:AND|OR|NOT|&&|\\|\\|)(?:\\s|$)");

  private final ThreadLocal<QueryParser> parsers;
  private final ThreadLocal<QueryParser> highlightParsers;
  private final java.util.Map<FieldParser.Reach, ThreadLocal<QueryParser>> widening =
      new java.util.EnumMap<>(FieldParser.Reach.class);

  QueryInterpreter(Analyzer analyzer, int highlightTerms) {
    this.parsers = ThreadLocal.withInitial(() -> newParser(analyzer));
    for (FieldParser.Reach reach : FieldParser.Reach.values()) {
      widening.put(reach, ThreadLocal.withInitial(() -> newParser(analyzer, reach)));
    }
    this.highlightParsers =
        ThreadLocal.withInitial(
            () -> {
              QueryParser parser = newParser(analyzer);
              parser.setMultiTermRewriteMethod(
                  new MultiTermQuery.TopTermsScoringBooleanQueryRewrite(highlightTerms));
              return parser;
            });
  }

  Interpretation interpret(String typed) {
    String text = typed.strip();
    String cut = null;
    if (text.length() > MAX_CHARS) {
      int end = text.lastIndexOf(' ', MAX_CHARS);
      text = text.substring(0, end > 0 ? end : MAX_CHARS);
      cut = "Searched the first " + MAX_CHARS + " characters";
    }
    String syntax = neutralize(text);
    List<String> words = words(text);
    if (words.size() <= MAX_WORDS) {
      try {
        Query parsed = parsers.get().parse(syntax);
        if (isEmpty(parsed)) {
          return new Interpretation(syntax, new MatchNoDocsQuery(), stopWordsNote(cut), true);
        }
        return new Interpretation(syntax, parsed, cut, plain(syntax));
      } catch (ParseException | RuntimeException e) {
        // Fall through to the words: the reason is told in the note, never the parser's message.
      }
    }
    return wordsOnly(text, words);
  }

  /** The query the highlighter marks: prefix and fuzzy terms expanded to their frequent terms. */
  Query highlightQuery(String syntax) {
    try {
      Query parsed = highlightParsers.get().parse(syntax);
      return parsed != null ? parsed : new MatchNoDocsQuery();
    } catch (ParseException | RuntimeException e) {
      return new MatchNoDocsQuery(); // the same syntax parsed for the search
    }
  }

  /**
   * The parsed syntax again, each plain word (not a phrase, prefix or fuzzy term) widened to the
   * fields of {@code reach}, and to the pair's usual mishearings of it.
   *
   * @param heardAs a word's usual mishearings, from the pair's own word list
   */
  Query widened(
      String syntax,
      FieldParser.Reach reach,
      java.util.function.Function<String, List<String>> heardAs) {
    FieldParser parser = (FieldParser) widening.get(reach).get();
    parser.heardAs(heardAs);
    try {
      Query parsed = parser.parse(syntax);
      return parsed != null ? parsed : new MatchNoDocsQuery();
    } catch (ParseException | RuntimeException e) {
      return new MatchNoDocsQuery(); // the same syntax parsed for the exact search
    } finally {
      parser.heardAs(null);
    }
  }

  private Interpretation wordsOnly(String text, List<String> all) {
    List<String> words = all.size() > MAX_WORDS ? all.subList(0, MAX_WORDS) : all;
    String reason =
        all.size() > MAX_WORDS ? "only the first " + MAX_WORDS + " were used" : reason(text);
    String syntax =
        String.join(
            " ", words.stream().map(w -> QueryParser.escape(w.toLowerCase(Locale.ROOT))).toList());
    Query parsed = null;
    if (!syntax.isEmpty()) {
      try {
        parsed = parsers.get().parse(syntax);
      } catch (ParseException | RuntimeException e) {
        parsed = null; // escaped letters and digits always parse
      }
    }
    if (isEmpty(parsed)) {
      String none = words.isEmpty() ? "No words to search" : "Only very common words were typed";
      return new Interpretation(syntax, new MatchNoDocsQuery(), none + "; " + reason, true);
    }
    return new Interpretation(syntax, parsed, "Searched the words; " + reason, true);
  }

  private static String stopWordsNote(String cut) {
    String note =
        "Only very common words (like \"the\" or \"and\") were typed: type a word that was said";
    return cut == null ? note : cut + ". " + note;
  }

  /** Why the syntax did not parse, in the searcher's words. */
  static String reason(String text) {
    int quotes = 0;
    int round = 0;
    int square = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        quotes++;
      } else if (c == '(') {
        round++;
      } else if (c == ')') {
        round--;
      } else if (c == '[' || c == '{') {
        square++;
      } else if (c == ']' || c == '}') {
        square--;
      }
    }
    if (quotes % 2 != 0) {
      return "quotes were unbalanced";
    }
    if (round != 0 || square != 0) {
      return "brackets were unbalanced";
    }
    if (text.startsWith("*") || text.startsWith("?") || text.matches(".*\\s[*?].*")) {
      return "a word cannot start with * or ?";
    }
    if (OPERATOR.matcher(text).find()) {
      return "AND, OR and NOT need a word on each side";
    }
    return "some characters have a special meaning in search";
  }

  /**
   * Characters people type as punctuation that the classic syntax reads as something else: a colon
   * names a field (never allowed here), a slash starts a regular expression, and {@code !} means
   * NOT. They become plain word breaks.
   */
  static String neutralize(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\' && i + 1 < text.length()) {
        char next = text.charAt(i + 1);
        if (next == ':' || next == '/' || next == '!') {
          out.append(' ');
          i++;
          continue;
        }
        out.append(c).append(next);
        i++;
      } else if (c == ':' || c == '/' || c == '!') {
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      words.add(m.group());
    }
    return words;
  }

  /** Stop words alone analyze to nothing, or to a boolean query of nothing. */
  private static boolean isEmpty(Query query) {
    return query == null || query instanceof BooleanQuery b && b.clauses().isEmpty();
  }

  private static boolean plain(String syntax) {
    return syntax.indexOf('*') < 0 && syntax.indexOf('?') < 0 && syntax.indexOf('~') < 0;
  }

  private static QueryParser newParser(Analyzer analyzer) {
    return newParser(analyzer, FieldParser.Reach.TEXT);
  }

  private static QueryParser newParser(Analyzer analyzer, FieldParser.Reach reach) {
    QueryParser parser = new FieldParser(analyzer, reach);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    // A leading wildcard scans the whole term dictionary: too slow to offer.
    parser.setAllowLeadingWildcard(false);
    // fuzzy~ keeps the first letter: misspellings rarely change it, and it makes fuzzy
    // queries several times faster on a large vocabulary.
    parser.setFuzzyPrefixLength(1);
    return parser;
  }
}
