package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.excerpt.Excerpt;
import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
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
 * Excerpts through the API with fakes at the media seams (the fake recording says "the project
 * deadline is next friday", one word a second): drafting with suggestions and manual choices,
 * approval by both members of one version, publishing only with the agreement's consent, the public
 * page and what it leaves out, revocation, expiry, and what withdrawal and deletion take back.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ExcerptApiTest {

  @Parameter TestDatabase database;

  /** The words this test hides: one from the pair's list, one chosen by hand. */
  private static final List<String> HIDDEN = List.of("friday", "deadline");

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, database);
    fixture.agreeToShare("ann", "ben");
    fixture.agree("cat", "dan");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  /** Ann drafts an excerpt of a fresh recording; returns its JSON. */
  private static JsonNode draft(ApiClient ann) {
    assertEquals(
        200,
        ann.send("PUT", "/api/agreement/redact-words", Map.of("words", List.of("Friday", " ")))
            .statusCode());
    String id = ann.uploadReady(8, "Check-in");
    HttpResponse<String> created =
        ann.send(
            "POST",
            "/api/recordings/" + id + "/excerpts",
            Map.of(
                "title",
                "On <plans>",
                "context",
                "A mentee & her plan",
                "startSeconds",
                0,
                "endSeconds",
                6,
                "redactWords",
                List.of("deadline"),
                "keepSuggested",
                true));
    assertEquals(201, created.statusCode(), created.body());
    return json(created);
  }

  @Test
  void draftApproveByBothPublishViewAndRevoke() throws Exception {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          JsonNode draft = draft(ann);
          String id = draft.get("id").asText();
          String recordingId = draft.get("recordingId").asText();
          assertEquals("draft", draft.get("status").asText());
          assertEquals(1, draft.get("version").asInt());
          assertEquals(
              "the project [redacted] is next [redacted]", draft.get("redactedText").asText());
          assertEquals(2, draft.get("redactions").size());
          assertTrue(draft.get("redactions").get(0).has("start"));
          assertEquals(0, draft.get("approvals").size());
          assertTrue(draft.get("words").get(5).get("suggested").asBoolean(), "friday is listed");
          assertFalse(draft.get("words").get(2).get("suggested").asBoolean());

          // 409 until both approved this version; the draft says beforehand who is missing.
          assertEquals(
              "both of you must approve version 1 before it can be published",
              draft.at("/publishBlocked/reason").asText());
          assertFalse(draft.at("/publishBlocked/byAgreement").asBoolean());
          assertEquals(
              409, ann.send("POST", "/api/excerpts/" + id + "/publish", null).statusCode());
          JsonNode approved = json(ann.send("POST", "/api/excerpts/" + id + "/approve", null));
          assertEquals(1, approved.get("approvals").size());
          assertEquals("Ann <b>Mentor</b>", approved.at("/approvals/0/name").asText());
          assertEquals(
              "Ben Mentee must approve version 1 before it can be published",
              approved.at("/publishBlocked/reason").asText());
          HttpResponse<String> early = ann.send("POST", "/api/excerpts/" + id + "/publish", null);
          assertEquals(409, early.statusCode());
          assertTrue(json(early).get("details").asText().startsWith("Ben Mentee must approve"));
          assertTrue(
              json(ben.send("POST", "/api/excerpts/" + id + "/approve", null))
                  .path("publishBlocked")
                  .isMissingNode(),
              "nothing stands in the way");
          HttpResponse<String> published =
              ann.send("POST", "/api/excerpts/" + id + "/publish", null);
          assertEquals(200, published.statusCode(), published.body());
          String url = json(published).get("url").asText();
          assertTrue(url.matches("/s/[A-Za-z0-9_-]{43}"), url);
          Instant expires = Instant.parse(json(published).get("expiresAt").asText());
          assertTrue(
              Math.abs(
                      Duration.between(Instant.now().plus(Duration.ofDays(30)), expires)
                          .toMinutes())
                  < 2);

          // The public page, as someone with no session.
          ApiClient stranger = new ApiClient(server.port());
          HttpResponse<String> page =
              stranger.send(stranger.request(url).header("Accept", "text/html"));
          assertEquals(200, page.statusCode(), page.body());
          assertEquals("no-referrer", page.headers().firstValue("Referrer-Policy").orElse(""));
          assertTrue(page.headers().firstValue("X-Robots-Tag").orElse("").contains("noindex"));
          String csp = page.headers().firstValue("Content-Security-Policy").orElse("");
          assertTrue(csp.startsWith("default-src 'none'") && !csp.contains("script-src"), csp);
          String html = page.body();
          assertTrue(html.contains("On &lt;plans&gt;"), "the title, escaped");
          assertTrue(html.contains("A mentee &amp; her plan"));
          assertTrue(html.contains("the project [redacted] is next [redacted]"));
          assertTrue(html.contains("src=\"" + url + "/clip\""));
          assertTrue(html.contains("<track kind=\"captions\" src=\"" + url + "/captions.vtt\""));
          assertTrue(html.contains(" default>"));
          assertNoLeak(html, recordingId);
          assertFalse(html.contains("<script"), "the page runs no script");
          String captions = stranger.get(url + "/captions.vtt").body();
          assertTrue(captions.startsWith("WEBVTT") && captions.contains("[redacted]"), captions);
          assertNoLeak(captions, recordingId);
          HttpResponse<String> clip = stranger.get(url + "/clip");
          assertEquals(200, clip.statusCode());
          assertEquals("video/mp4", clip.headers().firstValue("Content-Type").orElse(""));
          assertTrue(clip.body().startsWith("FAKECLIP"), "the approved version's clip");

          // The members see the view and the link; the public page counted once.
          JsonNode listed = json(ben.get("/api/excerpts")).get(0);
          assertEquals("published", listed.get("status").asText());
          assertEquals(url, listed.get("url").asText());
          assertEquals(1, listed.get("views").asInt());

          // Either member revokes: the page, clip and captions are gone, and so is the file.
          Path clipDir = data.resolve("excerpts").resolve(id);
          assertTrue(Files.isDirectory(clipDir));
          assertEquals(
              "revoked",
              json(ben.send("POST", "/api/excerpts/" + id + "/revoke", null))
                  .get("status")
                  .asText());
          for (String path : List.of(url, url + "/clip", url + "/captions.vtt")) {
            HttpResponse<String> gone = stranger.send(stranger.request(path));
            assertEquals(410, gone.statusCode(), path);
            assertNoLeak(gone.body(), recordingId);
          }
          String goneHtml = stranger.send(stranger.request(url)).body();
          assertFalse(goneHtml.contains("<script"), "a share error page loads no script");
          assertFalse(goneHtml.contains("Back to my recordings"), "no way in for outsiders");
          assertTrue(goneHtml.contains("/assets/icon.svg"), goneHtml);
          HttpResponse<String> favicon = stranger.send(stranger.request("/favicon.ico"));
          assertEquals(301, favicon.statusCode());
          assertEquals("/assets/icon.svg", favicon.headers().firstValue("Location").orElse(""));
          assertFalse(Files.exists(clipDir), "the clip is deleted");
          assertEquals(404, stranger.get("/s/" + "A".repeat(43)).statusCode());
        });
  }

  @Test
  void anEditMakesANewVersionAndClearsTheApprovals() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          String id = draft(ann).get("id").asText();
          approveByBoth(ann, ben, id);
          JsonNode changed =
              json(
                  ann.send(
                      "PATCH",
                      "/api/excerpts/" + id,
                      Map.of(
                          "unredactWords", List.of("friday"),
                          "redactIndexes", List.of(0),
                          "bleep", false)));
          assertEquals(2, changed.get("version").asInt());
          assertEquals(0, changed.get("approvals").size(), "approvals are reset");
          assertFalse(changed.get("bleep").asBoolean());
          assertEquals(
              "[redacted] project [redacted] is next friday", changed.get("redactedText").asText());
          assertEquals(
              409, ann.send("POST", "/api/excerpts/" + id + "/publish", null).statusCode());
          // Clicking a word again restores it.
          JsonNode undone =
              json(ann.send("PATCH", "/api/excerpts/" + id, Map.of("unredactIndexes", List.of(0))));
          assertEquals(
              "the project [redacted] is next friday", undone.get("redactedText").asText());
          assertEquals(
              400,
              ann.send("PATCH", "/api/excerpts/" + id, Map.of("redactIndexes", List.of(99)))
                  .statusCode());
          // Several clicks saved at once are one version; saving nothing new makes none.
          JsonNode batch =
              json(
                  ann.send(
                      "PATCH",
                      "/api/excerpts/" + id,
                      Map.of("redactIndexes", List.of(0, 1), "unredactIndexes", List.of(2, 5))));
          assertEquals(4, batch.get("version").asInt());
          assertEquals("[redacted] deadline is next friday", batch.get("redactedText").asText());
          JsonNode same =
              json(
                  ann.send("PATCH", "/api/excerpts/" + id, Map.of("redactIndexes", List.of(0, 1))));
          assertEquals(4, same.get("version").asInt(), "no change, no new version");
        });
  }

  @Test
  void thePairSetsItsLongestExcerpt() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          String recording = ann.uploadReady(60, "A minute");
          String length = "/api/agreement/excerpt-length";
          assertEquals(180, json(ann.get(length)).get("maxSeconds").asInt(), "three minutes");
          Map<String, Object> forty = Map.of("title", "t", "startSeconds", 0, "endSeconds", 40);
          String create = "/api/recordings/" + recording + "/excerpts";

          assertEquals(
              30,
              json(ann.send("PUT", length, Map.of("maxSeconds", 30))).get("maxSeconds").asInt());
          HttpResponse<String> tooLong = ann.send("POST", create, forty);
          assertEquals(400, tooLong.statusCode());
          assertTrue(
              json(tooLong).get("details").asText().contains("at most 0:30"), tooLong.body());

          ann.send("PUT", length, Map.of("maxSeconds", 120));
          HttpResponse<String> made = ann.send("POST", create, forty);
          assertEquals(201, made.statusCode(), made.body());

          for (Object bad :
              List.of(Map.of("maxSeconds", 10), Map.of("maxSeconds", 601), Map.of(), "x")) {
            HttpResponse<String> refused = ann.send("PUT", length, bad);
            assertEquals(400, refused.statusCode(), refused.body());
          }
          assertEquals(
              120, json(ann.get(length)).get("maxSeconds").asInt(), "a refusal changes nothing");
          assertEquals(180, json(cat.get(length)).get("maxSeconds").asInt(), "another pair's own");
        });
  }

  @Test
  void withoutTheAgreementsSharingScopePublishingIs409() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          ApiClient dan = ApiClient.signedIn(server.port(), "dan");
          String recording = cat.uploadReady(6, "No sharing");
          String id =
              json(cat.send(
                      "POST",
                      "/api/recordings/" + recording + "/excerpts",
                      Map.of("title", "t", "startSeconds", 0, "endSeconds", 4)))
                  .get("id")
                  .asText();
          approveByBoth(cat, dan, id);
          JsonNode seen = json(cat.get("/api/excerpts/" + id));
          assertTrue(seen.at("/publishBlocked/byAgreement").asBoolean(), seen.toString());
          assertTrue(seen.at("/publishBlocked/reason").asText().contains("sharing"));
          HttpResponse<String> refused = cat.send("POST", "/api/excerpts/" + id + "/publish", null);
          assertEquals(409, refused.statusCode());
          assertTrue(json(refused).get("details").asText().contains("sharing"));
        });
  }

  @Test
  void withdrawingConsentRevokesThePairsExcerpts() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String url = publish(ann, ApiClient.signedIn(server.port(), "ben"), draft(ann));
          assertEquals(200, new ApiClient(server.port()).get(url).statusCode());
          ann.send("POST", "/api/agreement/withdraw", null);
          assertEquals(410, new ApiClient(server.port()).get(url).statusCode());
          assertEquals("revoked", json(ann.get("/api/excerpts")).get(0).get("status").asText());
        });
  }

  @Test
  void proposingTermsWithoutSharingRevokesThePairsExcerpts() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String url = publish(ann, ApiClient.signedIn(server.port(), "ben"), draft(ann));
          ann.send(
              "POST",
              "/api/agreement",
              Map.of(
                  "record", true, "searchable", true, "shareExcerpts", false, "retentionDays", 0));
          assertEquals(410, new ApiClient(server.port()).get(url).statusCode());
        });
  }

  @Test
  void deletingTheRecordingRevokesItsExcerptsAndDeletesTheirClips() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          JsonNode draft = draft(ann);
          String url = publish(ann, ApiClient.signedIn(server.port(), "ben"), draft);
          Path clipDir = data.resolve("excerpts").resolve(draft.get("id").asText());
          assertTrue(Files.isDirectory(clipDir));
          assertEquals(
              204,
              ann.send("DELETE", "/api/recordings/" + draft.get("recordingId").asText(), null)
                  .statusCode());
          assertFalse(Files.exists(clipDir));
          assertEquals(410, new ApiClient(server.port()).get(url).statusCode());
          assertEquals(410, new ApiClient(server.port()).get(url + "/clip").statusCode());
        });
  }

  @Test
  void anExpiredLinkIs410AndADraftHasNoLink() throws Exception {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          JsonNode draft = draft(ann);
          String id = draft.get("id").asText();
          assertFalse(draft.has("url"), "a draft has no link to find");
          approveByBoth(ann, ben, id);
          Excerpt published = fixture.app.excerpts().publish(id, Duration.ofMillis(300));
          ApiClient stranger = new ApiClient(server.port());
          assertEquals(200, stranger.get(published.url()).statusCode());
          ApiClient.sleep(400);
          assertEquals(410, stranger.get(published.url()).statusCode());
          assertEquals(410, stranger.get(published.url() + "/captions.vtt").statusCode());
        });
  }

  @Test
  void thePreviewIsForTheMembersOnly() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = draft(ann).get("id").asText();
          HttpResponse<String> clip = ann.get("/api/excerpts/" + id + "/preview/clip");
          assertEquals(200, clip.statusCode());
          assertTrue(clip.body().contains("BLEEP"), clip.body());
          String vtt = ann.get("/api/excerpts/" + id + "/preview/captions.vtt").body();
          assertTrue(vtt.contains("[redacted]") && !vtt.contains("deadline"), vtt);
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          assertEquals(404, cat.get("/api/excerpts/" + id + "/preview/clip").statusCode());
          assertEquals(0, json(cat.get("/api/excerpts")).size());
          assertEquals(
              List.of("friday"),
              ApiClient.JSON.convertValue(
                  json(ann.get("/api/agreement/redact-words")).get("words"), List.class));
          assertEquals(0, json(cat.get("/api/agreement/redact-words")).get("words").size());
        });
  }

  /** Both members approve the current version, as publishing needs. */
  private static void approveByBoth(ApiClient one, ApiClient other, String id) {
    for (ApiClient member : List.of(one, other)) {
      HttpResponse<String> approved = member.send("POST", "/api/excerpts/" + id + "/approve", null);
      assertEquals(200, approved.statusCode(), approved.body());
    }
  }

  private static String publish(ApiClient ann, ApiClient ben, JsonNode draft) {
    String id = draft.get("id").asText();
    approveByBoth(ann, ben, id);
    HttpResponse<String> published =
        ann.send("POST", "/api/excerpts/" + id + "/publish", Map.of("expiresInDays", 7));
    assertEquals(200, published.statusCode(), published.body());
    String url = json(published).get("url").asText();
    assertNotNull(url);
    return url;
  }

  /** Nothing a viewer gets names the pair, the recording or a hidden word. */
  private static void assertNoLeak(String served, String recordingId) {
    String lower = served.toLowerCase(java.util.Locale.ROOT);
    for (String word : HIDDEN) {
      assertFalse(lower.contains(word), "'" + word + "' leaked: " + served);
    }
    for (String secret :
        List.of(
            recordingId, "/api/", "ann &lt;b&gt;", "ann <b>", "ben mentee", "mentor", "check-in")) {
      assertFalse(lower.contains(secret), "'" + secret + "' leaked: " + served);
    }
  }
}
