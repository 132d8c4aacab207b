package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.pair.Terms;
import io.hindsight.testing.FakeSpeechModel;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Deleting really deletes": after a recording is deleted, swept by retention, or its excerpts
 * revoked by a withdrawal, its words are in no file under the data folder: not in the database, its
 * write-ahead log, the search index, the transcripts or the clips. Every byte of every file is
 * scanned for a marker word that was only in what was deleted.
 */
class DeletionLeavesNoTraceTest {

  private static final String IN_TITLE = "quetzaltitle";
  private static final String IN_NOTE = "quetzalnote";
  private static final String IN_TRANSCRIPT = "quetzalspoken";
  private static final List<String> MARKERS = List.of(IN_TITLE, IN_NOTE, IN_TRANSCRIPT);

  /** What the fake recognizer hears: a 4 s recording stops before the marker, a 12 s one not. */
  private static final String[] SAID = {
    "we", "talked", "about", "plans", "and", "then", "the", "secret", IN_TRANSCRIPT, "again"
  };

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, () -> FakeSpeechModel.saying(SAID));
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  /** Uploads the recording to forget (title, note and words marked) and one to keep. */
  private String uploadMarkedAndKept(ApiClient ann, String markedOn, String keptOn) {
    String marked = ann.uploadReady(12, "Session " + IN_TITLE, markedOn);
    String kept = ann.uploadReady(4, "Kept", keptOn);
    for (String[] note :
        new String[][] {{marked, IN_NOTE + " to self"}, {kept, "plans look fine"}}) {
      assertEquals(
          201,
          ann.send(
                  "POST",
                  "/api/recordings/" + note[0] + "/notes",
                  Map.of("atSeconds", 1, "text", note[1], "visibility", "pair"))
              .statusCode());
    }
    // One index segment then holds both recordings: deleting one cannot just drop a segment.
    fixture.app.library().reindex();
    assertEquals(
        1, json(ann.get("/api/search?q=" + IN_TRANSCRIPT)).get("total").asInt(), "indexed");
    assertEquals(MARKERS, found(MARKERS), "the scan finds the markers while they are kept");
    return marked;
  }

  private void assertForgotten(ApiClient ann, List<String> markers) {
    assertEquals(List.of(), found(markers), "left on disk after the purge");
    // What was kept is still whole.
    assertTrue(json(ann.get("/api/search?q=plans")).get("total").asInt() >= 2);
  }

  @Test
  void aDeletedRecordingLeavesNoTrace() {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String marked = uploadMarkedAndKept(ann, "2025-03-04", "2025-03-04");
          assertEquals(204, ann.send("DELETE", "/api/recordings/" + marked, null).statusCode());
          assertForgotten(ann, MARKERS);
        });
  }

  @Test
  void aRecordingSweptByRetentionLeavesNoTrace() {
    for (String member : List.of("ann", "ben")) {
      fixture.app.agreements().sign(fixture.user(member), new Terms(true, true, false, 30));
    }
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String marked = uploadMarkedAndKept(ann, "2025-01-02", "2025-03-04");
          assertEquals(
              List.of(marked), fixture.app.retentionSweep().sweep(LocalDate.parse("2025-03-05")));
          assertForgotten(ann, MARKERS);
        });
  }

  @Test
  void excerptsRevokedByAWithdrawalLeaveOnlyATombstone() {
    fixture.agreeToShare("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          String recording = ann.uploadReady(4, "Kept");
          String id =
              json(ann.send(
                      "POST",
                      "/api/recordings/" + recording + "/excerpts",
                      Map.of(
                          "title",
                          "On " + IN_TITLE,
                          "context",
                          "Why " + IN_NOTE,
                          "startSeconds",
                          0,
                          "endSeconds",
                          3)))
                  .get("id")
                  .asText();
          for (ApiClient member : List.of(ann, ben)) {
            member.send("POST", "/api/excerpts/" + id + "/approve", null);
          }
          assertEquals(
              200, ann.send("POST", "/api/excerpts/" + id + "/publish", null).statusCode());
          assertEquals(List.of(IN_TITLE, IN_NOTE), found(List.of(IN_TITLE, IN_NOTE)));

          assertEquals(200, ben.send("POST", "/api/agreement/withdraw", null).statusCode());

          JsonNode tombstone = json(ann.get("/api/excerpts/" + id));
          assertEquals("revoked", tombstone.get("status").asText());
          assertEquals("", tombstone.path("title").asText(""));
          assertEquals("", tombstone.path("context").asText(""));
          assertFalse(tombstone.has("words"));
          assertFalse(tombstone.has("redactedText"));
          assertTrue(tombstone.has("createdAt"));
          assertFalse(Files.exists(data.resolve("excerpts").resolve(id)), "the clip is gone");
          assertEquals(List.of(), found(List.of(IN_TITLE, IN_NOTE)), "left on disk");
        });
  }

  /** The markers that occur, in any case, in any file under the data folder. */
  private List<String> found(List<String> markers) {
    List<String> found = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> all = Files.walk(data)) {
      files = all.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    for (String marker : markers) {
      byte[] needle = marker.getBytes(StandardCharsets.UTF_8);
      for (Path file : files) {
        if (contains(read(file), needle)) {
          found.add(marker);
          break;
        }
      }
    }
    return found;
  }

  private static byte[] read(Path file) {
    try {
      return new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)
          .toLowerCase(Locale.ROOT)
          .getBytes(StandardCharsets.ISO_8859_1);
    } catch (IOException e) {
      // A file that vanished while walking holds nothing any more.
      return new byte[0];
    }
  }

  private static boolean contains(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
