package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.search.MatchSpan;
import io.hindsight.search.SearchHit;
import io.hindsight.search.SearchRequest;
import io.hindsight.search.SearchResult;
import io.hindsight.search.SearchResultJson;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "search",
    description = {
      "Search transcripts. Lucene syntax: words (all must match), \"phrases\", AND/OR/NOT,",
      "prefix*, fuzzy~."
    })
final class SearchCommand implements Callable<Integer> {

  @ParentCommand Main main;
  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Parameters(paramLabel = "QUERY")
  String query;

  @Option(
      names = "--pair",
      paramLabel = "PAIR",
      description = "Only this pair's recordings (default: all pairs).")
  String pair;

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only what this person said.")
  String speaker;

  @Option(
      names = "--limit",
      defaultValue = "10",
      paramLabel = "N",
      description = "At most N hits (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--json", description = "Print JSON.")
  boolean json;

  @Override
  public Integer call() {
    try (Hindsight app = main.open(null, null)) {
      // The pair's agreement decides as on the web: notes only while transcripts may not be
      // searched. Without --pair this is the administrator's view of every pair.
      boolean notesOnly = pair != null && !app.agreements().of(pair).allowsSearch();
      SearchRequest request =
          new SearchRequest(query, pair, speaker, null, null, limit, null, notesOnly);
      SearchResult result = app.searcher().search(request);
      PrintWriter out = spec.commandLine().getOut();
      if (result.note() != null) {
        // How the query was read goes to stderr, so --json output stays one JSON document.
        spec.commandLine().getErr().println(result.note() + ".");
      }
      if (json) {
        out.println(Json.write(SearchResultJson.of(result)));
        return Main.OK;
      }
      if (result.total() == 0) {
        out.println(
            "No matches for " + query + ". Try fewer words, OR, a prefix* or a fuzzy~ match.");
        return Main.OK;
      }
      out.printf("%d match%s%n", result.total(), result.total() == 1 ? "" : "es");
      for (SearchHit hit : result.hits()) {
        out.printf(
            Locale.ROOT,
            "%s  %s  %s (%s)%n    %s%s%s%n",
            clock(hit.startSeconds()),
            hit.recordingId(),
            hit.title(),
            hit.pair(),
            hit.speaker() == null ? "" : hit.speaker() + ": ",
            MatchSpan.render(hit.text(), hit.matches(), text -> text, "[", "]"),
            label(hit.match()));
      }
    }
    return Main.OK;
  }

  /** A hit not found as written says how it was found. */
  private static String label(String match) {
    if (SearchHit.SOUND.equals(match)) {
      return "  (sounds like)";
    }
    return SearchHit.ALTERNATIVE.equals(match) ? "  (maybe heard)" : "";
  }

  private static String clock(double seconds) {
    long s = (long) Math.floor(seconds);
    return String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60);
  }
}
