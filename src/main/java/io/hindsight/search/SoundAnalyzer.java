package io.hindsight.search;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/**
 * How a word sounds: its Double Metaphone keys, so that "Kathryn" finds a "Catherine" the
 * recognizer wrote (see {@link SoundKeyFilter}). The same chain indexes the text and reads the
 * query, and it keeps the tokens' offsets, so a match marks the word in the text as it was written.
 */
final class SoundAnalyzer extends Analyzer {

  /**
   * Shorter words have too many sound-alikes: "cat" sounds like "kit", "cut" and "coat", so a sound
   * match on them is mostly a false hit.
   */
  static final int MIN_LETTERS = 4;

  /** Longer keys than Double Metaphone's default of 4 tell "deadline" from "detail". */
  static final int KEY_LENGTH = 6;

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    StandardTokenizer source = new StandardTokenizer();
    // Only the keys: the words themselves are in the text field already.
    TokenStream chain = new SoundKeyFilter(new LowerCaseFilter(source));
    return new TokenStreamComponents(source, chain);
  }

  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    return new LowerCaseFilter(in);
  }
}
