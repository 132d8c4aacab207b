package io.hindsight.search;

import java.util.List;

/**
 * A pair's usual mishearings of the words on its own word list ("our words"): a search for a listed
 * name also finds the ways the recognizer tends to write it. The searcher asks for each plain word
 * of a query; hits found only through one are marked {@code "alternative"}.
 */
@FunctionalInterface
public interface Mishearings {

  /** No word list: every search is of the words as typed. */
  Mishearings NONE = (pair, word) -> List.of();

  /**
   * @param pair the pair searching; null for the administrator's view across pairs
   * @param word one word as typed
   * @return how the recognizer usually writes it, each a word or a few words; empty for none
   */
  List<String> of(String pair, String word);
}
