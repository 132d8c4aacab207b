package io.hindsight.search;

import io.hindsight.HindsightException;
import io.hindsight.Html;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/** Answers {@link SearchRequest}s from a {@link TranscriptIndex}, with highlighted snippets. */
public final class TranscriptSearcher {

  private final TranscriptIndex index;

  // QueryParser is not thread-safe but cheap to keep one per thread.
  private final ThreadLocal<QueryParser> parsers;

  public TranscriptSearcher(TranscriptIndex index) {
    this.index = index;
    this.parsers =
        ThreadLocal.withInitial(
            () -> {
              QueryParser parser = new QueryParser(TranscriptIndex.TEXT, index.analyzer());
              parser.setDefaultOperator(QueryParser.Operator.AND);
              // A leading wildcard scans the whole term dictionary: too slow to offer.
              parser.setAllowLeadingWildcard(false);
              return parser;
            });
  }

  public SearchResult search(SearchRequest request) {
    Query text = parse(request.query());
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
    if (request.pair() != null) {
      query.add(new TermQuery(new Term(TranscriptIndex.PAIR, request.pair())), Occur.FILTER);
    }
    query.add(visibleTo(request.viewer()), Occur.FILTER);
    if (request.notesOnly()) {
      query.add(
          new TermQuery(new Term(TranscriptIndex.KIND, TranscriptIndex.KIND_NOTE)), Occur.FILTER);
    }
    if (request.speaker() != null && !request.speaker().isBlank()) {
      query.add(new TermQuery(new Term(TranscriptIndex.SPEAKER, request.speaker())), Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      query.add(LongPoint.newRangeQuery(TranscriptIndex.RECORDED_AT, from, to), Occur.FILTER);
    }
    Query built = query.build();
    return index.withSearcher(searcher -> run(searcher, built, text, request.limit()));
  }

  /** Segments, pair notes, and the viewer's own private notes. */
  private static Query visibleTo(String viewer) {
    BooleanQuery.Builder visible =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(TranscriptIndex.KIND, TranscriptIndex.KIND_SEGMENT)),
                Occur.SHOULD)
            .add(
                new TermQuery(
                    new Term(TranscriptIndex.VISIBILITY, TranscriptIndex.VISIBILITY_PAIR)),
                Occur.SHOULD);
    if (viewer != null) {
      visible.add(new TermQuery(new Term(TranscriptIndex.AUTHOR, viewer)), Occur.SHOULD);
    }
    return visible.setMinimumNumberShouldMatch(1).build();
  }

  private SearchResult run(IndexSearcher searcher, Query query, Query text, int limit)
      throws IOException {
    // Count every match exactly: the total is shown to people, and segments are small documents.
    TopDocs top = searcher.search(query, new TopScoreDocCollectorManager(limit, Integer.MAX_VALUE));
    String[] snippets = highlighter(searcher).highlight(TranscriptIndex.TEXT, text, top, 1);
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc scoreDoc = top.scoreDocs[i];
      Document doc = searcher.storedFields().document(scoreDoc.doc);
      String textValue = doc.get(TranscriptIndex.TEXT);
      String snippet = snippets[i] != null ? snippets[i] : Html.escape(textValue);
      hits.add(
          new SearchHit(
              doc.get(TranscriptIndex.RECORDING_ID),
              doc.get(TranscriptIndex.TITLE),
              doc.get(TranscriptIndex.PAIR),
              doc.getField(TranscriptIndex.START).numericValue().doubleValue(),
              doc.getField(TranscriptIndex.END).numericValue().doubleValue(),
              textValue,
              snippet,
              doc.get(TranscriptIndex.SPEAKER),
              doc.get(TranscriptIndex.KIND),
              doc.get(TranscriptIndex.AUTHOR_NAME),
              doc.get(TranscriptIndex.VISIBILITY)));
    }
    return new SearchResult(top.totalHits.value, hits);
  }

  private UnifiedHighlighter highlighter(IndexSearcher searcher) {
    return UnifiedHighlighter.builder(searcher, index.analyzer())
        // A segment is one short utterance: show all of it, not a fragment.
        .withBreakIterator(WholeBreakIterator::new)
        // escape=true HTML-escapes the text around the marks.
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withHandleMultiTermQuery(true)
        .withHighlightPhrasesStrictly(true)
        .build();
  }

  Query parse(String query) {
    try {
      return parsers.get().parse(query);
    } catch (ParseException e) {
      throw HindsightException.badInput(explain(query, e));
    } catch (RuntimeException e) {
      // IndexSearcher.TooManyClauses and friends: a query too broad to run.
      throw HindsightException.badInput("the query '" + query + "' is too broad: narrow it down");
    }
  }

  /** Lucene's parser lists every token it expected; people need one line. */
  private static String explain(String query, ParseException e) {
    String message = String.valueOf(e.getMessage());
    String reason;
    if (message.contains("Encountered \"<EOF>\"")) {
      reason = "it ends too early (a dangling AND/OR/NOT, or an unclosed quote or bracket?)";
    } else if (message.contains("'*' or '?' not allowed as first character")) {
      reason = "a word may not start with * or ?";
    } else if (message.contains("Lexical error")) {
      reason = "it has an unclosed quote or a stray special character";
    } else {
      int at = message.indexOf("Encountered ");
      int end = message.indexOf(" at line");
      reason =
          at >= 0 && end > at
              ? "unexpected " + message.substring(at + "Encountered ".length(), end).strip()
              : "the syntax is not valid";
    }
    return "could not understand the query '"
        + query
        + "': "
        + reason
        + ". Use words, \"phrases\", AND/OR/NOT, prefix* or fuzzy~ (quote special characters)";
  }
}
