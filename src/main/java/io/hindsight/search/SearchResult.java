package io.hindsight.search;

import java.util.List;

/**
 * Hits best first; {@code total} counts every match, not just the ones returned.
 *
 * @param note one line on how the query was read when it was not read as typed (e.g. "Searched the
 *     words; quotes were unbalanced"); null otherwise
 */
public record SearchResult(long total, List<SearchHit> hits, String note) {

  public SearchResult(long total, List<SearchHit> hits) {
    this(total, hits, null);
  }
}
