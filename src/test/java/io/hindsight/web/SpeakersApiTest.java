package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.pair.Terms;
import io.hindsight.testing.TestDatabase;
import io.hindsight.testing.TwoVoices;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
 * Uploads with one mixed track get speaker labels; members rename them; voice prints are learned
 * only with the rememberVoices scope and deleted when it goes off, on withdrawal and on removal.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class SpeakersApiTest {

  @Parameter TestDatabase database;

  static final String ANN = "Ann <b>Mentor</b>";
  static final Terms VOICES = new Terms(true, true, false, 0, true);

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, database, TwoVoices::new);
    // The stand-in model ignores the folder; the real one is tested in DiarizeIT.
    fixture.app.diarizeUploads(data.resolve("speaker-model"));
    fixture.agree("cat", "dan");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  private void agree(Terms terms) {
    fixture.app.agreements().sign(fixture.user("ann"), terms);
    fixture.app.agreements().sign(fixture.user("ben"), terms);
  }

  private static void assertSpoken(JsonNode transcript, String alpha, String bravo) {
    for (JsonNode w : transcript.get("words")) {
      String expected = w.get("word").asText().equals("alpha") ? alpha : bravo;
      assertEquals(expected, w.path("speaker").asText(null), w.toString());
    }
    for (JsonNode s : transcript.get("segments")) {
      String text = s.get("text").asText();
      assertFalse(text.contains("alpha") && text.contains("bravo"), "a segment mixes: " + text);
    }
  }

  @Test
  void aRenameUpdatesTranscriptCaptionsAndSearchAsANewVersion() {
    agree(new Terms(true, true, false, 0));
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(14, "Mixed");
          String path = "/api/recordings/" + id;
          assertSpoken(json(ann.get(path + "/transcript")), "Speaker 1", "Speaker 2");
          ann.send(
              "POST",
              path + "/follow-ups",
              Map.of("atSeconds", 1, "text", "send the plan", "owner", "Speaker 1"));

          HttpResponse<String> renamed =
              ann.send("PUT", path + "/speakers", Map.of("Speaker 1", "  Sarah Miller "));
          assertEquals(200, renamed.statusCode(), renamed.body());
          JsonNode after = json(renamed);
          assertEquals(2, after.get("version").asInt());
          assertSpoken(after, "Sarah Miller", "Speaker 2");
          assertEquals(after, json(ann.get(path + "/transcript")));
          assertTrue(ann.get(path + "/captions.vtt").body().contains("<v Sarah Miller>"));
          String q = "/api/search?q=alpha&speaker=" + URLEncoder.encode("Sarah Miller", UTF8);
          assertTrue(json(ann.get(q)).get("total").asInt() > 0);
          String old = "/api/search?q=alpha&speaker=" + URLEncoder.encode("Speaker 1", UTF8);
          assertEquals(0, json(ann.get(old)).get("total").asInt());
          JsonNode history = json(ann.get(path + "/transcript/history"));
          assertEquals("renamed Speaker 1 to Sarah Miller", history.get(1).get("summary").asText());
          assertEquals(
              "Sarah Miller",
              json(ann.get(path + "/follow-ups")).get(0).get("owner").asText(),
              "the promise is the named speaker's");
          // Without the scope, nothing of anyone's voice is kept.
          assertEquals(0, fixture.rows("voice_prints"));
          assertEquals(0, fixture.rows("recording_voices"));

          String page = ann.get("/recordings/" + id).body();
          assertTrue(page.contains("id=\"speakers\""), page);
          assertTrue(page.contains("<span class=\"speaker-name\">Sarah Miller</span>"), page);
        });
  }

  static final java.nio.charset.Charset UTF8 = StandardCharsets.UTF_8;

  @Test
  void badRenamesAreRefusedWithAReasonAndChangeNothing() {
    agree(new Terms(true, true, false, 0));
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(8, "Mixed");
          String path = "/api/recordings/" + id + "/speakers";
          for (Object body :
              new Object[] {
                Map.of(),
                Map.of("Nobody", "Sarah"),
                Map.of("Speaker 1", "  "),
                Map.of("Speaker 1", 5),
                Map.of("Speaker 1", "x".repeat(101)),
                Map.of("Speaker 1", "two\nlines"),
                Map.of("Speaker 1", "Speaker 1"),
                "not an object"
              }) {
            HttpResponse<String> refused = ann.send("PUT", path, body);
            assertEquals(400, refused.statusCode(), body + " -> " + refused.body());
            assertFalse(json(refused).get("details").asText().isBlank());
          }
          HttpResponse<String> broken =
              ann.send(
                  ann.request(path)
                      .header("Content-Type", "application/json")
                      .PUT(HttpRequest.BodyPublishers.ofString("{\"Speaker 1\":")));
          assertEquals(400, broken.statusCode());
          HttpResponse<String> noCsrf =
              ann.send(
                  HttpRequest.newBuilder(
                          java.net.URI.create("http://localhost:" + server.port() + path))
                      .header("Content-Type", "application/json")
                      .PUT(HttpRequest.BodyPublishers.ofString("{\"Speaker 1\": \"Sarah\"}")));
          assertEquals(403, noCsrf.statusCode(), noCsrf.body());
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          assertEquals(404, cat.send("PUT", path, Map.of("Speaker 1", "Sarah")).statusCode());
          assertEquals(
              1, json(ann.get("/api/recordings/" + id + "/transcript")).get("version").asInt());
        });
  }

  @Test
  void namingAMemberTeachesTheirVoiceWhichNamesTheNextRecording() {
    agree(VOICES);
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String first = ann.uploadReady(14, "First");
          assertEquals(0, json(ann.get("/api/voices")).size());
          assertEquals(2, fixture.rows("recording_voices"), "the voices heard are kept for naming");

          HttpResponse<String> renamed =
              ann.send("PUT", "/api/recordings/" + first + "/speakers", Map.of("Speaker 1", ANN));
          assertEquals(200, renamed.statusCode(), renamed.body());
          JsonNode known = json(ann.get("/api/voices"));
          assertEquals(1, known.size(), known.toString());
          assertEquals("ann", known.get(0).get("username").asText());
          assertFalse(known.toString().contains("vector"), "prints never leave the server");

          String second = ann.uploadReady(14, "Second");
          JsonNode transcript = json(ann.get("/api/recordings/" + second + "/transcript"));
          assertSpoken(transcript, ANN, "Speaker 2");
          String page = ann.get("/recordings/" + second).body();
          assertTrue(page.contains("Named by voice"), page);
          assertFalse(page.contains(ANN), "names are escaped on the page");

          // A wrong name fixed: it takes back what it taught and teaches the right member.
          assertEquals(
              200,
              ann.send("PUT", "/api/recordings/" + first + "/speakers", Map.of(ANN, "Ben Mentee"))
                  .statusCode());
          JsonNode now = json(ann.get("/api/voices"));
          assertEquals(1, now.size(), now.toString());
          assertEquals("ben", now.get(0).get("username").asText());
        });
  }

  @Test
  void voicePrintsAreDeletedWhenTheScopeGoesOffOnWithdrawalAndOnRemoval() {
    agree(VOICES);
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          String id = ann.uploadReady(14, "First");
          String path = "/api/recordings/" + id + "/speakers";
          ann.send("PUT", path, Map.of("Speaker 1", ANN, "Speaker 2", "Ben Mentee"));
          assertEquals(2, json(ann.get("/api/voices")).size());
          assertTrue(fixture.rows("voice_prints") == 2 && fixture.rows("recording_voices") == 2);

          // A change to other terms, awaiting Ann's signature, keeps the scope and the prints.
          Map<String, Object> longer =
              Map.of(
                  "record", true,
                  "searchable", true,
                  "shareExcerpts", false,
                  "retentionDays", 90,
                  "rememberVoices", true);
          assertEquals(200, ben.send("POST", "/api/agreement", longer).statusCode());
          assertEquals(2, fixture.rows("voice_prints"));

          // The scope switched off: proposing terms without it ends it for both at once.
          Map<String, Object> off =
              Map.of(
                  "record", true,
                  "searchable", true,
                  "shareExcerpts", false,
                  "retentionDays", 0,
                  "rememberVoices", false);
          assertEquals(200, ben.send("POST", "/api/agreement", off).statusCode());
          assertEquals(0, fixture.rows("voice_prints"));
          assertEquals(0, fixture.rows("recording_voices"));
          assertEquals(0, json(ann.get("/api/voices")).size());

          // Back on, learned again, then a withdrawal deletes them.
          Map<String, Object> on = new java.util.HashMap<>(off);
          on.put("rememberVoices", true);
          assertEquals(200, ann.send("POST", "/api/agreement", on).statusCode());
          assertEquals(200, ben.send("POST", "/api/agreement", on).statusCode());
          assertTrue(json(ann.get("/api/agreement")).get("rememberVoices").asBoolean());
          String again = ann.uploadReady(14, "Again");
          ann.send(
              "PUT", "/api/recordings/" + again + "/speakers", Map.of("Speaker 1", "Ben Mentee"));
          assertEquals(1, fixture.rows("voice_prints"));
          assertEquals(200, ben.send("POST", "/api/agreement/withdraw", null).statusCode());
          assertEquals(0, fixture.rows("voice_prints"));
          assertEquals(0, fixture.rows("recording_voices"));
        });
  }

  @Test
  void aRemovedMembersPrintGoesWithThem() {
    agree(VOICES);
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(14, "First");
          ann.send(
              "PUT",
              "/api/recordings/" + id + "/speakers",
              Map.of("Speaker 1", ANN, "Speaker 2", "Ben Mentee"));
          assertEquals(2, fixture.rows("voice_prints"));
          fixture.app.voices().forgetMember(fixture.user("ben"));
          JsonNode known = json(ann.get("/api/voices"));
          assertEquals(1, known.size());
          assertEquals("ann", known.get(0).get("username").asText());
          assertEquals(
              1, fixture.rows("recording_voices"), "Ben's voice in the recording went too");
          ann.send("PUT", "/api/recordings/" + id + "/speakers", Map.of(ANN, "Ben Mentee"));
          assertEquals(
              1, fixture.rows("voice_prints"), "Ben's voice learned again, Ann's taken back");
          ApiClient root = ApiClient.signedIn(server.port(), "root");
          HttpResponse<String> removed = root.send("DELETE", "/api/admin/users/ben", null);
          assertEquals(200, removed.statusCode(), removed.body());
          assertEquals(0, fixture.rows("voice_prints"), "a removed member's print goes with them");
          assertEquals(0, fixture.rows("recording_voices"));
          assertNull(
              fixture
                  .app
                  .database()
                  .queryOne(
                      "SELECT user_id FROM voice_prints WHERE user_id = ?",
                      rs -> rs.getString(1),
                      fixture.user("ben").id())
                  .orElse(null));
        });
  }

  /** A multipart upload of several files in the one "media" field, as the upload page sends. */
  private static HttpResponse<String> uploadFiles(ApiClient client, String... names) {
    String boundary = "----speakers" + System.nanoTime();
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (String[] field : new String[][] {{"title", "Tracks"}, {"consentConfirmed", "true"}}) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field[0]
                  + "\"\r\n\r\n"
                  + field[1]
                  + "\r\n")
              .getBytes(UTF8));
    }
    for (String name : names) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\""
                  + name
                  + "\"\r\nContent-Type: video/mp4\r\n\r\n")
              .getBytes(UTF8));
      body.writeBytes(io.hindsight.testing.FakeMediaTools.file(8));
      body.writeBytes("\r\n".getBytes(UTF8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(UTF8));
    return client.send(
        client
            .request("/api/recordings")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  @Test
  void oneFilePerParticipantIsLabelledByFileNameAndTeachesThatMembersVoice() {
    agree(VOICES);
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          HttpResponse<String> queued = uploadFiles(ann, "Ben Mentee.mp4", "guest.webm");
          assertEquals(202, queued.statusCode(), queued.body());
          String id = json(queued).get("id").asText();
          long deadline = System.nanoTime() + 30_000_000_000L;
          while (!json(ann.get("/api/recordings/" + id)).get("status").asText().equals("ready")) {
            assertTrue(System.nanoTime() < deadline, ann.get("/api/recordings/" + id).body());
            ApiClient.sleep(100);
          }
          JsonNode transcript = json(ann.get("/api/recordings/" + id + "/transcript"));
          java.util.Set<String> speakers = new java.util.TreeSet<>();
          transcript.get("words").forEach(w -> speakers.add(w.get("speaker").asText()));
          assertEquals(java.util.Set.of("Ben Mentee", "guest"), speakers);
          JsonNode known = json(ann.get("/api/voices"));
          assertEquals(1, known.size(), known.toString());
          assertEquals("ben", known.get(0).get("username").asText());
          assertEquals(2, fixture.app.library().get(id).mediaFiles().size());
        });
  }

  @Test
  void moreFilesThanParticipantsAreRefused() {
    agree(new Terms(true, true, false, 0));
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          HttpResponse<String> tooMany =
              uploadFiles(
                  ann, "1.mp4", "2.mp4", "3.mp4", "4.mp4", "5.mp4", "6.mp4", "7.mp4", "8.mp4",
                  "9.mp4");
          assertEquals(400, tooMany.statusCode(), tooMany.body());
          assertTrue(json(tooMany).get("details").asText().contains("at most 8"));
          assertEquals(0, json(ann.get("/api/recordings")).size());
        });
  }
}
