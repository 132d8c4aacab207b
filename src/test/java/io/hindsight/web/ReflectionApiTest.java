package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Follow-ups found in what was said, added, ticked and dismissed; insights; pair isolation,
 * withdrawal and deletion. The recognizer is a stand-in that says one promise and one question.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ReflectionApiTest {

  @Parameter TestDatabase database;

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture =
        new WebFixture(
            data,
            database,
            () ->
                FakeSpeechModel.saying(
                    "i'll", "send", "you", "the", "slides", "by", "friday", "what", "do", "you",
                    "think"));
    fixture.agree("ann", "ben");
    fixture.agree("cat", "dan");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void aPromiseIsFoundTickedAndKeptToThePair() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          String id = ann.uploadReady(12, "Week one");

          JsonNode found = json(ann.get("/api/recordings/" + id + "/follow-ups"));
          assertEquals(1, found.size(), found.toString());
          JsonNode promise = found.get(0);
          assertEquals("follow-up", promise.get("kind").asText());
          assertEquals("detected", promise.get("source").asText());
          assertEquals("by friday", promise.get("due").asText());
          assertTrue(promise.get("text").asText().startsWith("i'll send you the slides"));
          assertFalse(promise.get("done").asBoolean());
          // Read once: asking again finds nothing twice.
          assertEquals(1, json(ben.get("/api/follow-ups")).size());

          String path = "/api/follow-ups/" + promise.get("id").asText();
          JsonNode ticked = json(ben.send("PATCH", path, Map.of("done", true)));
          assertTrue(ticked.get("done").asBoolean());
          assertEquals("Ben Mentee", ticked.get("doneBy").asText());
          assertFalse(ticked.get("doneAt").isNull());
          JsonNode reopened =
              json(ann.send("PATCH", path, Map.of("done", false, "text", "send the deck")));
          assertFalse(reopened.get("done").asBoolean());
          assertEquals("send the deck", reopened.get("text").asText());

          HttpResponse<String> added =
              ann.send(
                  "POST",
                  "/api/recordings/" + id + "/follow-ups",
                  Map.of("atSeconds", 2.5, "text", "read chapter <b>3</b>", "owner", "Ben"));
          assertEquals(201, added.statusCode(), added.body());
          assertEquals("added", json(added).get("source").asText());
          assertEquals("Ann <b>Mentor</b>", json(added).get("createdBy").asText());
          assertEquals(2, json(ben.get("/api/recordings/" + id + "/follow-ups")).size());

          // Searchable like a shared note, until dismissed.
          JsonNode hits = json(ben.get("/api/search?q=chapter")).get("hits");
          assertEquals(1, hits.size(), hits.toString());
          assertEquals("follow-up", hits.get(0).get("kind").asText());
          assertEquals(0, json(cat.get("/api/search?q=chapter")).get("total").asInt());
          String addedPath = "/api/follow-ups/" + json(added).get("id").asText();
          ann.send("PATCH", addedPath, Map.of("dismissed", true));
          assertEquals(0, json(ben.get("/api/search?q=chapter")).get("total").asInt());
          ann.send("PATCH", addedPath, Map.of("dismissed", false));
          assertEquals(1, json(ben.get("/api/search?q=chapter")).get("total").asInt());
          fixture.app.library().reindex();
          assertEquals(1, json(ben.get("/api/search?q=chapter")).get("total").asInt(), "rebuilt");

          // Another pair sees none of it, and its ids answer as missing ones do.
          assertEquals(0, json(cat.get("/api/follow-ups")).size());
          assertEquals(404, cat.get("/api/recordings/" + id + "/follow-ups").statusCode());
          assertEquals(404, cat.send("PATCH", path, Map.of("done", true)).statusCode());
          assertEquals(
              404,
              cat.send(
                      "POST",
                      "/api/recordings/" + id + "/follow-ups",
                      Map.of("atSeconds", 1, "text", "x"))
                  .statusCode());

          JsonNode insights = json(ann.get("/api/insights")).get("sessions");
          assertEquals(1, insights.size());
          JsonNode session = insights.get(0);
          assertFalse(session.get("labelled").asBoolean());
          assertEquals(1, session.at("/speakers/0/questions").asInt());
          assertEquals(1.0, session.at("/speakers/0/share").asDouble(), 1e-9);
          assertTrue(session.get("reading").asText().contains("1 question"));
          assertEquals(0, json(cat.get("/api/insights")).get("sessions").size());
          // A correction changes the numbers at once: they are kept only until the next save.
          ann.send(
              "PATCH",
              "/api/recordings/" + id + "/transcript",
              Map.of(
                  "baseVersion",
                  1,
                  "edits",
                  java.util.List.of(Map.of("segment", 0, "text", "i'll send you the slides"))));
          assertEquals(
              0, json(ann.get("/api/insights")).at("/sessions/0/speakers/0/questions").asInt());

          ann.send("DELETE", "/api/recordings/" + id, null);
          assertEquals(0, json(ann.get("/api/follow-ups")).size());
          assertEquals(0, json(ann.get("/api/search?q=chapter")).get("total").asInt());
          assertEquals(404, ann.send("PATCH", path, Map.of("done", true)).statusCode());
        });
  }

  @Test
  void badInputIsRefusedWithAMessage() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(12, "Week one");
          String add = "/api/recordings/" + id + "/follow-ups";
          assertBad(ann.send("POST", add, Map.of("text", "no moment")), "atSeconds");
          assertBad(ann.send("POST", add, Map.of("atSeconds", 1, "text", " ")), "empty");
          assertBad(ann.send("POST", add, Map.of("atSeconds", 999, "text", "x")), "within");
          assertBad(
              ann.send("POST", add, Map.of("atSeconds", 1, "text", "x".repeat(501))), "too long");
          assertBad(ann.send("POST", add, "not json"), "JSON");
          String some = json(ann.get(add)).get(0).get("id").asText();
          assertBad(ann.send("PATCH", "/api/follow-ups/" + some, Map.of()), "say what");
          assertBad(ann.send("PATCH", "/api/follow-ups/" + some, Map.of("done", "maybe")), "JSON");
          assertEquals(
              404, ann.send("PATCH", "/api/follow-ups/nope", Map.of("done", true)).statusCode());
        });
  }

  @Test
  void afterAWithdrawalNothingNewIsRead() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String first = ann.uploadReady(12, "Week one");
          assertEquals(1, json(ann.get("/api/follow-ups")).size());
          String second = ann.uploadReady(12, "Week two");
          fixture.app.agreements().withdraw(fixture.user("ben"));

          JsonNode kept = json(ann.get("/api/follow-ups"));
          assertEquals(1, kept.size(), "what was found stays, as notes do");
          assertEquals(first, kept.get(0).get("recordingId").asText());
          assertEquals(0, json(ann.get("/api/recordings/" + second + "/follow-ups")).size());
          assertEquals(0, json(ann.get("/api/insights")).get("sessions").size());

          fixture.agree("ben");
          assertEquals(2, json(ann.get("/api/follow-ups")).size());
        });
  }

  private static void assertBad(HttpResponse<String> response, String says) {
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains(says), response.body());
  }

  @Test
  void rulesOfEngagementAreSignedAndGiveTheNextSessionAndACalendar() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          ann.uploadReady(12, "Week one", "2026-11-20");
          assertEquals(409, ann.get("/api/agreement/calendar.ics").statusCode());

          Map<String, Object> rules =
              Map.of(
                  "cadenceDays", 14,
                  "media", "video, chat",
                  "replyTime", "within 2 days",
                  "timeLimits", "no calls after 18:00; weekends off");
          Map<String, Object> terms =
              Map.of(
                  "record",
                  true,
                  "searchable",
                  true,
                  "shareExcerpts",
                  false,
                  "retentionDays",
                  0,
                  "engagement",
                  rules);
          JsonNode proposed = json(ann.send("POST", "/api/agreement", terms));
          assertEquals(2, proposed.get("version").asInt(), "new rules make a new version");
          assertEquals(14, proposed.at("/engagement/cadenceDays").asInt());
          assertEquals("awaiting-signatures", proposed.get("status").asText());
          assertTrue(
              ben.send(ben.request("/agreement"))
                  .body()
                  .contains("meeting cadence: none → every 14 days"),
              "the partner sees what changes before signing");
          assertEquals(
              "in-force", json(ben.send("POST", "/api/agreement", terms)).get("status").asText());

          HttpResponse<String> ics = ann.get("/api/agreement/calendar.ics");
          assertEquals(200, ics.statusCode());
          assertTrue(
              ics.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"));
          assertTrue(ics.body().contains("DTSTART;VALUE=DATE:20261204\r\n"), ics.body());
          assertTrue(ics.body().contains("RRULE:FREQ=DAILY;INTERVAL=14\r\n"), ics.body());
          assertTrue(ics.body().contains("no calls after 18:00\\; weekends off"), ics.body());

          String home = ann.send(ann.request("/")).body();
          assertTrue(home.contains("Next session"), home);
          assertTrue(home.contains("every 14 days since Fri 20 Nov"), home);
          String prepare = ann.send(ann.request("/prepare")).body();
          assertTrue(prepare.contains("Meet every 14 days"), prepare);
          assertTrue(prepare.contains("Preferred media: video, chat"), prepare);
          assertTrue(
              prepare.contains("i&#39;ll send you the slides")
                  || prepare.contains("i'll send you the slides"),
              "open follow-ups are gathered");

          Map<String, Object> bad = new java.util.HashMap<>(terms);
          bad.put("engagement", Map.of("cadenceDays", 0));
          assertBad(ann.send("POST", "/api/agreement", bad), "cadence");
          bad.put("engagement", Map.of("media", "x".repeat(201)));
          assertBad(ann.send("POST", "/api/agreement", bad), "too long");
          bad.put("engagement", "weekly");
          assertBad(ann.send("POST", "/api/agreement", bad), "JSON");
        });
  }
}
