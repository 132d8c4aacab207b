package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.User;
import io.hindsight.search.SearchRequest;
import io.hindsight.search.SearchResultJson;
import io.hindsight.search.TranscriptSearcher;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/** {@code GET /api/search}: the caller's pair's transcripts and the notes the caller may see. */
final class SearchRoutes {

  static final int DEFAULT_LIMIT = 50;
  static final int MAX_LIMIT = 200;

  private final TranscriptSearcher searcher;
  private final Agreements agreements;

  SearchRoutes(TranscriptSearcher searcher, Agreements agreements) {
    this.searcher = searcher;
    this.agreements = agreements;
  }

  void register(RoutesConfig routes) {
    routes.get(
        "/api/search",
        ctx -> ctx.json(SearchResultJson.of(searcher.search(request(ctx, agreements)))));
  }

  /** The search the query string describes; the search page asks the same way. */
  static SearchRequest request(Context ctx, Agreements agreements) {
    User user = Visitor.member(ctx);
    String speaker = ctx.queryParam("speaker");
    SearchRequest request =
        new SearchRequest(
            ctx.queryParam("q"),
            user.pair(),
            speaker == null || speaker.isBlank() ? null : speaker.strip(),
            RecordingRoutes.date(ctx.queryParam("from")),
            RecordingRoutes.date(ctx.queryParam("to")),
            limit(ctx.queryParam("limit")),
            user.id(),
            // Notes stay searchable by their authors even where transcripts may not be.
            !agreements.of(user.pair()).allowsSearch());
    return request;
  }

  private static int limit(String value) {
    if (value == null || value.isBlank()) {
      return DEFAULT_LIMIT;
    }
    try {
      int limit = Integer.parseInt(value.strip());
      if (limit >= 1 && limit <= MAX_LIMIT) {
        return limit;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw HindsightException.badInput("limit must be a number from 1 to " + MAX_LIMIT);
  }
}
