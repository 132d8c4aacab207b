package io.hindsight.excerpt;

import java.util.List;

/** Finds one kind of private detail in spoken text. */
interface Detector {

  /** Tokens {@code from} (inclusive) to {@code to} (exclusive) of a {@link SpokenText}. */
  record Match(int from, int to) {}

  RedactionReason reason();

  /** Every match, in token order, not overlapping one another. */
  List<Match> find(SpokenText text);
}
