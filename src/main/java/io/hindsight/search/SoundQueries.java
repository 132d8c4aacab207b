package io.hindsight.search;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MultiPhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.TermQuery;

/** The ways one typed word is found by how it sounds, beyond its own sound keys. */
final class SoundQueries {

  /**
   * Stems at least this long differ from every other word by more than one letter, so one letter
   * apart is a misheard ending ("kubernetes" as "kubernete"), not another word. Shorter ones are
   * mostly other words ("cater" and "later").
   */
  static final int LONG_STEM = 7;

  private SoundQueries() {}

  /**
   * The query for a word's own sound keys, or null when it would ask only for marked keys: a short
   * or common word is not searched by its sound (see {@link SoundKeyFilter}).
   */
  static Query alone(Query sound) {
    if (sound == null) {
      return null;
    }
    boolean[] plain = {false};
    sound.visit(
        new QueryVisitor() {
          @Override
          public void consumeTerms(Query query, Term... terms) {
            for (Term term : terms) {
              plain[0] |= !term.text().startsWith(SoundKeyFilter.MARK);
            }
          }

          @Override
          public QueryVisitor getSubVisitor(Occur occur, Query parent) {
            return this;
          }
        });
    return plain[0] ? sound : null;
  }

  /**
   * The word heard as two ("runbooks" written "run books"): two words side by side whose keys,
   * joined, are the word's key. A phrase over the sound field, not joined pairs in the index: those
   * made every two neighbouring words a word of their own, and far more false hits.
   */
  static Query split(String typed) {
    String word = typed.toLowerCase(Locale.ROOT);
    if (!word.chars().allMatch(Character::isLetter) || !SoundKeyFilter.keyed(word)) {
      return null;
    }
    List<List<Set<String>>> splits = SoundKeyFilter.splits(word);
    if (splits.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (List<Set<String>> split : splits) {
      MultiPhraseQuery.Builder phrase = new MultiPhraseQuery.Builder();
      for (Set<String> keys : split) {
        phrase.add(keys.stream().map(k -> new Term(IndexDocuments.SOUND, k)).toArray(Term[]::new));
      }
      any.add(phrase.build(), Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * A long stem the recognizer got one letter wrong, with the first letter right: the edit of a
   * misheard ending or a vowel. Null for shorter stems and anything but one term.
   */
  static Query oneLetterApart(Query exact) {
    if (!(exact instanceof TermQuery one)
        || one.getTerm().text().length() < LONG_STEM
        || !one.getTerm().text().chars().allMatch(Character::isLetter)) {
      return null;
    }
    return new FuzzyQuery(one.getTerm(), 1, 1, FuzzyQuery.defaultMaxExpansions, false);
  }
}
