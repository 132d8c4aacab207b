package io.hindsight.web;

import static io.hindsight.Html.escape;

import io.hindsight.HindsightException;
import io.hindsight.pair.User;
import io.hindsight.search.SearchHit;
import io.hindsight.search.SearchResult;
import io.hindsight.search.SearchResultJson;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/** The search page: one box, filters, and hits grouped by recording, each opening the moment. */
final class SearchPage {

  private final WebServices services;
  private final SearchRoutes search;

  SearchPage(WebServices services, SearchRoutes search) {
    this.services = services;
    this.search = search;
  }

  void render(Context ctx) {
    User user = Visitor.member(ctx);
    String q = value(ctx, "q");
    String from = value(ctx, "from");
    String to = value(ctx, "to");
    String speaker = value(ctx, "speaker");
    SortedSet<String> speakers = services.searcher().speakers(user.pair());
    StringBuilder body = new StringBuilder("<div class=\"page-head\"><h1>Search</h1></div>\n");
    body.append(
            "<form class=\"panel search-form\" role=\"search\" method=\"get\" action=\"/search\">")
        .append("<div class=\"search-box\"><label for=\"q\">Search our sessions and notes</label>")
        .append("<div class=\"row\"><input type=\"search\" id=\"q\" name=\"q\" value=\"")
        .append(escape(q))
        .append("\" placeholder=\"e.g. deadline, &quot;code review&quot;, feedback OR career\">")
        .append("<button type=\"submit\" class=\"primary\">Search</button></div></div>")
        .append(
            "<div class=\"filters\"><div><label for=\"from\">From</label><input type=\"date\" id=\"from\" name=\"from\" value=\"")
        .append(escape(from))
        .append(
            "\"></div><div><label for=\"to\">To</label><input type=\"date\" id=\"to\" name=\"to\" value=\"")
        .append(escape(to))
        .append(
            "\"></div><div><label for=\"speaker\">Speaker</label><select id=\"speaker\" name=\"speaker\">")
        .append("<option value=\"\">Anyone</option>");
    for (String name : speakers) {
      body.append("<option")
          .append(name.equals(speaker) ? " selected" : "")
          .append(" value=\"")
          .append(escape(name))
          .append("\">")
          .append(escape(name))
          .append("</option>");
    }
    body.append("</select></div></div>")
        .append(
            "<p class=\"hint\">All words must match. Use \"quotes\" for a phrase, OR for either word,")
        .append(" NOT to exclude, plan* for a prefix and deadlin~ for a near match.</p></form>\n");
    if (!q.isBlank()) {
      body.append("<section aria-labelledby=\"results-h\" id=\"results\">");
      try {
        body.append(results(search.search(ctx), q));
      } catch (HindsightException e) {
        if (e.kind() != HindsightException.Kind.BAD_INPUT) {
          throw e;
        }
        body.append(
                "<h2 id=\"results-h\" class=\"visually-hidden\">Results</h2><p class=\"error\" role=\"alert\">")
            .append(escape(Layout.capitalize(e.getMessage())))
            .append(".</p>");
      }
      body.append("</section>");
    }
    ctx.html(
        Layout.page(
            ctx,
            q.isBlank() ? "Search" : q + " · Search",
            Layout.Nav.SEARCH,
            body.toString(),
            null));
  }

  private static String value(Context ctx, String name) {
    String v = ctx.queryParam(name);
    return v == null ? "" : v.strip();
  }

  private static String results(SearchResult result, String q) {
    StringBuilder out = new StringBuilder();
    if (result.total() == 0) {
      return out.append(
              "<h2 id=\"results-h\">No matches</h2><div class=\"empty panel\"><p>Nothing matched ")
          .append("<strong>")
          .append(escape(q))
          .append("</strong>.</p><p>Try fewer or broader words, ")
          .append(
              "OR between alternatives (<code>deadline OR plan</code>), a prefix (<code>feedb*</code>),")
          .append(
              " a near match (<code>feedbak~</code>), or clear the date and speaker filters.</p></div>")
          .toString();
    }
    Map<String, List<SearchHit>> byRecording = new LinkedHashMap<>();
    for (SearchHit hit : result.hits()) {
      byRecording.computeIfAbsent(hit.recordingId(), k -> new java.util.ArrayList<>()).add(hit);
    }
    out.append("<h2 id=\"results-h\">")
        .append(result.total())
        .append(result.total() == 1 ? " match" : " matches")
        .append(" in ")
        .append(byRecording.size())
        .append(byRecording.size() == 1 ? " recording" : " recordings")
        .append(
            result.total() > result.hits().size()
                ? " (showing the best " + result.hits().size() + ")"
                : "")
        .append("</h2>\n");
    for (Map.Entry<String, List<SearchHit>> group : byRecording.entrySet()) {
      SearchHit first = group.getValue().get(0);
      out.append("<section class=\"panel group\"><h3><a href=\"/recordings/")
          .append(first.recordingId())
          .append("\">")
          .append(escape(first.title()))
          .append("</a></h3><ol class=\"hits\">");
      for (SearchHit hit : group.getValue()) {
        out.append("<li><a class=\"hit\" href=\"/recordings/")
            .append(hit.recordingId())
            .append("?t=")
            .append(Format.seconds(hit.startSeconds()))
            .append("\"><span class=\"ts\">")
            .append(Format.clock(hit.startSeconds()))
            .append("</span>");
        if ("note".equals(hit.kind())) {
          out.append("<span class=\"badge note\">Note by ")
              .append(escape(hit.author()))
              .append("private".equals(hit.visibility()) ? " · private" : " · shared")
              .append("</span>");
        } else if (hit.speaker() != null) {
          out.append("<span class=\"speaker\">").append(escape(hit.speaker())).append("</span>");
        }
        // The snippet is already HTML: escaped text with <mark> around the matched words.
        out.append("<span class=\"snippet\">")
            .append(SearchResultJson.snippet(hit))
            .append("</span></a></li>");
      }
      out.append("</ol></section>\n");
    }
    return out.toString();
  }
}
