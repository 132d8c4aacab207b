package io.hindsight.search;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.hindsight.Html;
import java.util.List;

/**
 * A search result in the JSON both {@code GET /api/search} and {@code search --json} print. Its
 * {@code snippet} is the one place where match spans become HTML: the text escaped, with each match
 * in {@code <mark>}.
 */
public record SearchResultJson(long total, List<Hit> hits) {

  /** One hit; the fields in the order the README documents them. */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Hit(
      String recordingId,
      String title,
      String pair,
      double startSeconds,
      double endSeconds,
      String text,
      String snippet,
      String speaker,
      String kind,
      String author,
      String visibility) {}

  public static SearchResultJson of(SearchResult result) {
    return new SearchResultJson(
        result.total(), result.hits().stream().map(SearchResultJson::hit).toList());
  }

  private static Hit hit(SearchHit h) {
    return new Hit(
        h.recordingId(),
        h.title(),
        h.pair(),
        h.startSeconds(),
        h.endSeconds(),
        h.text(),
        snippet(h),
        h.speaker(),
        h.kind(),
        h.author(),
        h.visibility());
  }

  /** The hit's text as HTML, escaped, with its matches in {@code <mark>}. */
  public static String snippet(SearchHit hit) {
    return MatchSpan.render(hit.text(), hit.matches(), Html::escape, "<mark>", "</mark>");
  }
}
