package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.HindsightException;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.pair.Terms;
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

/**
 * While a member has withdrawn consent, everything the agreement covers pauses for the pair: no
 * uploads, no playback, transcripts or captions, no search over transcripts, no excerpts. The
 * recordings and notes stay, each member keeps searching their notes, and signing again resumes it
 * all. The fake recording says "the project deadline is next friday".
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WithdrawalTest {

  @Parameter TestDatabase database;

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, database);
    fixture.agreeToShare("ann", "ben");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void withdrawalPausesWhatTheAgreementCoversAndKeepsTheRest() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          String id = ann.uploadReady(8, "Check-in");
          String recording = "/api/recordings/" + id;
          ann.send(
              "POST",
              recording + "/notes",
              Map.of("atSeconds", 2, "text", "my deadline worry", "visibility", "private"));
          assertEquals(2, json(ann.get("/api/search?q=deadline")).get("total").asInt());

          JsonNode withdrawn = json(ben.send("POST", "/api/agreement/withdraw", null));
          assertEquals("withdrawn", withdrawn.get("status").asText());

          // No new drafts, with a message that says why.
          HttpResponse<String> draft =
              ann.send(
                  "POST",
                  recording + "/excerpts",
                  Map.of("title", "t", "startSeconds", 0, "endSeconds", 4));
          assertEquals(409, draft.statusCode(), draft.body());
          String why = json(draft).get("details").asText();
          assertTrue(why.contains("drafting excerpts is paused"), why);
          assertTrue(why.contains("withdrawn (Ben Mentee)"), why);

          // Transcripts, captions and playback pause; so does transcript search.
          for (String path :
              List.of("/transcript", "/transcript?format=txt", "/captions.vtt", "/media")) {
            HttpResponse<String> r = ann.get(recording + path);
            assertEquals(409, r.statusCode(), path);
            assertTrue(json(r).get("details").asText().contains("withdrawn"), r.body());
          }
          assertFalse(
              ann.get("/").body().contains("class=\"preview\""),
              "no first words on the list while transcripts are paused");
          HttpResponse<String> page = ann.get("/recordings/" + id);
          assertEquals(200, page.statusCode());
          assertTrue(page.body().contains("Ben Mentee withdrew consent"), page.body());
          assertFalse(page.body().contains("id=\"transcript\""), "no transcript on the page");
          assertFalse(page.body().contains("/media\""), "no player on the page");
          String agreementPage = ann.get("/agreement").body();
          assertTrue(agreementPage.contains("Withdrawn: everything this agreement covers"));
          assertTrue(agreementPage.contains("<li>searching transcripts</li>"), agreementPage);
          assertTrue(agreementPage.contains("<li>signing again resumes everything</li>"));
          JsonNode hits = json(ann.get("/api/search?q=deadline"));
          assertEquals(1, hits.get("total").asInt(), "only my own note");
          assertEquals("note", hits.at("/hits/0/kind").asText());
          assertEquals(0, json(ben.get("/api/search?q=deadline")).get("total").asInt());

          // Kept: the recording, its notes, and what the agreement says about the pause.
          assertEquals(200, ann.get(recording).statusCode());
          assertEquals(1, json(ann.get(recording + "/notes")).size());
          JsonNode pause = json(ann.get("/api/agreement")).get("pause");
          assertEquals("Ben Mentee", pause.at("/withdrawnBy/0").asText());
          assertTrue(pause.get("paused").toString().contains("searching transcripts"), pause + "");
          assertTrue(pause.get("kept").toString().contains("signing again"), pause + "");

          // Signing again resumes everything.
          fixture.app.agreements().sign(fixture.user("ben"), new Terms(true, true, true, 0));
          assertFalse(json(ann.get("/api/agreement")).has("pause"));
          assertTrue(ann.get("/recordings/" + id).body().contains("id=\"transcript\""));
          assertTrue(
              ann.get("/").body().contains("<p class=\"preview\">the project deadline is"),
              "the list shows the first words again");
          assertEquals(200, ann.get(recording + "/transcript").statusCode());
          assertEquals(2, json(ann.get("/api/search?q=deadline")).get("total").asInt());
          assertEquals(
              201,
              ann.send(
                      "POST",
                      recording + "/excerpts",
                      Map.of("title", "t", "startSeconds", 0, "endSeconds", 4))
                  .statusCode());
        });
  }

  @Test
  void theCommandLineMeetsTheSameRule() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(8, "Check-in");
          fixture.app.agreements().withdraw(fixture.user("ann"));
          HindsightException refused =
              assertThrows(
                  HindsightException.class,
                  () ->
                      fixture
                          .app
                          .excerpts()
                          .create(
                              fixture.app.library().get(id),
                              null,
                              new Excerpts.Draft("t", null, 0, 4, List.of(), true)));
          assertEquals(HindsightException.Kind.NO_CONSENT, refused.kind());
          assertFalse(fixture.app.agreements().of("p1").allowsSearch());
        });
  }
}
