package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.bench.WebSession;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.testing.Cluster;
import io.hindsight.testing.Sample;
import io.hindsight.testing.ServedJar;
import io.hindsight.testing.TestFfmpeg;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Search on every serving node, as separate processes on loopback: PostgreSQL, two servers that do
 * not transcribe, each with its own index, and a worker, on one shared data folder. Every recording
 * the worker makes ready is found on both servers within 5 s, a deletion made on one is gone from
 * both, a server that was down catches up when it starts again, and notes reach every node.
 */
class SearchNodesIT {

  private static final Duration WITHIN = Duration.ofSeconds(5);

  @TempDir Path work;

  @Test
  void bothServingNodesFindEveryRecordingAndADeletedOneIsGoneFromBoth() throws Exception {
    Path clip = work.resolve("clip.mp4");
    TestFfmpeg.ffmpeg(
        "-y", "-i", Sample.video().toString(), "-t", "20", "-c", "copy", clip.toString());
    Path indexB = work.resolve("index-b");
    try (Cluster cluster = Cluster.start(work)) {
      ShutdownIT.addSignedPair(cluster.cli(), cluster.data());
      ServedJar a = cluster.server("--workers", "0");
      ServedJar b = cluster.server("--workers", "0", "--index", indexB.toString());
      WebSession annOnA = ShutdownIT.signAgreement(a);
      cluster.worker(Cluster.quickTakeover(), "--threads", "1");

      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        HttpResponse<String> upload = annOnA.upload(clip, "Session " + i);
        assertEquals(202, upload.statusCode(), upload.body());
        ids.add(WebSession.parse(upload).get("id").asText());
      }
      awaitReady(annOnA, ids);
      String word = wordOf(cluster.data().resolve("recordings").resolve(ids.get(0)));
      WebSession annOnB = ShutdownIT.signIn(b, "ann");
      awaitFound(annOnA, word, Set.copyOf(ids), "server A");
      awaitFound(annOnB, word, Set.copyOf(ids), "server B, which made none of them ready");

      // Deleted through A: gone from B too, index documents and all.
      HttpResponse<String> deleted = annOnA.delete("/api/recordings/" + ids.get(0));
      assertEquals(204, deleted.statusCode(), deleted.body());
      Set<String> left = Set.copyOf(ids.subList(1, 3));
      awaitFound(annOnA, word, left, "server A after the delete");
      awaitFound(annOnB, word, left, "server B after a delete made on A");

      // B is down while a recording becomes ready and another is deleted; it catches up on start.
      assertEquals(0, b.terminate(), String.join("\n", b.output()));
      HttpResponse<String> upload = annOnA.upload(clip, "Session 4");
      String fourth = WebSession.parse(upload).get("id").asText();
      awaitReady(annOnA, List.of(fourth));
      assertEquals(204, annOnA.delete("/api/recordings/" + ids.get(1)).statusCode());
      ServedJar again = cluster.server("--workers", "0", "--index", indexB.toString());
      Set<String> remaining = Set.of(ids.get(2), fourth);
      awaitFound(ShutdownIT.signIn(again, "ann"), word, remaining, "server B after its restart");
      awaitFound(annOnA, word, remaining, "server A");

      // A note made on A is found on B, and its deletion on A reaches B too.
      WebSession annOnB2 = ShutdownIT.signIn(again, "ann");
      HttpResponse<String> note =
          annOnA.post(
              "/api/recordings/" + fourth + "/notes",
              java.util.Map.of(
                  "atSeconds", 2, "text", "Quokkas for next week", "visibility", "pair"));
      assertEquals(201, note.statusCode(), note.body());
      awaitFound(annOnB2, "quokkas", Set.of(fourth), "server B, for a note made on A");
      String noteId = WebSession.parse(note).get("id").asText();
      assertEquals(
          204, annOnA.delete("/api/recordings/" + fourth + "/notes/" + noteId).statusCode());
      awaitFound(annOnB2, "quokkas", Set.of(), "server B, after the note was deleted on A");

      // Nothing lost or duplicated: rows, outbox entries, folders and each index's documents.
      assertEquals(2, cluster.count("SELECT count(*) FROM recordings WHERE status = 'ready'"));
      assertEquals(2, cluster.count("SELECT count(*) FROM recordings"));
      assertEquals(4, cluster.count("SELECT count(*) FROM search_outbox WHERE kind = 'index'"));
      assertEquals(2, cluster.count("SELECT count(*) FROM search_outbox WHERE kind = 'delete'"));
      assertEquals(2, cluster.count("SELECT count(*) FROM search_outbox WHERE kind = 'notes'"));
      Path recordings = cluster.data().resolve("recordings");
      try (Stream<Path> folders = Files.list(recordings)) {
        assertEquals(
            Set.of(recordings.resolve(ids.get(2)), recordings.resolve(fourth)),
            folders.collect(java.util.stream.Collectors.toSet()));
      }
      long segments = 0;
      for (String id : remaining) {
        segments += transcript(recordings.resolve(id)).path("segments").size();
      }
      assertEquals(0, a.terminate());
      assertEquals(0, again.terminate());
      for (Path index : List.of(cluster.data().resolve("index"), indexB)) {
        try (TranscriptIndex opened = TranscriptIndex.open(index)) {
          assertEquals(segments, opened.documentCount(), "one document per segment in " + index);
        }
      }
    }
  }

  private static void awaitReady(WebSession session, List<String> ids) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(4).toNanos();
    while (System.nanoTime() < deadline) {
      List<String> statuses = new ArrayList<>();
      for (String id : ids) {
        statuses.add(session.status(id));
      }
      assertTrue(!statuses.contains("failed"), statuses.toString());
      if (statuses.stream().allMatch("ready"::equals)) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("not all of " + ids + " became ready");
  }

  /** The recordings the node finds by {@code word} are exactly {@code expected}, within 5 s. */
  private static void awaitFound(WebSession session, String word, Set<String> expected, String who)
      throws Exception {
    long deadline = System.nanoTime() + WITHIN.toNanos();
    Set<String> found = Set.of();
    while (System.nanoTime() < deadline) {
      found = found(session, word);
      if (found.equals(expected)) {
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError(who + " found " + found + " by '" + word + "', not " + expected);
  }

  private static Set<String> found(WebSession session, String word) throws Exception {
    HttpResponse<String> response = session.get("/api/search?limit=200&q=" + word);
    assertEquals(200, response.statusCode(), response.body());
    Set<String> ids = new HashSet<>();
    for (JsonNode hit : WebSession.parse(response).path("hits")) {
      ids.add(hit.path("recordingId").asText());
    }
    return ids;
  }

  private static JsonNode transcript(Path folder) throws Exception {
    return WebSession.parse(Files.readString(folder.resolve("transcript.json")));
  }

  /** The longest plain word of the first segment: every upload of the same clip says it. */
  private static String wordOf(Path folder) throws Exception {
    String best = "";
    for (String w : transcript(folder).at("/segments/0/text").asText().split(" ")) {
      if (w.chars().allMatch(Character::isLetter) && w.length() > best.length()) {
        best = w;
      }
    }
    return best;
  }
}
