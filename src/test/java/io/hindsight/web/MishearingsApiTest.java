package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A pair's own words learn their mishearings from the members' corrections: once "project" was
 * corrected to "Priya" in one session, a search for Priya also finds the sessions nobody corrected.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class MishearingsApiTest {

  @Parameter TestDatabase database;

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, database);
    fixture.agree("ann", "ben");
    fixture.agree("cat", "dan");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  private static Map<String, String> matchByRecording(JsonNode hits) {
    Map<String, String> kinds = new HashMap<>();
    hits.forEach(h -> kinds.put(h.get("recordingId").asText(), h.get("match").asText()));
    return kinds;
  }

  @Test
  void aCorrectionToOneOfOurWordsWidensItsSearch() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          String corrected = ann.uploadReady(6, "Week one");
          String untouched = ann.uploadReady(6, "Week two");
          String others = cat.uploadReady(6, "Theirs");
          ann.send("PUT", "/api/agreement/vocabulary", Map.of("words", List.of("Priya")));
          assertEquals(0, json(ann.get("/api/search?q=priya")).get("total").asInt());

          ann.send(
              "PATCH",
              "/api/recordings/" + corrected + "/transcript",
              Map.of(
                  "baseVersion",
                  1,
                  "replace",
                  Map.of("find", "project", "with", "Priya", "wholeWord", true)));

          Map<String, String> found =
              matchByRecording(json(ann.get("/api/search?q=priya")).get("hits"));
          assertEquals("exact", found.get(corrected), found.toString());
          assertEquals("alternative", found.get(untouched), "the usual mishearing: " + found);
          assertEquals(2, found.size(), found.toString());
          assertEquals(0, json(cat.get("/api/search?q=priya")).get("total").asInt(), others);

          // Off the list, the word no longer widens: what was learned goes with it.
          ann.send("PUT", "/api/agreement/vocabulary", Map.of("words", List.of()));
          ann.send("PUT", "/api/agreement/vocabulary", Map.of("words", List.of("Priya")));
          Map<String, String> after =
              matchByRecording(json(ann.get("/api/search?q=priya")).get("hits"));
          assertEquals(Map.of(corrected, "exact"), after);
          assertTrue(json(ann.get("/api/search?q=project")).get("total").asInt() > 0);
        });
  }
}
