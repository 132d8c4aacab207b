package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Members correct a transcript; captions, exports and search follow; stale saves get a 409. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class TranscriptEditApiTest {

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

  private static Map<String, Object> edit(int base, int segment, String text) {
    return Map.of("baseVersion", base, "edits", List.of(Map.of("segment", segment, "text", text)));
  }

  private static int total(ApiClient client, String query) {
    return json(client.get("/api/search?q=" + query)).get("total").asInt();
  }

  @Test
  void anEditKeepsTimingsShowsEverywhereAndAStaleSaveIsRefused() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          String id = ann.uploadReady(6, "Week one");
          String path = "/api/recordings/" + id + "/transcript";
          JsonNode before = json(ann.get(path));
          assertEquals(1, before.get("version").asInt());
          assertEquals(
              "the project deadline is next friday", before.at("/segments/0/text").asText());
          assertFalse(before.at("/words/0/edited").asBoolean());

          HttpResponse<String> saved =
              ann.send("PATCH", path, edit(1, 0, "the roadmap deadline is next friday"));
          assertEquals(200, saved.statusCode(), saved.body());
          JsonNode after = json(saved);
          assertEquals(2, after.get("version").asInt());
          JsonNode changed = after.at("/words/1");
          assertEquals("roadmap", changed.get("word").asText());
          assertTrue(changed.get("edited").asBoolean());
          assertEquals(1.0, changed.get("conf").asDouble());
          assertEquals(
              before.at("/words/1/start").asDouble(), changed.get("start").asDouble(), 1e-6);
          assertEquals(before.at("/words/2"), after.at("/words/2"));

          assertEquals(1, total(ann, "roadmap"));
          assertEquals(0, total(ann, "project"));
          assertTrue(ann.get("/api/recordings/" + id + "/captions.vtt").body().contains("roadmap"));
          assertTrue(ann.get(path + "?format=txt").body().contains("roadmap"));

          // Ben still has version 1 open: his save is refused and he gets the latest to redo it.
          HttpResponse<String> stale = ben.send("PATCH", path, edit(1, 0, "the plan"));
          assertEquals(409, stale.statusCode());
          assertEquals(2, json(stale).at("/latest/version").asInt());
          assertEquals("roadmap", json(stale).at("/latest/words/1/word").asText());
          assertEquals(2, json(ann.get(path)).get("version").asInt());

          JsonNode replaced =
              json(
                  ben.send(
                      "PATCH",
                      path,
                      Map.of(
                          "baseVersion",
                          2,
                          "replace",
                          Map.of("find", "FRIDAY", "with", "Monday", "wholeWord", true))));
          assertEquals(3, replaced.get("version").asInt());
          assertEquals(
              "the roadmap deadline is next Monday", replaced.at("/segments/0/text").asText());
          assertEquals(1, total(ann, "monday"));
          assertTrue(ann.get("/api/recordings/" + id + "/captions.srt").body().contains("Monday"));

          JsonNode undone = json(ann.send("POST", path + "/undo", Map.of("baseVersion", 3)));
          assertEquals(4, undone.get("version").asInt());
          assertEquals(
              "the roadmap deadline is next friday", undone.at("/segments/0/text").asText());
          assertEquals(0, total(ann, "monday"));
          assertEquals(1, total(ann, "friday"));
          JsonNode again = json(ann.send("POST", path + "/undo", null));
          assertEquals(
              "the project deadline is next friday", again.at("/segments/0/text").asText());
          assertEquals(1, total(ann, "project"));
          assertEquals(400, ann.send("POST", path + "/undo", null).statusCode());

          JsonNode history = json(ann.get(path + "/history"));
          assertEquals(5, history.size());
          assertEquals("recognized", history.get(0).get("summary").asText());
          assertEquals("Ben Mentee", history.get(2).get("author").asText());
          assertTrue(history.get(2).get("summary").asText().contains("Monday"));
          assertEquals(
              "the project deadline is next friday",
              json(ann.get(path + "/versions/1")).at("/segments/0/text").asText());
        });
  }

  @Test
  void badEditsAreRefusedAndChangeNothing() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(6, "Week one");
          String path = "/api/recordings/" + id + "/transcript";
          String original = ann.get(path).body();
          HttpResponse<String> empty = ann.send("PATCH", path, edit(1, 0, "  "));
          assertEquals(400, empty.statusCode());
          assertTrue(json(empty).get("details").asText().contains("delete"), empty.body());
          assertEquals(400, ann.send("PATCH", path, edit(1, 7, "x")).statusCode());
          assertEquals(400, ann.send("PATCH", path, edit(1, 0, "a".repeat(2001))).statusCode());
          assertEquals(400, ann.send("PATCH", path, Map.of("baseVersion", 1)).statusCode());
          assertEquals(400, ann.send("PATCH", path, "not an edit").statusCode());
          assertEquals(original, ann.get(path).body());

          JsonNode markup = json(ann.send("PATCH", path, edit(1, 0, "the <b>plan</b> & more")));
          assertEquals("<b>plan</b>", markup.at("/words/1/word").asText());
          assertTrue(
              ann.get("/api/recordings/" + id + "/captions.vtt")
                  .body()
                  .contains("&lt;b&gt;plan&lt;/b&gt; &amp; more"));
          assertEquals(
              1, json(ann.get(path + "/matches?find=THE&wholeWord=true")).get("count").asInt());
          assertEquals(
              0, json(ann.get(path + "/matches?find=th&wholeWord=true")).get("count").asInt());
          assertEquals(1, json(ann.get(path + "/matches?find=th")).get("count").asInt());
        });
  }

  @Test
  void anotherPairGetsNotFoundOnEveryRoute() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          String id = ann.uploadReady(6, "Week one");
          String path = "/api/recordings/" + id + "/transcript";
          assertEquals(404, cat.send("PATCH", path, edit(1, 0, "mine now")).statusCode());
          assertEquals(404, cat.send("POST", path + "/undo", null).statusCode());
          assertEquals(404, cat.get(path + "/history").statusCode());
          assertEquals(404, cat.get(path + "/matches?find=the").statusCode());
          assertEquals(404, cat.get(path + "/versions/1").statusCode());
          assertEquals(1, json(ann.get(path)).get("version").asInt());
        });
  }

  @Test
  void withdrawnConsentStopsEditsAsItStopsReading() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          String id = ann.uploadReady(6, "Week one");
          String path = "/api/recordings/" + id + "/transcript";
          ben.send("POST", "/api/agreement/withdraw", null);
          assertEquals(409, ann.get(path).statusCode());
          assertEquals(409, ann.send("PATCH", path, edit(1, 0, "hidden")).statusCode());
          assertEquals(409, ann.get(path + "/history").statusCode());
        });
  }

  @Test
  void aPublishedExcerptKeepsTheApprovedWordsWhileADraftTakesTheCorrection() {
    fixture.agreeToShare("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          String id = ann.uploadReady(6, "Week one");
          Map<String, Object> range =
              Map.of("title", "Plans", "startSeconds", 0, "endSeconds", 6, "keepSuggested", false);
          String published =
              json(ann.send("POST", "/api/recordings/" + id + "/excerpts", range))
                  .get("id")
                  .asText();
          ann.send("POST", "/api/excerpts/" + published + "/approve", null);
          ben.send("POST", "/api/excerpts/" + published + "/approve", null);
          String url =
              json(ann.send("POST", "/api/excerpts/" + published + "/publish", null))
                  .get("url")
                  .asText();
          String draft =
              json(ann.send("POST", "/api/recordings/" + id + "/excerpts", range))
                  .get("id")
                  .asText();

          String path = "/api/recordings/" + id + "/transcript";
          assertEquals(
              200,
              ann.send("PATCH", path, edit(1, 0, "the roadmap deadline is next friday"))
                  .statusCode());

          assertEquals(
              "project", json(ann.get("/api/excerpts/" + published)).at("/words/1/word").asText());
          String page = new ApiClient(server.port()).get(url).body();
          assertTrue(page.contains("project"), page);
          assertFalse(page.contains("roadmap"));
          assertEquals(
              "roadmap", json(ann.get("/api/excerpts/" + draft)).at("/words/1/word").asText());
        });
  }
}
