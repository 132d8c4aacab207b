package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whatever is typed into the search box answers 200 with results or an empty state, on the API and
 * the page, and no syntax reaches another pair's recordings.
 */
class SearchTypingTest {

  /** What was typed, and whether it should find the recording that says "the project deadline". */
  private record Typed(String query, boolean finds, boolean noted) {}

  private static final List<Typed> TYPED =
      List.of(
          new Typed("deadline", true, false),
          new Typed("deadline!", true, false),
          new Typed("deadline?", false, false),
          new Typed("and/or", false, true),
          new Typed("(", false, true),
          new Typed(")", false, true),
          new Typed("AND", false, true),
          new Typed("OR", false, true),
          new Typed("NOT", false, true),
          new Typed("deadline AND", true, true),
          new Typed("*", false, true),
          new Typed("?", false, true),
          new Typed("*adline", false, true),
          new Typed("\"project deadline", true, true),
          new Typed("\"project deadline\"", true, false),
          new Typed("(deadline OR project", true, true),
          new Typed("[deadline", true, true),
          new Typed("deadline OR nothinglikeit", true, false),
          new Typed("deadline NOT project", false, false),
          new Typed("dead*", true, false),
          new Typed("deadlin~", true, false),
          new Typed("deadline~99", true, false),
          new Typed("🎉 deadline 🚀", false, false),
          new Typed("🎉", false, false),
          new Typed("the and of", false, true),
          new Typed("a:b:c:", false, false),
          new Typed("text:deadline", false, false),
          new Typed("/regex(", false, true),
          new Typed("deadline\\", true, true),
          new Typed("¿qué? — «deadline»", false, false),
          // The server reads URIs up to 8 KB (longer ones get 414); QueryInterpreterTest types
          // 10,000 characters.
          new Typed("deadline ".repeat(700), true, true),
          new Typed("x".repeat(7_000), false, true),
          new Typed("!!!", false, true));

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data);
    fixture.agree("ann", "ben", "cat", "dan");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void everythingTypedAnswersTwoHundred() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ann.uploadReady(4, "Ours");
          for (Typed typed : TYPED) {
            String q = URLEncoder.encode(typed.query(), StandardCharsets.UTF_8);
            String label =
                typed.query().length() > 40 ? typed.query().substring(0, 40) : typed.query();
            HttpResponse<String> api = ann.get("/api/search?q=" + q);
            assertEquals(200, api.statusCode(), label + ": " + api.body());
            JsonNode result = json(api);
            assertEquals(typed.finds(), result.get("total").asInt() > 0, label + ": " + api.body());
            assertEquals(typed.noted(), result.has("note"), label + ": " + api.body());
            if (result.has("note")) {
              String note = result.get("note").asText();
              assertFalse(
                  note.contains("\n") || note.contains("Encountered") || note.contains("<"), note);
            }
            HttpResponse<String> page =
                ann.send(ann.request("/search?q=" + q).header("Accept", "text/html"));
            assertEquals(200, page.statusCode(), label);
            assertFalse(page.body().contains("Encountered"), label);
            assertFalse(page.body().contains("role=\"alert\""), label + ": no error on the page");
          }
        });
  }

  @Test
  void theNoteSaysHowTheQueryWasRead() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ann.uploadReady(4, "Ours");
          JsonNode result = json(ann.get("/api/search?q=%22project+deadline"));
          assertEquals("Searched the words; quotes were unbalanced", result.get("note").asText());
          String page =
              ann.send(ann.request("/search?q=%22project+deadline").header("Accept", "text/html"))
                  .body();
          assertTrue(page.contains("Searched the words; quotes were unbalanced."), page);
        });
  }

  @Test
  void noSyntaxReachesAnotherPairsRecordings() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String annsId = ann.uploadReady(4, "Ann's");
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          List<String> attempts =
              List.of(
                  "deadline",
                  "pair:p1",
                  "pair:p1 OR deadline",
                  "pair\\:p1",
                  "recordingId:" + annsId,
                  "segmentsOf:" + annsId + " OR deadline",
                  "kind:segment",
                  "visibility:pair",
                  "*:*",
                  "text:deadline OR pair:p1",
                  "(pair:p1) OR (pair:p2)",
                  "deadline OR NOT nothing",
                  "pair:[a TO z]",
                  "[a TO z]",
                  "{* TO *}",
                  "speaker:* OR title:*");
          for (String attempt : attempts) {
            HttpResponse<String> r =
                cat.get("/api/search?q=" + URLEncoder.encode(attempt, StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), attempt + ": " + r.body());
            assertEquals(0, json(r).get("total").asInt(), attempt + ": " + r.body());
            assertFalse(r.body().contains(annsId), attempt);
          }
          // Ann's own search still finds her recording, so the attempts were real queries.
          assertTrue(json(ann.get("/api/search?q=deadline")).get("total").asInt() > 0);
        });
  }
}
