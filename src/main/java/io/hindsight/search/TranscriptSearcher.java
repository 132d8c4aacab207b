package io.hindsight.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;
import org.apache.lucene.util.BytesRef;

/** Answers {@link SearchRequest}s from a {@link TranscriptIndex}, with the matches in each hit. */
public final class TranscriptSearcher {

  private final TranscriptIndex index;

  private final QueryInterpreter interpreter;
  private final Mishearings mishearings;

  public TranscriptSearcher(TranscriptIndex index) {
    this(index, Mishearings.NONE);
  }

  /**
   * @param mishearings the pair's usual mishearings of its own words, which widen each search
   */
  public TranscriptSearcher(TranscriptIndex index, Mishearings mishearings) {
    this.index = index;
    this.mishearings = mishearings;
    // Prefix and fuzzy terms in the highlighted query expand to their most frequent matching
    // terms. Highlighting such a query is a plain term lookup; the UnifiedHighlighter's own
    // multi-term handling builds automata per query, which made fuzzy searches several times
    // slower.
    this.interpreter = new QueryInterpreter(index.analyzer(), HIGHLIGHT_TERMS);
  }

  private static final int HIGHLIGHT_TERMS = 256;

  public SearchResult search(SearchRequest request) {
    QueryInterpreter.Interpretation read = interpreter.interpret(request.query());
    return index.withSearcher(searcher -> run(searcher, request, read));
  }

  private SearchResult run(
      IndexSearcher searcher, SearchRequest request, QueryInterpreter.Interpretation read)
      throws IOException {
    // Rewrite once: a fuzzy term expands to its nearest terms here, and both the search and the
    // highlighter reuse the expansion instead of building the automaton twice.
    MatchKinds kinds =
        MatchKinds.of(searcher, interpreter, read, word -> mishearings.of(request.pair(), word));
    Query rewritten = kinds.ranked();
    // Count every match exactly: the total is shown to people, and segments are small documents.
    TopDocs top =
        searcher.search(
            withFilters(rewritten, request),
            new TopScoreDocCollectorManager(request.limit(), Integer.MAX_VALUE));
    Object[] matches = new Object[top.scoreDocs.length];
    if (top.scoreDocs.length > 0) {
      Query marked =
          hasWildcard(read.syntax())
              ? new BooleanQuery.Builder()
                  .add(searcher.rewrite(interpreter.highlightQuery(read.syntax())), Occur.SHOULD)
                  .add(kinds.widest(), Occur.SHOULD)
                  .build()
              : kinds.widest();
      int[] docs = new int[top.scoreDocs.length];
      for (int i = 0; i < docs.length; i++) {
        docs[i] = top.scoreDocs[i].doc;
      }
      matches = highlighter(searcher).matches(marked, docs);
    }
    List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
    for (int i = 0; i < top.scoreDocs.length; i++) {
      ScoreDoc scoreDoc = top.scoreDocs[i];
      Document doc = searcher.storedFields().document(scoreDoc.doc);
      @SuppressWarnings("unchecked")
      List<MatchSpan> spans = matches[i] != null ? (List<MatchSpan>) matches[i] : List.of();
      hits.add(
          new SearchHit(
              doc.get(IndexDocuments.RECORDING_ID),
              doc.get(IndexDocuments.TITLE),
              doc.get(IndexDocuments.PAIR),
              doc.getField(IndexDocuments.START).numericValue().doubleValue(),
              doc.getField(IndexDocuments.END).numericValue().doubleValue(),
              doc.get(IndexDocuments.TEXT),
              spans,
              doc.get(IndexDocuments.SPEAKER),
              doc.get(IndexDocuments.KIND),
              doc.get(IndexDocuments.AUTHOR_NAME),
              doc.get(IndexDocuments.VISIBILITY),
              kinds.of(searcher, scoreDoc.doc),
              recordedAt(doc)));
    }
    return new SearchResult(top.totalHits.value, hits, read.note());
  }

  private static String recordedAt(Document doc) {
    var day = doc.getField(IndexDocuments.RECORDED_AT);
    return day == null
        ? null
        : java.time.LocalDate.ofEpochDay(day.numericValue().longValue()).toString();
  }

  /** The distinct speaker labels in the pair's transcripts, for the search page's filter. */
  public SortedSet<String> speakers(String pair) {
    return index.withSearcher(
        searcher -> {
          SortedSet<String> names = new TreeSet<>();
          for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            Terms terms = leaf.reader().terms(IndexDocuments.SPEAKER);
            if (terms == null) {
              continue;
            }
            TermsEnum it = terms.iterator();
            for (BytesRef term = it.next(); term != null; term = it.next()) {
              String name = term.utf8ToString();
              if (!names.contains(name) && searcher.count(speakerOfPair(name, pair)) > 0) {
                names.add(name);
              }
            }
          }
          return names;
        });
  }

  private static Query speakerOfPair(String speaker, String pair) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(IndexDocuments.SPEAKER, speaker)), Occur.FILTER)
        .add(new TermQuery(new Term(IndexDocuments.PAIR, pair)), Occur.FILTER)
        .build();
  }

  /** Segments, pair notes, and the viewer's own private notes. */
  private static Query visibleTo(String viewer) {
    BooleanQuery.Builder visible =
        new BooleanQuery.Builder()
            .add(
                new TermQuery(new Term(IndexDocuments.KIND, IndexDocuments.KIND_SEGMENT)),
                Occur.SHOULD)
            .add(
                new TermQuery(new Term(IndexDocuments.VISIBILITY, IndexDocuments.VISIBILITY_PAIR)),
                Occur.SHOULD);
    if (viewer != null) {
      visible.add(new TermQuery(new Term(IndexDocuments.AUTHOR, viewer)), Occur.SHOULD);
    }
    return visible.setMinimumNumberShouldMatch(1).build();
  }

  /**
   * The pair, visibility, kind, speaker and date limits are FILTER clauses: they narrow without
   * scoring.
   */
  private static Query withFilters(Query text, SearchRequest request) {
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(text, Occur.MUST);
    if (request.pair() != null) {
      query.add(new TermQuery(new Term(IndexDocuments.PAIR, request.pair())), Occur.FILTER);
    }
    query.add(visibleTo(request.viewer()), Occur.FILTER);
    if (request.notesOnly()) {
      query.add(
          new TermQuery(new Term(IndexDocuments.KIND, IndexDocuments.KIND_NOTE)), Occur.FILTER);
    }
    if (request.speaker() != null && !request.speaker().isBlank()) {
      query.add(new TermQuery(new Term(IndexDocuments.SPEAKER, request.speaker())), Occur.FILTER);
    }
    if (request.from() != null || request.to() != null) {
      long from = request.from() == null ? Long.MIN_VALUE : request.from().toEpochDay();
      long to = request.to() == null ? Long.MAX_VALUE : request.to().toEpochDay();
      query.add(LongPoint.newRangeQuery(IndexDocuments.RECORDED_AT, from, to), Occur.FILTER);
    }
    return query.build();
  }

  /** Prefix and wildcard terms stay unexpanded (constant score) in the search itself. */
  private static boolean hasWildcard(String query) {
    return query.indexOf('*') >= 0 || query.indexOf('?') >= 0;
  }

  /** The highlighter, asked for its formatter's objects (the spans) rather than strings. */
  private static final class SpanHighlighter extends UnifiedHighlighter {
    SpanHighlighter(UnifiedHighlighter.Builder builder) {
      super(builder);
    }

    /** Each document's {@code List<MatchSpan>}, in the order of {@code docs}; null for none. */
    Object[] matches(Query query, int[] docs) throws IOException {
      String[] fields = {IndexDocuments.TEXT};
      return highlightFieldsAsObjects(fields, query, docs, new int[] {1}).get(fields[0]);
    }
  }

  private SpanHighlighter highlighter(IndexSearcher searcher) {
    UnifiedHighlighter.Builder builder = UnifiedHighlighter.builder(searcher, index.analyzer());
    return new SpanHighlighter(
        builder
            // A segment is one short utterance: show all of it, not a fragment.
            .withBreakIterator(WholeBreakIterator::new)
            // Sound keys and alternatives carry the offsets of the written word they stand for,
            // so their matches mark the text like its own.
            .withMaskedFieldsFunc(
                field ->
                    IndexDocuments.TEXT.equals(field)
                        ? java.util.Set.of(IndexDocuments.SOUND, IndexDocuments.ALTERNATIVES)
                        : java.util.Set.of())
            .withFormatter(new MatchSpanFormatter())
            // Match positions from the query's weights: a phrase is marked as one span. Multi-term
            // queries arrive already expanded to terms (see highlightParsers).
            .withFlags(
                java.util.Set.of(
                    UnifiedHighlighter.HighlightFlag.PHRASES,
                    UnifiedHighlighter.HighlightFlag.WEIGHT_MATCHES,
                    UnifiedHighlighter.HighlightFlag.PASSAGE_RELEVANCY_OVER_SPEED)));
  }
}
