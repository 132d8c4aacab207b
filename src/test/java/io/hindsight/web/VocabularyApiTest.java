package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.pair.Vocabulary;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Collections;
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
 * The pair's "our words": kept per pair, checked, and giving the transcript, the captions and the
 * exports their casing, while the recognized words and search stay as they were.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class VocabularyApiTest {

  @Parameter TestDatabase database;

  private static final String PATH = "/api/agreement/vocabulary";

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture =
        new WebFixture(
            data,
            database,
            () -> FakeSpeechModel.saying("i", "think", "acme", "corp", "and", "ben", "agree"));
    fixture.agree("ann", "ben");
    fixture.agree("cat", "dan");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  private static List<String> words(HttpResponse<String> response) {
    assertEquals(200, response.statusCode(), response.body());
    return ApiClient.JSON.convertValue(json(response).get("words"), List.class);
  }

  @Test
  void thePairKeepsItsOwnWordsWithTheirCasing() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          assertEquals(List.of(), words(ann.get(PATH)));

          List<String> saved =
              words(
                  ann.send(
                      "PUT",
                      PATH,
                      Map.of("words", List.of("  Acme   Corp ", "OKRs", "acme corp", "", "<b>x"))));
          assertEquals(List.of("Acme Corp", "OKRs", "<b>x"), saved);
          assertEquals(saved, words(ben.get(PATH)));
          assertEquals(List.of(), words(cat.get(PATH)));

          assertEquals(
              List.of("Kanban"), words(cat.send("PUT", PATH, Map.of("words", List.of("Kanban")))));
          assertEquals(saved, words(ann.get(PATH)));
          assertEquals(saved, fixture.app.accounts().vocabulary().words("p1"));
        });
  }

  @Test
  void badListsAreRefusedWithAReasonAndChangeNothing() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          words(ann.send("PUT", PATH, Map.of("words", List.of("Acme"))));
          String tooLong = "x".repeat(Vocabulary.MAX_CHARS + 1);
          List<String> tooMany = Collections.nCopies(Vocabulary.MAX_WORDS + 1, "w");
          Map<Object, String> refused =
              Map.of(
                  "{\"words\": [\"Acme\"",
                  "the body must be JSON like",
                  "{}",
                  "send the list as",
                  "{\"words\": [{\"a\": 1}]}",
                  "the body must be JSON like",
                  "{\"words\": [\"" + tooLong + "\"]}",
                  "keep each entry to 60 characters",
                  "{\"words\": [\"...\"]}",
                  "needs a letter or a digit",
                  ApiClient.JSON.valueToTree(Map.of("words", numbered(tooMany))).toString(),
                  "keep the list to 500");
          for (Map.Entry<Object, String> bad : refused.entrySet()) {
            HttpResponse<String> r =
                ann.send(
                    ann.request(PATH)
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString((String) bad.getKey())));
            assertEquals(400, r.statusCode(), r.body());
            assertTrue(json(r).get("details").asText().contains(bad.getValue()), r.body());
          }
          assertEquals(List.of("Acme"), words(ann.get(PATH)));

          // A page in another site cannot change the list: without the CSRF token it is refused.
          ann.csrf = null;
          HttpResponse<String> forged = ann.send("PUT", PATH, Map.of("words", List.of("Forged")));
          assertEquals(403, forged.statusCode(), forged.body());
          ApiClient anonymous = new ApiClient(server.port());
          assertEquals(401, anonymous.get(PATH).statusCode());
          assertEquals(List.of("Acme"), fixture.app.accounts().vocabulary().words("p1"));
        });
  }

  private static List<String> numbered(List<String> words) {
    return java.util.stream.IntStream.range(0, words.size()).mapToObj(i -> "w" + i).toList();
  }

  @Test
  void theTranscriptCaptionsAndExportsReadWellAndSearchStillFindsTheWords() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          words(ann.send("PUT", PATH, Map.of("words", List.of("ACME Corp"))));
          String id = ann.uploadReady(8, "Week one");
          String transcript = "/api/recordings/" + id + "/transcript";
          String shown = "I think ACME Corp and Ben agree.";

          JsonNode json = json(ann.get(transcript));
          assertEquals("i think acme corp and ben agree", json.at("/segments/0/text").asText());
          assertEquals(shown, json.at("/segments/0/display").asText());
          assertEquals("i", json.at("/words/0/word").asText());
          assertEquals("I", json.at("/words/0/display").asText());
          assertFalse(json.at("/words/1").has("display"), json.at("/words/1").toString());
          assertEquals("ACME", json.at("/words/2/display").asText());
          assertEquals("Ben", json.at("/words/5/display").asText());

          assertTrue(ann.get(transcript + "?format=txt").body().contains("] " + shown + "\n"));
          assertTrue(ann.get("/api/recordings/" + id + "/captions.vtt").body().contains(shown));
          assertTrue(ann.get("/api/recordings/" + id + "/captions.srt").body().contains(shown));
          assertTrue(
              ann.get(transcript + "?format=json").body().contains("\"display\" : \"ACME\""));
          assertTrue(ann.get("/recordings/" + id).body().contains(">ACME</span>"));

          // The stored transcript keeps the recognized words only.
          String stored = fixture.app.library().transcript(id).toString();
          assertFalse(stored.contains("ACME"), stored);
          for (String query : List.of("acme", "ACME", "Ben")) {
            assertEquals(1, json(ann.get("/api/search?q=" + query)).get("total").asInt(), query);
          }

          // Another pair's words do not case this pair's transcript.
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          words(cat.send("PUT", PATH, Map.of("words", List.of("Think"))));
          assertFalse(ann.get(transcript + "?format=txt").body().contains("Think"));
        });
  }
}
