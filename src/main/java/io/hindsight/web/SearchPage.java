package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.pair.User;
import io.hindsight.search.IndexedNote;
import io.hindsight.search.SearchHit;
import io.hindsight.search.SearchResult;
import io.hindsight.search.SearchResultJson;
import io.hindsight.web.view.SearchView;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The search page: one box, filters, and hits grouped by recording, each opening the moment. */
final class SearchPage {

  private final WebServices services;

  SearchPage(WebServices services) {
    this.services = services;
  }

  void render(Context ctx) {
    User user = Visitor.member(ctx);
    String q = value(ctx, "q");
    String speaker = value(ctx, "speaker");
    List<SearchView.Speaker> speakers =
        services.searcher().speakers(user.pair()).stream()
            .map(name -> new SearchView.Speaker(name, name.equals(speaker)))
            .toList();
    SearchView.Results results = null;
    String error = null;
    if (!q.isBlank()) {
      try {
        results =
            results(
                services.searcher().search(SearchRoutes.request(ctx, services.agreements())), q);
      } catch (HindsightException e) {
        if (e.kind() != HindsightException.Kind.BAD_INPUT) {
          throw e;
        }
        error = Format.sentence(e.getMessage());
      }
    }
    Templates.page(
        ctx,
        "search.jte",
        new SearchView(
            Layout.frame(ctx, q.isBlank() ? "Search" : q + " · Search", Layout.Nav.SEARCH, null),
            q,
            value(ctx, "from"),
            value(ctx, "to"),
            speakers,
            results,
            error));
  }

  private static String value(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }

  private static SearchView.Results results(SearchResult result, String q) {
    Map<String, List<SearchView.Hit>> byRecording = new LinkedHashMap<>();
    Map<String, SearchHit> firsts = new LinkedHashMap<>();
    for (SearchHit hit : result.hits()) {
      firsts.putIfAbsent(hit.recordingId(), hit);
      byRecording.computeIfAbsent(hit.recordingId(), k -> new ArrayList<>()).add(hit(hit, q));
    }
    List<SearchView.Group> groups =
        byRecording.entrySet().stream()
            .map(
                e -> {
                  SearchHit first = firsts.get(e.getKey());
                  String day =
                      first.recordedAt() == null
                          ? null
                          : Format.day(java.time.LocalDate.parse(first.recordedAt()));
                  return new SearchView.Group(e.getKey(), first.title(), e.getValue(), day);
                })
            .toList();
    String heading =
        result.total()
            + (result.total() == 1 ? " match" : " matches")
            + " in "
            + groups.size()
            + (groups.size() == 1 ? " recording" : " recordings")
            + (result.total() > result.hits().size()
                ? " (showing the best " + result.hits().size() + ")"
                : "");
    return new SearchView.Results(result.total(), heading, groups, result.note());
  }

  /** The label of a hit not found as written; null for an exact one. */
  static String matchLabel(String match) {
    if (SearchHit.SOUND.equals(match)) {
      return "sounds like";
    }
    return SearchHit.ALTERNATIVE.equals(match) ? "maybe heard" : null;
  }

  private static SearchView.Hit hit(SearchHit hit, String q) {
    String note =
        switch (Objects.toString(hit.kind(), "")) {
          case IndexedNote.NOTE ->
              "Note by "
                  + Objects.toString(hit.author(), "")
                  + ("private".equals(hit.visibility()) ? " · private" : " · shared");
          case IndexedNote.FOLLOW_UP ->
              "Follow-up" + (hit.author() == null ? "" : " · " + hit.author());
          default -> null;
        };
    return new SearchView.Hit(
        // The query travels along, so the recording page marks its words.
        "/recordings/"
            + hit.recordingId()
            + "?t="
            + Format.seconds(hit.startSeconds())
            + "&q="
            + java.net.URLEncoder.encode(q, java.nio.charset.StandardCharsets.UTF_8),
        Format.clock(hit.startSeconds()),
        note,
        hit.speaker(),
        SearchResultJson.snippet(hit),
        matchLabel(hit.match()));
  }
}
