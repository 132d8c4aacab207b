package io.hindsight.search;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.Query;

/**
 * The classic parser, with every field the syntax names read as the text field: internal fields are
 * unreachable. Wider reaches also look for each plain word where the recognizer almost heard it, at
 * lower weight: in its alternatives, in the pair's usual mishearings of it, and by sound.
 */
final class FieldParser extends QueryParser {

  /** Where a plain word is looked for; each reach includes the ones before it. */
  enum Reach {
    /** The best transcript, as written. */
    TEXT,
    /** Also the recognizer's alternatives and the pair's usual mishearings. */
    ALTERNATIVES,
    /** Also words that sound the same. */
    SOUND
  }

  // Below the text's weight, so that among hits of one kind the exact wording still ranks first.
  private static final float ALTERNATIVE_WEIGHT = 0.5f;
  private static final float SOUND_WEIGHT = 0.3f;

  private final Reach reach;
  private Function<String, List<String>> heardAs;

  FieldParser(Analyzer analyzer, Reach reach) {
    super(IndexDocuments.TEXT, analyzer);
    this.reach = reach;
  }

  /** The pair's usual mishearings of a word, for the next parse; null for none. */
  void heardAs(Function<String, List<String>> mishearings) {
    this.heardAs = mishearings;
  }

  @Override
  protected Query getFieldQuery(String field, String text, boolean quoted) throws ParseException {
    Query exact = super.getFieldQuery(IndexDocuments.TEXT, text, quoted);
    // A phrase stays a phrase of the best transcript: its slop and order do not carry over.
    if (exact == null || quoted || reach == Reach.TEXT) {
      return exact;
    }
    // The parser hands over runs of words between operators; each word is widened on its own,
    // and all of them must match, as in the exact query.
    String[] words = text.strip().split("\\s+");
    if (words.length == 1) {
      return widen(text, exact);
    }
    BooleanQuery.Builder all = new BooleanQuery.Builder();
    for (String word : words) {
      Query one = super.getFieldQuery(IndexDocuments.TEXT, word, false);
      if (one != null) {
        all.add(widen(word, one), Occur.MUST);
      }
    }
    return all.build();
  }

  /**
   * The word where it was written, or where the recognizer almost heard it, or by its sound. A
   * disjunction-max scores it by its best field: a word found exactly and by its sound too scores
   * as the exact word.
   */
  private Query widen(String word, Query exact) throws ParseException {
    List<Query> any = new ArrayList<>();
    any.add(exact);
    addWeighted(
        any, super.getFieldQuery(IndexDocuments.ALTERNATIVES, word, false), ALTERNATIVE_WEIGHT);
    if (heardAs != null) {
      for (String misheard : heardAs.apply(word)) {
        addWeighted(
            any, super.getFieldQuery(IndexDocuments.TEXT, misheard, true), ALTERNATIVE_WEIGHT);
      }
    }
    if (reach == Reach.SOUND) {
      addWeighted(
          any,
          SoundQueries.alone(super.getFieldQuery(IndexDocuments.SOUND, word, false)),
          SOUND_WEIGHT);
      addWeighted(any, SoundQueries.split(word), SOUND_WEIGHT);
      addWeighted(any, SoundQueries.oneLetterApart(exact), SOUND_WEIGHT);
    }
    return any.size() == 1 ? exact : new DisjunctionMaxQuery(any, 0);
  }

  private static void addWeighted(List<Query> any, Query query, float weight) {
    if (query != null) {
      any.add(new BoostQuery(query, weight));
    }
  }

  @Override
  protected Query getFieldQuery(String field, String text, int slop) throws ParseException {
    return super.getFieldQuery(IndexDocuments.TEXT, text, slop);
  }

  @Override
  protected Query getPrefixQuery(String field, String text) throws ParseException {
    return super.getPrefixQuery(IndexDocuments.TEXT, text);
  }

  @Override
  protected Query getWildcardQuery(String field, String text) throws ParseException {
    return super.getWildcardQuery(IndexDocuments.TEXT, text);
  }

  @Override
  protected Query getFuzzyQuery(String field, String text, float similarity) throws ParseException {
    return super.getFuzzyQuery(IndexDocuments.TEXT, text, similarity);
  }

  @Override
  protected Query getRegexpQuery(String field, String text) throws ParseException {
    return super.getFieldQuery(IndexDocuments.TEXT, text, false);
  }

  @Override
  protected Query getRangeQuery(
      String field, String lower, String upper, boolean startInclusive, boolean endInclusive)
      throws ParseException {
    return super.getRangeQuery(IndexDocuments.TEXT, lower, upper, startInclusive, endInclusive);
  }
}
