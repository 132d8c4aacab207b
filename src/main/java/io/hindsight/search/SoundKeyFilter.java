package io.hindsight.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Each word's Double Metaphone keys (primary and alternate, at the word's position). Short and
 * common words get their keys too, but marked with {@link #MARK}: a one-word search never asks for
 * a marked key, since such words have too many sound-alikes ("cat" sounds like "kit" and "cut"),
 * yet a word the recognizer split in two ("runbooks" heard as "run books") is found by the sound of
 * its two halves side by side (see {@link #splits}).
 */
final class SoundKeyFilter extends TokenFilter {

  /** Marks the keys of words a search never matches alone. */
  static final String MARK = "_";

  /** A part shorter than this (one consonant) sounds like too many short words to split on. */
  static final int MIN_PART = 2;

  private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private final DoubleMetaphone encoder = encoder();
  private final List<String> pending = new ArrayList<>();
  private State current;
  private int skipped;

  SoundKeyFilter(TokenStream input) {
    super(input);
  }

  /** Whether a word is matched by its sound on its own: long enough and not a common word. */
  static boolean keyed(String word) {
    return word.length() >= SoundAnalyzer.MIN_LETTERS && !STOP.contains(word);
  }

  /** A word's distinct keys, primary first; marked unless {@link #keyed}. */
  static List<String> keys(String word) {
    return keys(encoder(), word);
  }

  /**
   * The ways a word's sound splits into two words' keys side by side ("runbooks", RNPKS: RN + PKS),
   * each part both plain and marked, as the two positions of a phrase over the sound field.
   */
  static List<List<Set<String>>> splits(String word) {
    DoubleMetaphone whole = new DoubleMetaphone();
    whole.setMaxCodeLen(4 * SoundAnalyzer.KEY_LENGTH);
    Set<String> codes = new LinkedHashSet<>();
    codes.add(whole.doubleMetaphone(word));
    codes.add(whole.doubleMetaphone(word, true));
    List<List<Set<String>>> splits = new ArrayList<>();
    for (String code : codes) {
      // The right part stands for a whole word, whose key is cut at the key length too.
      for (int at = MIN_PART; code != null && at <= code.length() - MIN_PART; at++) {
        if (at > SoundAnalyzer.KEY_LENGTH) {
          break;
        }
        String left = code.substring(0, at);
        String right = code.substring(at, Math.min(code.length(), at + SoundAnalyzer.KEY_LENGTH));
        List<Set<String>> split = List.of(bothForms(left), bothForms(right));
        if (!splits.contains(split)) {
          splits.add(split);
        }
      }
    }
    return splits;
  }

  private static Set<String> bothForms(String key) {
    return new LinkedHashSet<>(List.of(key, MARK + key));
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!pending.isEmpty()) {
      restoreState(current);
      term.setEmpty().append(pending.remove(0));
      position.setPositionIncrement(0);
      return true;
    }
    while (input.incrementToken()) {
      List<String> keys = keys(encoder, term.toString());
      if (keys.isEmpty()) {
        skipped += position.getPositionIncrement();
        continue;
      }
      position.setPositionIncrement(position.getPositionIncrement() + skipped);
      skipped = 0;
      term.setEmpty().append(keys.get(0));
      pending.addAll(keys.subList(1, keys.size()));
      current = pending.isEmpty() ? null : captureState();
      return true;
    }
    return false;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending.clear();
    current = null;
    skipped = 0;
  }

  private static List<String> keys(DoubleMetaphone encoder, String word) {
    String mark = keyed(word) ? "" : MARK;
    Set<String> keys = new LinkedHashSet<>();
    for (boolean alternate : new boolean[] {false, true}) {
      String key = encoder.doubleMetaphone(word, alternate);
      if (key != null && !key.isEmpty()) {
        keys.add(mark + key);
      }
    }
    return new ArrayList<>(keys);
  }

  private static DoubleMetaphone encoder() {
    DoubleMetaphone encoder = new DoubleMetaphone();
    encoder.setMaxCodeLen(SoundAnalyzer.KEY_LENGTH);
    return encoder;
  }
}
