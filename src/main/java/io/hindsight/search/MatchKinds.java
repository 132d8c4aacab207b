package io.hindsight.search;

import java.io.IOException;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Weight;

/**
 * One query read at three reaches (see {@link FieldParser.Reach}): the search runs the widest,
 * ranks hits of the best transcript first and the recognizer's alternatives next, and tells each
 * hit which reach found it.
 */
final class MatchKinds {

  // Tiers far above any text score: a hit of a nearer reach always ranks above one of a wider
  // reach, and within a tier the text's own score orders them.
  private static final float EXACT_TIER = 10_000f;
  private static final float ALTERNATIVE_TIER = 1_000f;

  private final Query exact;
  private final Query nearly;
  private final Query widest;
  private Weight exactWeight;
  private Weight nearlyWeight;

  private MatchKinds(Query exact, Query nearly, Query widest) {
    this.exact = exact;
    this.nearly = nearly;
    this.widest = widest;
  }

  /** Each reach rewritten once; a reach that adds nothing (phrases, prefixes) is not run again. */
  static MatchKinds of(
      IndexSearcher searcher,
      QueryInterpreter interpreter,
      QueryInterpreter.Interpretation read,
      Function<String, List<String>> heardAs)
      throws IOException {
    Query exact = searcher.rewrite(read.query());
    if (read.query() instanceof MatchNoDocsQuery) {
      return new MatchKinds(exact, exact, exact);
    }
    Query nearly = interpreter.widened(read.syntax(), FieldParser.Reach.ALTERNATIVES, heardAs);
    Query widest = interpreter.widened(read.syntax(), FieldParser.Reach.SOUND, heardAs);
    if (widest.equals(read.query())) {
      return new MatchKinds(exact, exact, exact);
    }
    Query nearlyRewritten = nearly.equals(read.query()) ? exact : searcher.rewrite(nearly);
    return new MatchKinds(exact, nearlyRewritten, searcher.rewrite(widest));
  }

  /** The query to search with: the widest reach, tiered by the nearest reach that matches. */
  Query ranked() {
    if (widest == exact) {
      return exact;
    }
    return new BooleanQuery.Builder()
        .add(widest, Occur.MUST)
        .add(new BoostQuery(new ConstantScoreQuery(exact), EXACT_TIER), Occur.SHOULD)
        .add(new BoostQuery(new ConstantScoreQuery(nearly), ALTERNATIVE_TIER), Occur.SHOULD)
        .build();
  }

  /** Every term that can match, for the highlighter. */
  Query widest() {
    return widest;
  }

  /** Which reach found the document: {@link SearchHit#EXACT} unless only a wider one matches. */
  String of(IndexSearcher searcher, int doc) throws IOException {
    if (widest == exact) {
      return SearchHit.EXACT;
    }
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    if (exactWeight == null) {
      exactWeight = searcher.createWeight(exact, ScoreMode.COMPLETE_NO_SCORES, 1);
      nearlyWeight = searcher.createWeight(nearly, ScoreMode.COMPLETE_NO_SCORES, 1);
    }
    if (exactWeight.matches(leaf, doc - leaf.docBase) != null) {
      return SearchHit.EXACT;
    }
    if (nearlyWeight.matches(leaf, doc - leaf.docBase) != null) {
      return SearchHit.ALTERNATIVE;
    }
    return SearchHit.SOUND;
  }
}
