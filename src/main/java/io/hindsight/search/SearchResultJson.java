package io.hindsight.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import io.hindsight.Html;
import java.util.List;

/**
 * A search result in the JSON both {@code GET /api/search} and {@code search --json} print: each
 * hit's fields, with its {@code snippet}. This is the one place where match spans become HTML: the
 * text escaped, with each match in {@code <mark>}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchResultJson(long total, List<Hit> hits, String note) {

  /** One hit as JSON: its own fields (not the spans) and the snippet. */
  public record Hit(@JsonUnwrapped SearchHit hit, String snippet) {}

  public static SearchResultJson of(SearchResult result) {
    return new SearchResultJson(
        result.total(),
        result.hits().stream().map(h -> new Hit(h, snippet(h))).toList(),
        result.note());
  }

  /** The hit's text as HTML, escaped, with its matches in {@code <mark>}. */
  public static String snippet(SearchHit hit) {
    return MatchSpan.render(hit.text(), hit.matches(), Html::escape, "<mark>", "</mark>");
  }
}
