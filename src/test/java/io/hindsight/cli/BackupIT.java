package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.bench.WebSession;
import io.hindsight.testing.JarRunner;
import io.hindsight.testing.Sample;
import io.hindsight.testing.ServedJar;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code backup} while the server runs and an upload is being transcribed, then {@code restore}
 * into a new folder: everything that was ready is there again, and a damaged backup is refused.
 */
class BackupIT {

  @TempDir Path work;

  /** What a member sees of the ready recording, compared before and after. */
  private record Seen(
      JsonNode recording, List<JsonNode> hits, JsonNode notes, JsonNode excerpt, byte[] clip) {}

  @Test
  void aBackupTakenWhileProcessingRestoresEverythingThatWasReady() throws Exception {
    Path data = work.resolve("data");
    Path backup = work.resolve("backup");
    JarRunner jar = new JarRunner(work, Map.of());
    Path longFile = work.resolve("long.m4a");
    JarRunner.Result made =
        jar.run(
            "bench", "make-long", Sample.video().toString(), longFile.toString(), "--minutes", "3");
    assertEquals(0, made.exitCode(), made.stderr());
    ShutdownIT.addSignedPair(jar, data);

    Seen before;
    String ready;
    String excerpt;
    try (ServedJar server = ServedJar.start(work, data)) {
      WebSession ann = ShutdownIT.signAgreement(server);
      WebSession ben = ShutdownIT.signIn(server, "ben");
      ready = upload(ann, Sample.video(), "Week 12");
      awaitStatus(ann, ready, "ready");
      assertEquals(
          201,
          ann.post(
                  "/api/recordings/" + ready + "/notes",
                  Map.of("atSeconds", 12.5, "text", "Ask about the plan", "visibility", "pair"))
              .statusCode());
      HttpResponse<String> created =
          ann.post(
              "/api/recordings/" + ready + "/excerpts",
              Map.of("title", "Deadlines", "startSeconds", 10, "endSeconds", 20));
      assertEquals(201, created.statusCode(), created.body());
      excerpt = WebSession.parse(created).get("id").asText();
      for (WebSession member : List.of(ann, ben)) {
        HttpResponse<String> approved =
            member.post("/api/excerpts/" + excerpt + "/approve", Map.of());
        assertEquals(200, approved.statusCode(), approved.body());
      }
      HttpResponse<String> published = ann.post("/api/excerpts/" + excerpt + "/publish", Map.of());
      assertEquals(200, published.statusCode(), published.body());

      String processing = upload(ann, longFile, "Three minutes");
      awaitStatus(ann, processing, "processing");
      before = seen(ann, ready, excerpt);
      JarRunner.Result backedUp = jar.run("--data", data.toString(), "backup", backup.toString());
      assertEquals(0, backedUp.exitCode(), backedUp.stderr());
      assertTrue(backedUp.stdout().contains("Backed up 2 recordings"), backedUp.stdout());
    }

    Path restored = work.resolve("restored");
    JarRunner.Result back = jar.run("--data", restored.toString(), "restore", backup.toString());
    assertEquals(0, back.exitCode(), back.stderr());
    assertTrue(back.stdout().contains("Restored 2 recordings"), back.stdout());
    try (ServedJar server = ServedJar.start(work, restored)) {
      WebSession ann = ShutdownIT.signIn(server, "ann");
      Seen after = seen(ann, ready, excerpt);
      assertEquals(before.recording(), after.recording());
      assertEquals(before.hits(), after.hits());
      assertEquals(before.notes(), after.notes());
      assertEquals(before.excerpt(), after.excerpt());
      assertArrayEquals(before.clip(), after.clip());
    }

    JarRunner.Result again = jar.run("--data", restored.toString(), "restore", backup.toString());
    assertEquals(1, again.exitCode());
    assertTrue(again.stderr().contains("is not empty"), again.stderr());

    Path damaged = work.resolve("damaged");
    copyTree(backup, damaged);
    Path media = damaged.resolve("recordings").resolve(ready).resolve("media-0");
    byte[] bytes = Files.readAllBytes(media);
    bytes[bytes.length / 2] ^= 1;
    Files.write(media, bytes);
    Path elsewhere = work.resolve("elsewhere");
    JarRunner.Result refused =
        jar.run("--data", elsewhere.toString(), "restore", damaged.toString());
    assertEquals(1, refused.exitCode());
    assertTrue(
        refused.stderr().contains("recordings/" + ready + "/media-0 does not match its checksum"),
        refused.stderr());
    assertTrue(!Files.exists(elsewhere) || isEmpty(elsewhere), "nothing restored");
  }

  private static Seen seen(WebSession member, String id, String excerpt) throws Exception {
    JsonNode recording = WebSession.parse(member.get("/api/recordings/" + id));
    List<JsonNode> hits = new ArrayList<>();
    for (JsonNode hit : WebSession.parse(member.get("/api/search?q=deadline")).path("hits")) {
      if (hit.path("recordingId").asText().equals(id)) {
        hits.add(hit);
      }
    }
    assertTrue(!hits.isEmpty(), "the ready recording is found");
    JsonNode notes = WebSession.parse(member.get("/api/recordings/" + id + "/notes"));
    assertEquals(1, notes.size(), notes.toString());
    JsonNode shared = WebSession.parse(member.get("/api/excerpts/" + excerpt));
    HttpResponse<byte[]> clip = member.getBytes(shared.path("url").asText() + "/clip");
    assertEquals(200, clip.statusCode());
    return new Seen(recording, hits, notes, shared, clip.body());
  }

  private static String upload(WebSession member, Path file, String title) throws Exception {
    HttpResponse<String> response = member.upload(file, title);
    assertEquals(202, response.statusCode(), response.body());
    return WebSession.parse(response).get("id").asText();
  }

  private static void awaitStatus(WebSession member, String id, String wanted) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    String status = member.status(id);
    while (!status.equals(wanted) && System.nanoTime() < deadline) {
      assertTrue(!status.equals("failed"), member.get("/api/recordings/" + id).body());
      Thread.sleep(200);
      status = member.status(id);
    }
    assertEquals(wanted, status);
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target);
        }
      }
    }
  }

  private static boolean isEmpty(Path dir) throws Exception {
    try (Stream<Path> children = Files.list(dir)) {
      return children.findAny().isEmpty();
    }
  }
}
