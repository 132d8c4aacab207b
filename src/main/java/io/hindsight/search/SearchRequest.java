package io.hindsight.search;

import io.hindsight.HindsightException;
import java.time.LocalDate;

/**
 * A search as a person asks it: classic Lucene query syntax, optionally narrowed.
 *
 * @param pair only this pair's recordings; null searches every pair (the administrator's view)
 * @param speaker only words of this speaker; null for everyone
 * @param from recordings made on or after this day; null for no lower bound
 * @param to recordings made on or before this day; null for no upper bound
 * @param viewer the user id whose private notes may match; null matches no private note
 * @param notesOnly only notes match: the pair's agreement does not keep transcripts searchable
 */
public record SearchRequest(
    String query,
    String pair,
    String speaker,
    LocalDate from,
    LocalDate to,
    int limit,
    String viewer,
    boolean notesOnly) {

  public static final int MAX_LIMIT = 1000;

  public SearchRequest {
    if (query == null || query.isBlank()) {
      throw HindsightException.badInput("the search query is empty: type a word or a phrase");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw HindsightException.badInput("the limit must be between 1 and " + MAX_LIMIT);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw HindsightException.badInput("the date range is empty: 'from' is after 'to'");
    }
  }

  /** A search of transcripts and shared notes, as the command line asks it. */
  public SearchRequest(
      String query, String pair, String speaker, LocalDate from, LocalDate to, int limit) {
    this(query, pair, speaker, from, to, limit, null, false);
  }

  public static SearchRequest of(String query, String pair, int limit) {
    return new SearchRequest(query, pair, null, null, null, limit);
  }
}
