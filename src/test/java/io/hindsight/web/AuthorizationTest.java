package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.testing.TestDatabase;
import io.javalin.Javalin;
import io.javalin.router.ParsedEndpoint;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Walks every /api route the app registers, as anonymous (401) and as a member of another pair
 * using the first pair's ids (404, exactly as for a missing id). A route added without an entry
 * here fails {@link #everyApiRouteIsWalked()}.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class AuthorizationTest {

  @Parameter TestDatabase database;

  /**
   * One request: method, path with {id} and {noteId}, a body, and whether ids are another pair's.
   */
  private record Call(String method, String path, Object body, boolean pairScoped) {}

  private static final Map<String, Object> TERMS =
      Map.of("record", true, "searchable", true, "shareExcerpts", false, "retentionDays", 0);

  private static final List<Call> CALLS =
      List.of(
          new Call("POST", "/api/login", Map.of("username", "x", "password", "y"), false),
          new Call("POST", "/api/logout", null, false),
          new Call("GET", "/api/me", null, false),
          new Call("GET", "/api/agreement", null, false),
          new Call("POST", "/api/agreement", TERMS, false),
          new Call("POST", "/api/agreement/withdraw", null, false),
          new Call("GET", "/api/recordings", null, false),
          new Call("POST", "/api/recordings", null, false),
          new Call("GET", "/api/recordings/{id}", null, true),
          new Call("DELETE", "/api/recordings/{id}", null, true),
          new Call("GET", "/api/recordings/{id}/transcript", null, true),
          new Call(
              "PATCH",
              "/api/recordings/{id}/transcript",
              Map.of("baseVersion", 1, "edits", List.of(Map.of("segment", 0, "text", "theirs"))),
              true),
          new Call("POST", "/api/recordings/{id}/transcript/undo", null, true),
          new Call("PUT", "/api/recordings/{id}/speakers", Map.of("Speaker 1", "Theirs"), true),
          new Call("GET", "/api/recordings/{id}/transcript/history", null, true),
          new Call("GET", "/api/recordings/{id}/transcript/matches", null, true),
          new Call("GET", "/api/recordings/{id}/transcript/versions/{version}", null, true),
          new Call("GET", "/api/recordings/{id}/captions.vtt", null, true),
          new Call("GET", "/api/recordings/{id}/captions.srt", null, true),
          new Call("GET", "/api/recordings/{id}/media", null, true),
          new Call("GET", "/api/recordings/{id}/notes", null, true),
          new Call(
              "POST",
              "/api/recordings/{id}/notes",
              Map.of("atSeconds", 1, "text", "hi", "visibility", "pair"),
              true),
          new Call("DELETE", "/api/recordings/{id}/notes/{noteId}", null, true),
          new Call(
              "POST",
              "/api/recordings/{id}/excerpts",
              Map.of("title", "t", "startSeconds", 0, "endSeconds", 2),
              true),
          new Call("GET", "/api/recordings/{id}/excerpts", null, true),
          new Call("GET", "/api/excerpts", null, false),
          new Call("GET", "/api/excerpts/{id}", null, true),
          new Call("PATCH", "/api/excerpts/{id}", Map.of("title", "theirs"), true),
          new Call("POST", "/api/excerpts/{id}/approve", null, true),
          new Call("POST", "/api/excerpts/{id}/publish", null, true),
          new Call("POST", "/api/excerpts/{id}/revoke", null, true),
          new Call("GET", "/api/excerpts/{id}/preview/clip", null, true),
          new Call("GET", "/api/excerpts/{id}/preview/captions.vtt", null, true),
          new Call("GET", "/api/agreement/redact-words", null, false),
          new Call("PUT", "/api/agreement/redact-words", Map.of("words", List.of("x")), false),
          new Call("GET", "/api/agreement/vocabulary", null, false),
          new Call("GET", "/api/agreement/excerpt-length", null, false),
          new Call("PUT", "/api/agreement/excerpt-length", Map.of("maxSeconds", 60), false),
          new Call("PUT", "/api/agreement/vocabulary", Map.of("words", List.of("Acme")), false),
          new Call("GET", "/api/search", null, false),
          new Call("GET", "/api/follow-ups", null, false),
          new Call("GET", "/api/recordings/{id}/follow-ups", null, true),
          new Call(
              "POST",
              "/api/recordings/{id}/follow-ups",
              Map.of("atSeconds", 1, "text", "theirs"),
              true),
          new Call("PATCH", "/api/follow-ups/{id}", Map.of("done", true), true),
          new Call("GET", "/api/insights", null, false),
          new Call("GET", "/api/recordings/{id}/insights", null, true),
          new Call("GET", "/api/agreement/calendar.ics", null, false),
          new Call(
              "PATCH", "/api/recordings/{id}/notes/{noteId}", Map.of("forNextTime", true), true),
          new Call("GET", "/api/admin", null, false),
          new Call(
              "POST",
              "/api/admin/users",
              Map.of("username", "eve", "name", "Eve", "pair", "p1", "role", "mentee"),
              false),
          new Call("POST", "/api/admin/users/{username}/password", null, false),
          new Call("POST", "/api/admin/users/{username}/disable", null, false),
          new Call("POST", "/api/admin/users/{username}/enable", null, false),
          new Call("DELETE", "/api/admin/users/{username}", null, false),
          new Call("GET", "/api/voices", null, false),
          new Call("GET", "/api/uploads", null, false));

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, database);
    fixture.agree("ann", "ben", "cat", "dan");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void everyApiRouteIsWalked() {
    Javalin app = fixture.web();
    Set<String> registered = new TreeSet<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      if (e.endpoint.path.startsWith("/api/")) {
        registered.add(e.endpoint.method + " " + e.endpoint.path);
      }
    }
    Set<String> walked = new TreeSet<>();
    CALLS.forEach(c -> walked.add(c.method() + " " + c.path()));
    assertEquals(registered, walked);
  }

  @Test
  void anonymousRequestsAnswer401() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(4, "Ann's");
          String excerptId = excerpt(ann, id);
          ApiClient anonymous = new ApiClient(server.port());
          for (Call call : CALLS) {
            HttpResponse<String> r =
                anonymous.send(
                    call.method(),
                    path(call, id, "n0000000000000000", excerptId, "f0000000000000000"),
                    call.body());
            // Login too: the walk's credentials are wrong.
            assertEquals(401, r.statusCode(), call.toString());
            assertEquals("Unauthorized", json(r).get("title").asText(), call.toString());
          }
        });
  }

  @Test
  void anotherPairsIdsAnswer404AndChangeNothing() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(4, "Ann's");
          String noteId =
              json(ann.send(
                      "POST",
                      "/api/recordings/" + id + "/notes",
                      Map.of("atSeconds", 1, "text", "ours", "visibility", "pair")))
                  .get("id")
                  .asText();
          String excerptId = excerpt(ann, id);
          String followUpId =
              json(ann.send(
                      "POST",
                      "/api/recordings/" + id + "/follow-ups",
                      Map.of("atSeconds", 1, "text", "ours")))
                  .get("id")
                  .asText();
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          List<String> checked = new ArrayList<>();
          for (Call call : CALLS) {
            if (!call.pairScoped()) {
              continue;
            }
            HttpResponse<String> r =
                cat.send(call.method(), path(call, id, noteId, excerptId, followUpId), call.body());
            assertEquals(404, r.statusCode(), call + ": " + r.body());
            assertEquals("Not Found", json(r).get("title").asText());
            checked.add(call.path());
          }
          assertEquals(29, checked.size());
          // Nothing of Ann's pair leaked or changed.
          assertEquals(0, json(cat.get("/api/recordings")).size());
          assertEquals(0, json(cat.get("/api/search?q=deadline+OR+ours")).get("total").asInt());
          assertEquals("ready", json(ann.get("/api/recordings/" + id)).get("status").asText());
          assertEquals(1, json(ann.get("/api/recordings/" + id + "/notes")).size());
          JsonNode excerpt = json(ann.get("/api/excerpts/" + excerptId));
          assertEquals("draft", excerpt.get("status").asText());
          assertEquals("Ours", excerpt.get("title").asText());
          assertEquals(1, json(ann.get("/api/excerpts")).size());
          JsonNode followUp = json(ann.get("/api/follow-ups")).get(0);
          assertEquals("ours", followUp.get("text").asText());
          assertFalse(followUp.get("done").asBoolean());
          assertFalse(
              json(ann.get("/api/recordings/" + id + "/notes"))
                  .get(0)
                  .get("forNextTime")
                  .asBoolean());
          // The pages answer the same way.
          assertEquals(
              404,
              cat.send(cat.request("/recordings/" + id).header("Accept", "text/html"))
                  .statusCode());
        });
  }

  @Test
  void pairScopedSearchAndListsNeverShowAnotherPairsData() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          String annsId = ApiClient.signedIn(server.port(), "ann").uploadReady(4, "Ann's");
          ApiClient dan = ApiClient.signedIn(server.port(), "dan");
          String dansId = dan.uploadReady(4, "Dan's");
          HttpResponse<String> hits = dan.get("/api/search?q=deadline");
          assertTrue(json(hits).get("total").asInt() > 0);
          json(hits).get("hits").forEach(h -> assertEquals(dansId, h.get("recordingId").asText()));
          assertTrue(dan.get("/api/recordings").body().contains(dansId));
          assertTrue(!dan.get("/api/recordings").body().contains(annsId));
        });
  }

  private static String excerpt(ApiClient ann, String recordingId) {
    return json(ann.send(
            "POST",
            "/api/recordings/" + recordingId + "/excerpts",
            Map.of("title", "Ours", "startSeconds", 0, "endSeconds", 3)))
        .get("id")
        .asText();
  }

  private static String path(
      Call call, String id, String noteId, String excerptId, String followUpId) {
    String own =
        call.path().startsWith("/api/excerpts/")
            ? excerptId
            : call.path().startsWith("/api/follow-ups/") ? followUpId : id;
    return call.path()
            .replace("{id}", own)
            .replace("{noteId}", noteId)
            .replace("{version}", "1")
            .replace("{username}", "ben")
        + (call.path().equals("/api/search") ? "?q=deadline" : "");
  }
}
