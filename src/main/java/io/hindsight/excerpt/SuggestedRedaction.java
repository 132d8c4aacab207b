package io.hindsight.excerpt;

import java.util.Collection;
import java.util.Collections;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Words the suggester thinks should be hidden: indexes {@code from} (inclusive) to {@code to}
 * (exclusive) into the word list it was given, like {@link java.util.List#subList}.
 */
public record SuggestedRedaction(int from, int to, RedactionReason reason) {

  public SuggestedRedaction {
    if (from < 0 || to <= from) {
      throw new IllegalArgumentException("not a word range: " + from + " to " + to);
    }
  }

  public boolean contains(SuggestedRedaction other) {
    return from <= other.from && other.to <= to;
  }

  /** Every word index that any of {@code suggestions} covers. */
  public static SortedSet<Integer> wordIndexes(Collection<SuggestedRedaction> suggestions) {
    SortedSet<Integer> indexes = new TreeSet<>();
    for (SuggestedRedaction s : suggestions) {
      for (int i = s.from; i < s.to; i++) {
        indexes.add(i);
      }
    }
    return Collections.unmodifiableSortedSet(indexes);
  }
}
