package io.hindsight.search;

import java.util.List;

/** Hits best first; {@code total} counts every match, not just the ones returned. */
public record SearchResult(long total, List<SearchHit> hits) {}
