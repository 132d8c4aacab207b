package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.bench.WebSession;
import io.hindsight.bench.WorkerProcess;
import io.hindsight.testing.Cluster;
import io.hindsight.testing.Sample;
import io.hindsight.testing.ServedJar;
import io.hindsight.testing.TestFfmpeg;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Transcription past one machine, as separate processes on loopback: PostgreSQL, one server that
 * does not transcribe ({@code serve --workers 0}) and two {@code hindsight worker}s on the shared
 * data folder. One worker is killed with -9 in the middle of a job; the other takes it over.
 */
class WorkersIT {

  @TempDir Path work;

  @Test
  void sixUploadsReachReadyOnceEachAndAKilledWorkersJobFinishesOnTheOther() throws Exception {
    Path clip = work.resolve("clip.mp4");
    // Half the sample keeps six jobs on two one-thread workers within a couple of minutes.
    TestFfmpeg.ffmpeg(
        "-y", "-i", Sample.video().toString(), "-t", "30", "-c", "copy", clip.toString());
    try (Cluster cluster = Cluster.start(work)) {
      ShutdownIT.addSignedPair(cluster.cli(), cluster.data());
      ServedJar server = cluster.server("--workers", "0");
      WebSession ann = ShutdownIT.signAgreement(server);
      List<WorkerProcess> workers =
          List.of(
              cluster.worker(Cluster.quickTakeover(), "--threads", "1"),
              cluster.worker(Cluster.quickTakeover(), "--threads", "1"));
      List<String> ids = new ArrayList<>();
      for (int i = 1; i <= 6; i++) {
        HttpResponse<String> upload = ann.upload(clip, "Session " + i);
        assertEquals(202, upload.statusCode(), upload.body());
        ids.add(WebSession.parse(upload).get("id").asText());
      }

      // A job well into recognition on some worker: kill that worker as a crash would.
      List<String> running = awaitRunningJob(cluster);
      String taken = running.get(0);
      long victimPid = WorkerProcess.pidOf(running.get(1));
      WorkerProcess victim =
          workers.stream().filter(w -> w.pid() == victimPid).findFirst().orElseThrow();
      WorkerProcess survivor = workers.stream().filter(w -> w != victim).findFirst().get();
      victim.kill9();
      assertFalse(victim.isAlive());

      // Every upload reaches ready; the page's progress came from the workers through the database.
      boolean sawProgress = false;
      long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
      List<String> statuses = List.of();
      while (System.nanoTime() < deadline) {
        statuses = new ArrayList<>();
        for (String id : ids) {
          JsonNode r = WebSession.parse(ann.get("/api/recordings/" + id));
          statuses.add(r.path("status").asText());
          sawProgress |= r.path("progress").path("percent").asInt() > 0;
        }
        if (statuses.stream().allMatch(s -> s.equals("ready") || s.equals("failed"))) {
          break;
        }
        Thread.sleep(500);
      }
      String log = String.join("\n", survivor.output()) + "\n-- killed --\n" + victim.output();
      assertEquals(List.of("ready", "ready", "ready", "ready", "ready", "ready"), statuses, log);
      assertTrue(sawProgress, "the server never showed a worker's progress");

      // The killed worker's job started there, then ran to its end on the other, once.
      assertTrue(lines(victim, "Job for recording " + taken + " started") == 1, log);
      assertEquals(0, lines(victim, "Job for recording " + taken + " done"), log);
      assertEquals(1, lines(survivor, "Job for recording " + taken + " started"), log);
      for (String id : ids) {
        int done =
            lines(victim, "Job for recording " + id + " done")
                + lines(survivor, "Job for recording " + id + " done");
        assertEquals(1, done, id + " done more or fewer times than once\n" + log);
      }

      // Nothing lost or duplicated: rows, jobs, progress and files.
      assertEquals(6, cluster.count("SELECT count(*) FROM recordings WHERE status = 'ready'"));
      assertEquals(6, cluster.count("SELECT count(*) FROM recordings"));
      assertEquals(0, cluster.count("SELECT count(*) FROM scheduled_tasks"));
      assertEquals(0, cluster.count("SELECT count(*) FROM job_progress"));
      List<Path> folders = children(cluster.data().resolve("recordings"));
      assertEquals(6, folders.size(), folders.toString());
      for (String id : ids) {
        Path folder = cluster.data().resolve("recordings").resolve(id);
        assertTrue(Files.isRegularFile(folder.resolve("transcript.json")), folder.toString());
        JsonNode transcript = WebSession.parse(Files.readString(folder.resolve("transcript.json")));
        assertTrue(transcript.path("words").size() > 20, id + ": " + transcript);
      }
      // Ours, not Lucene's: the server's index writes its own temporary files while it applies
      // the outbox, and commits them by its own protocol.
      Path index = cluster.data().resolve("index");
      try (Stream<Path> files = Files.walk(cluster.data())) {
        List<Path> partial =
            files.filter(p -> p.toString().endsWith(".tmp") && !p.startsWith(index)).toList();
        assertEquals(List.of(), partial);
      }
      assertEquals(List.of(), children(cluster.data().resolve("staging")));
    }
  }

  /** The recording and owner of a job past a tenth of its recognition. */
  private static List<String> awaitRunningJob(Cluster cluster) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (System.nanoTime() < deadline) {
      List<List<String>> rows =
          cluster.query(
              "SELECT s.task_instance, s.picked_by FROM scheduled_tasks s"
                  + " JOIN job_progress p ON p.recording_id = s.task_instance"
                  + " WHERE s.picked AND p.stage = 'transcribe' AND p.fraction > 0.15");
      if (!rows.isEmpty()) {
        return rows.get(0);
      }
      Thread.sleep(100);
    }
    throw new AssertionError(
        "no job reached recognition: " + cluster.query("SELECT * FROM scheduled_tasks"));
  }

  private static int lines(WorkerProcess worker, String text) {
    return (int) worker.output().stream().filter(l -> l.endsWith(text)).count();
  }

  private static List<Path> children(Path dir) throws Exception {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
