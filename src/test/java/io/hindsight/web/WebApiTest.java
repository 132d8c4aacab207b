package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The JSON API end to end over HTTP, with fakes at the ffmpeg and Vosk seams. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WebApiTest {

  @Parameter TestDatabase database;

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, database, 1024 * 1024);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void loginAnswersTheCsrfTokenAndUserAndSetsAStrictSessionCookie() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient client = new ApiClient(server.port());
          HttpResponse<String> response =
              client.send(
                  "POST", "/api/login", Map.of("username", "ann", "password", WebFixture.PASSWORD));
          assertEquals(200, response.statusCode());
          JsonNode body = json(response);
          assertTrue(body.get("csrfToken").asText().length() >= 40);
          assertEquals("ann", body.at("/user/username").asText());
          assertEquals("Ann <b>Mentor</b>", body.at("/user/name").asText());
          assertEquals("mentor", body.at("/user/role").asText());
          assertEquals("p1", body.at("/user/pair").asText());
          String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
          assertTrue(cookie.contains("HttpOnly"), cookie);
          assertTrue(cookie.contains("SameSite=Lax"), cookie);
          assertFalse(cookie.contains("Secure"), "plain http: not Secure");
        });
  }

  @Test
  void wrongPasswordsAre401ThenRateLimitedWith429() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient client = new ApiClient(server.port());
          for (int i = 0; i < 5; i++) {
            HttpResponse<String> wrong =
                client.send(
                    "POST", "/api/login", Map.of("username", "ben", "password", "wrong password!"));
            assertEquals(401, wrong.statusCode());
            assertEquals("Unauthorized", json(wrong).get("title").asText());
          }
          HttpResponse<String> limited =
              client.send(
                  "POST", "/api/login", Map.of("username", "ben", "password", WebFixture.PASSWORD));
          assertEquals(429, limited.statusCode());
          assertTrue(limited.headers().firstValue("Retry-After").isPresent());
          assertTrue(json(limited).get("details").asText().contains("too many failed sign-ins"));
        });
  }

  @Test
  void logoutEndsTheSession() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          assertEquals(200, ann.get("/api/me").statusCode());
          assertEquals(204, ann.send("POST", "/api/logout", null).statusCode());
          assertEquals(401, ann.get("/api/me").statusCode());
        });
  }

  @Test
  void changesWithoutTheCsrfTokenAreForbidden() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String token = ann.csrf;
          ann.csrf = null;
          HttpResponse<String> missing = ann.send("POST", "/api/agreement/withdraw", null);
          assertEquals(403, missing.statusCode());
          assertTrue(json(missing).get("details").asText().contains("CSRF"));
          ann.csrf = "not-" + token;
          assertEquals(403, ann.send("POST", "/api/logout", null).statusCode());
          ann.csrf = token;
          HttpResponse<String> foreign =
              ann.send(
                  ann.request("/api/logout")
                      .header("Origin", "http://evil.example")
                      .POST(HttpRequest.BodyPublishers.noBody()));
          assertEquals(403, foreign.statusCode());
        });
  }

  @Test
  void pagesAndApiCarryTheSecurityHeaders() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient anonymous = new ApiClient(server.port());
          for (String path : new String[] {"/login", "/api/recordings", "/assets/app.css"}) {
            HttpResponse<String> r = anonymous.get(path);
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(
                csp.contains("default-src 'self'") && csp.contains("script-src 'self'"),
                path + ": " + csp);
            assertEquals(
                "nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""), path);
          }
        });
  }

  @Test
  void anonymousPagesRedirectToLoginAndTheApiAnswers401() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient anonymous = new ApiClient(server.port());
          HttpResponse<String> page = anonymous.get("/search?q=plan");
          assertEquals(303, page.statusCode());
          assertEquals(
              "/login?next=%2Fsearch%3Fq%3Dplan",
              page.headers().firstValue("Location").orElseThrow());
          HttpResponse<String> api = anonymous.get("/api/recordings");
          assertEquals(401, api.statusCode());
          JsonNode error = json(api);
          assertEquals("Unauthorized", error.get("title").asText());
          assertEquals(401, error.get("status").asInt());
          assertNotNull(error.get("details"));
        });
  }

  @Test
  void theAgreementIsInForceOnlyWhenBothSignedTheSameVersion() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          assertEquals("none", json(ann.get("/api/agreement")).get("status").asText());
          Map<String, Object> terms =
              Map.of(
                  "record", true, "searchable", true, "shareExcerpts", false, "retentionDays", 30);
          JsonNode signedOnce = json(ann.send("POST", "/api/agreement", terms));
          assertEquals(1, signedOnce.get("version").asInt());
          assertEquals("awaiting-signatures", signedOnce.get("status").asText());
          assertEquals(
              409,
              ann.upload(FakeMediaTools.file(5), "a.mp4", Map.of("consentConfirmed", "true"))
                  .statusCode());

          JsonNode inForce = json(ben.send("POST", "/api/agreement", terms));
          assertEquals("in-force", inForce.get("status").asText());
          assertTrue(inForce.get("inForce").asBoolean());
          assertEquals(30, inForce.get("retentionDays").asInt());
          assertEquals(2, inForce.get("members").size());

          Map<String, Object> changed =
              Map.of(
                  "record", true, "searchable", true, "shareExcerpts", true, "retentionDays", 30);
          JsonNode proposal = json(ben.send("POST", "/api/agreement", changed));
          assertEquals(2, proposal.get("version").asInt());
          assertEquals("awaiting-signatures", proposal.get("status").asText());
          assertEquals(
              "in-force", json(ann.send("POST", "/api/agreement", changed)).get("status").asText());

          JsonNode withdrawn = json(ben.send("POST", "/api/agreement/withdraw", null));
          assertEquals("withdrawn", withdrawn.get("status").asText());
          HttpResponse<String> refused =
              ann.upload(FakeMediaTools.file(5), "a.mp4", Map.of("consentConfirmed", "true"));
          assertEquals(409, refused.statusCode());
          assertTrue(json(refused).get("details").asText().contains("withdrawn"), refused.body());
          assertEquals(
              400, ann.send("POST", "/api/agreement", Map.of("record", true)).statusCode());
        });
  }

  @Test
  void anUploadIsQueuedProcessedAndServedAsTranscriptCaptionsAndRangedMedia() {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(12, "Week <one>");
          JsonNode recording = json(ann.get("/api/recordings/" + id));
          assertEquals("Week <one>", recording.get("title").asText());
          assertEquals("ready", recording.get("status").asText());
          assertEquals(100, recording.at("/progress/percent").asInt());
          assertEquals(12.0, recording.get("durationSeconds").asDouble(), 0.01);
          assertEquals("record,transcribe,search", recording.at("/consent/scope").asText());
          assertEquals(1, json(ann.get("/api/recordings")).size());

          JsonNode transcript = json(ann.get("/api/recordings/" + id + "/transcript"));
          assertEquals("the", transcript.at("/words/0/word").asText());
          HttpResponse<String> vtt = ann.get("/api/recordings/" + id + "/captions.vtt");
          assertTrue(vtt.body().startsWith("WEBVTT"));
          assertTrue(vtt.headers().firstValue("Content-Type").orElse("").startsWith("text/vtt"));
          assertTrue(
              ann.get("/api/recordings/" + id + "/captions.srt")
                  .body()
                  .startsWith("1\n00:00:00,000 --> "));
          HttpResponse<String> txt =
              ann.get("/api/recordings/" + id + "/transcript?format=txt&download");
          assertTrue(txt.body().contains("project deadline"));
          assertTrue(
              txt.headers()
                  .firstValue("Content-Disposition")
                  .orElse("")
                  .contains("recording-" + id + ".txt"));

          HttpResponse<byte[]> range =
              ann.bytes(
                  ann.request("/api/recordings/" + id + "/media").header("Range", "bytes=2-5"));
          assertEquals(206, range.statusCode());
          assertEquals("KEME", new String(range.body()));
          assertTrue(
              range.headers().firstValue("Content-Range").orElse("").startsWith("bytes 2-5/"));
          HttpResponse<byte[]> tail =
              ann.bytes(
                  ann.request("/api/recordings/" + id + "/media").header("Range", "bytes=-3"));
          assertEquals(".0\n", new String(tail.body()));
          assertEquals(
              416,
              ann.bytes(
                      ann.request("/api/recordings/" + id + "/media").header("Range", "bytes=999-"))
                  .statusCode());
        });
  }

  @Test
  void notMediaIs415WithNothingKept() throws Exception {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          HttpResponse<String> r =
              ann.upload(
                  "just some notes".getBytes(), "notes.txt", Map.of("consentConfirmed", "true"));
          assertEquals(415, r.statusCode());
          JsonNode error = json(r);
          assertEquals("Unsupported Media Type", error.get("title").asText());
          assertTrue(error.get("details").asText().contains("'notes.txt'"), r.body());
          assertEquals(0, json(ann.get("/api/recordings")).size());
        });
    assertEquals(
        0,
        countFiles(data.resolve("recordings"))
            + countFiles(data.resolve("staging"))
            + countFiles(data.resolve("uploads")));
  }

  @Test
  void tooLargeIs413AndMissingConsentIs400() {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          byte[] big = new byte[3 * 1024 * 1024];
          System.arraycopy(FakeMediaTools.file(5), 0, big, 0, FakeMediaTools.file(5).length);
          HttpResponse<String> tooLarge =
              ann.upload(big, "big.mp4", Map.of("consentConfirmed", "true"));
          assertEquals(413, tooLarge.statusCode());
          assertTrue(
              json(tooLarge).get("details").asText().contains("at most 1 MB"), tooLarge.body());

          // Within the declared-length allowance, so Jetty's own file-size limit must catch it.
          byte[] slightlyBig = new byte[1024 * 1024 + 200 * 1024];
          System.arraycopy(
              FakeMediaTools.file(5), 0, slightlyBig, 0, FakeMediaTools.file(5).length);
          HttpResponse<String> caughtWhileParsing =
              ann.upload(slightlyBig, "big.mp4", Map.of("consentConfirmed", "true"));
          assertEquals(413, caughtWhileParsing.statusCode(), caughtWhileParsing.body());
          assertTrue(json(caughtWhileParsing).get("details").asText().contains("at most 1 MB"));

          HttpResponse<String> noConsent =
              ann.upload(FakeMediaTools.file(5), "a.mp4", Map.of("title", "x"));
          assertEquals(400, noConsent.statusCode());
          assertTrue(json(noConsent).get("details").asText().contains("consentConfirmed=true"));
          assertEquals(0, json(ann.get("/api/recordings")).size());
        });
  }

  @Test
  void notesAreVisibleToWhoeverMaySeeThemAndSearchableByThem() {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          String id = ann.uploadReady(8, "Check-in");
          String notes = "/api/recordings/" + id + "/notes";
          HttpResponse<String> added =
              ann.send(
                  "POST",
                  notes,
                  Map.of(
                      "atSeconds",
                      2.5,
                      "text",
                      "Ask about <script>courage</script>",
                      "visibility",
                      "private"));
          assertEquals(201, added.statusCode());
          assertTrue(json(added).get("mine").asBoolean());
          ann.send(
              "POST",
              notes,
              Map.of("atSeconds", 4, "text", "Shared courage moment", "visibility", "pair"));
          assertEquals(
              400,
              ann.send("POST", notes, Map.of("atSeconds", 4, "text", " ", "visibility", "pair"))
                  .statusCode());
          assertEquals(
              400,
              ann.send("POST", notes, Map.of("atSeconds", 4, "text", "x", "visibility", "public"))
                  .statusCode());

          assertEquals(2, json(ann.get(notes)).size());
          JsonNode bensNotes = json(ben.get(notes));
          assertEquals(1, bensNotes.size());
          assertEquals("Shared courage moment", bensNotes.get(0).get("text").asText());

          JsonNode annHits = json(ann.get("/api/search?q=courage"));
          assertEquals(2, annHits.get("total").asInt());
          JsonNode privateHit =
              annHits.get("hits").findParents("visibility").stream()
                  .filter(h -> h.get("visibility").asText().equals("private"))
                  .findFirst()
                  .orElseThrow();
          assertEquals("note", privateHit.get("kind").asText());
          assertTrue(
              privateHit.get("snippet").asText().contains("&lt;script&gt;<mark>courage</mark>"),
              privateHit.toString());
          assertEquals(1, json(ben.get("/api/search?q=courage")).get("total").asInt());
          fixture.app.library().reindex(); // notes come back with a rebuilt index
          assertEquals(2, json(ann.get("/api/search?q=courage")).get("total").asInt());

          JsonNode segmentHits = json(ben.get("/api/search?q=deadline"));
          assertTrue(segmentHits.get("total").asInt() >= 1);
          assertEquals("segment", segmentHits.at("/hits/0/kind").asText());
          assertEquals(id, segmentHits.at("/hits/0/recordingId").asText());
          assertEquals(
              0, json(ben.get("/api/search?q=deadline&from=2025-03-05")).get("total").asInt());
          // Issue 12: a query that does not parse searches its words and says so.
          HttpResponse<String> unclosed = ben.get("/api/search?q=%22unclosed");
          assertEquals(200, unclosed.statusCode());
          assertEquals(
              "Searched the words; quotes were unbalanced", json(unclosed).get("note").asText());

          String bensNoteId = bensNotes.get(0).get("id").asText();
          assertEquals(
              404,
              ben.send("DELETE", notes + "/" + bensNoteId, null).statusCode(),
              "only the author deletes");
          assertEquals(204, ann.send("DELETE", notes + "/" + bensNoteId, null).statusCode());
          assertEquals(0, json(ben.get("/api/search?q=courage")).get("total").asInt());
        });
  }

  @Test
  void deletingARecordingPurgesMediaTranscriptIndexAndNotes() throws Exception {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(6, "To delete");
          ann.send(
              "POST",
              "/api/recordings/" + id + "/notes",
              Map.of("atSeconds", 1, "text", "remember courage", "visibility", "pair"));
          assertEquals(204, ann.send("DELETE", "/api/recordings/" + id, null).statusCode());
          assertEquals(404, ann.get("/api/recordings/" + id).statusCode());
          assertEquals(0, json(ann.get("/api/search?q=courage+OR+deadline")).get("total").asInt());
        });
    assertEquals(0, countFiles(data.resolve("recordings")));
    assertEquals(0, fixture.app.index().documentCount());
  }

  @Test
  void theAdminSeesStatusButNoPairsContent() {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(4, "Private title");
          ApiClient root = ApiClient.signedIn(server.port(), "root");
          JsonNode overview = json(root.get("/api/admin"));
          assertEquals(2, overview.get("pairs").size());
          assertEquals(5, overview.get("users").size());
          assertEquals("ready", overview.at("/recordings/0/status").asText());
          assertEquals(403, root.get("/api/recordings/" + id + "/transcript").statusCode());
          assertEquals(403, ann.get("/api/admin").statusCode());
          HttpResponse<String> page = root.get("/admin");
          assertTrue(page.body().contains("Ann &lt;b&gt;Mentor&lt;/b&gt;"), "names are escaped");
        });
  }

  @Test
  void userTextIsEscapedOnEveryPage() {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String evil = "<script>alert(1)</script>";
          String id = ann.uploadReady(6, evil);
          ann.send(
              "POST",
              "/api/recordings/" + id + "/notes",
              Map.of("atSeconds", 1, "text", "deadline " + evil, "visibility", "pair"));
          for (String page :
              new String[] {"/", "/recordings/" + id, "/search?q=deadline", "/agreement"}) {
            HttpResponse<String> html = ann.send(ann.request(page).header("Accept", "text/html"));
            assertEquals(200, html.statusCode(), page);
            assertFalse(html.body().contains(evil), page + " shows raw markup");
            assertFalse(html.body().contains("<script>alert"), page);
          }
          assertTrue(ann.get("/").body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
          assertTrue(ann.get("/agreement").body().contains("Ann &lt;b&gt;Mentor&lt;/b&gt;"));
        });
  }

  @Test
  void theSessionCookieIsSecureWhenConfigured() {
    WebConfig secure = new WebConfig(data.resolve("uploads"), 1024, true);
    JavalinTest.test(
        WebApp.create(fixture.app.webServices(), secure),
        (server, unused) -> {
          HttpResponse<String> response =
              new ApiClient(server.port())
                  .send(
                      "POST",
                      "/api/login",
                      Map.of("username", "ann", "password", WebFixture.PASSWORD));
          assertTrue(response.headers().firstValue("Set-Cookie").orElse("").contains("; Secure"));
        });
  }

  private static long countFiles(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return 0;
    }
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile).count();
    }
  }
}
