package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.search.SearchHit;
import io.hindsight.web.view.Frame;
import io.hindsight.web.view.SearchView;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Search hits show the session's day, the speaker, and a label when not found as written. */
class SearchHitsTemplateTest {

  private static final Frame FRAME =
      new Frame(
          "Search",
          "token",
          "recording.js",
          List.of(new Frame.NavLink("/search", "Search", true)),
          new Frame.Who("Ann", "mentor · pair p1"));

  @Test
  void eachKindOfMatchHasItsLabel() {
    assertEquals("sounds like", SearchPage.matchLabel(SearchHit.SOUND));
    assertEquals("maybe heard", SearchPage.matchLabel(SearchHit.ALTERNATIVE));
    assertEquals(null, SearchPage.matchLabel(SearchHit.EXACT));
  }

  @Test
  void aGroupShowsItsDayAndEachHitItsSpeakerAndHowItWasFound() {
    SearchView.Hit sound =
        new SearchView.Hit(
            "/recordings/r1?t=1.00&q=kathryn",
            "0:01",
            null,
            "Bo <i>",
            "met <mark>catherine</mark>",
            "sounds like");
    SearchView.Hit exact =
        new SearchView.Hit(
            "/recordings/r1?t=9.00", "0:09", null, null, "<mark>kathryn</mark>", null);
    String html =
        Templates.render(
            "search.jte",
            new SearchView(
                FRAME,
                "kathryn",
                "",
                "",
                List.of(),
                new SearchView.Results(
                    2,
                    "2 matches in 1 recording",
                    List.of(
                        new SearchView.Group("r1", "Week 1", List.of(sound, exact), "5 Jan 2026")),
                    null),
                null));

    assertTrue(html.contains("<span class=\"meta session-date\">5 Jan 2026</span>"), html);
    assertTrue(html.contains("<span class=\"speaker\">Bo &lt;i&gt;</span>"), html);
    assertTrue(html.contains(">sounds like</span>"), html);
    assertEquals(1, html.split("badge match", -1).length - 1, "only the sound hit is labelled");
    assertFalse(html.contains("maybe heard"), html);
  }
}
