package io.hindsight.excerpt;

import java.util.ArrayList;
import java.util.List;

/** Finds one kind of private detail in spoken text. */
interface Detector {

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive) of a {@link SpokenText}. */
  record Match(int from, int to) {}

  RedactionReason reason();

  /** Every match, in token order, not overlapping one another. */
  List<Match> find(SpokenText text);

  /** Where a match starting at {@code from} ends (exclusive), or {@code from} for none. */
  @FunctionalInterface
  interface MatchEnd {
    int at(SpokenText text, int from);
  }

  /** Scans left to right, taking the match at each token and continuing after it. */
  static List<Match> scan(SpokenText text, MatchEnd matchEnd) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < text.size()) {
      int end = matchEnd.at(text, i);
      if (end > i) {
        matches.add(new Match(i, end));
        i = end;
      } else {
        i++;
      }
    }
    return matches;
  }
}
