package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.bench.WebSession;
import io.hindsight.testing.JarRunner;
import io.hindsight.testing.Sample;
import io.hindsight.testing.ServedJar;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping in the middle of a transcription, as people do with Ctrl+C or a service manager's
 * SIGTERM: the process exits cleanly (no Kaldi abort), and nothing is lost or half-kept.
 */
class ShutdownIT {

  static final String PASSWORD = "a sturdy password";
  private static final Pattern PERCENT = Pattern.compile("ingest: transcribe (\\d+)%");

  @TempDir Path work;
  private Path data;
  private Path longFile;
  private JarRunner jar;

  @BeforeEach
  void makeLongRecording() throws Exception {
    data = work.resolve("data");
    jar = new JarRunner(work, Map.of());
    longFile = work.resolve("long.m4a");
    JarRunner.Result made =
        jar.run(
            "bench", "make-long", Sample.video().toString(), longFile.toString(), "--minutes", "3");
    assertEquals(0, made.exitCode(), made.stderr());
  }

  @Test
  void sigtermWhileTranscribingExitsZeroAndTheJobCompletesAfterRestart() throws Exception {
    addSignedPair(jar, data);
    String id;
    try (ServedJar server = ServedJar.start(work, data)) {
      WebSession ann = signAgreement(server);
      HttpResponse<String> upload = ann.upload(longFile, "Three minutes");
      assertEquals(202, upload.statusCode(), upload.body());
      id = WebSession.parse(upload).get("id").asText();
      awaitPercent(ann, id, 30);
      int exit = server.terminate();
      String output = String.join("\n", server.output());
      assertEquals(0, exit, output);
      assertFalse(output.contains("Assertion") || output.contains("ASSERTION"), output);
      assertTrue(output.contains("Hindsight stopped."), output);
    }
    try (ServedJar again = ServedJar.start(work, data)) {
      WebSession ann = signIn(again, "ann");
      long deadline = System.nanoTime() + Duration.ofMinutes(5).toNanos();
      String status = ann.status(id);
      while (!status.equals("ready") && !status.equals("failed") && System.nanoTime() < deadline) {
        Thread.sleep(500);
        status = ann.status(id);
      }
      assertEquals("ready", status, String.join("\n", again.output()));
      JsonNode hits = WebSession.parse(ann.get("/api/search?q=deadline"));
      assertTrue(hits.path("total").asInt() > 0, hits.toString());
    }
  }

  @Test
  void sigintDuringIngestStoresNothingAndExits130() throws Exception {
    List<String> command =
        List.of(
            "java",
            "-jar",
            JarRunner.jar().toString(),
            "--data",
            data.toString(),
            "ingest",
            longFile.toString(),
            "--pair",
            "p1",
            "--consent",
            "Ann,Ben");
    Process ingest = new ProcessBuilder(command).directory(work.toFile()).start();
    List<String> stderr = new ArrayList<>();
    try (BufferedReader err =
        new BufferedReader(
            new InputStreamReader(ingest.getErrorStream(), StandardCharsets.UTF_8))) {
      boolean signalled = false;
      for (String line = err.readLine(); line != null; line = err.readLine()) {
        stderr.add(line);
        Matcher m = PERCENT.matcher(line);
        if (!signalled && m.find() && Integer.parseInt(m.group(1)) >= 30) {
          new ProcessBuilder("kill", "-INT", Long.toString(ingest.pid())).start().waitFor();
          signalled = true;
        }
      }
      assertTrue(signalled, "never reached 30%: " + stderr);
    }
    assertTrue(ingest.waitFor(60, TimeUnit.SECONDS));
    assertEquals(130, ingest.exitValue(), String.join("\n", stderr));
    List<String> errors = stderr.stream().filter(l -> l.startsWith("hindsight:")).toList();
    assertEquals(List.of("hindsight: interrupted: nothing was stored"), errors, stderr.toString());
    assertFalse(String.join("\n", stderr).contains("ssertion"), stderr.toString());

    // The next start sweeps what the killed ingest staged; no row, no files, no index documents.
    JarRunner.Result listed = jar.run("--data", data.toString(), "recordings", "--json");
    assertEquals(0, listed.exitCode(), listed.stderr());
    assertEquals(0, WebSession.parse(listed.stdout()).size(), listed.stdout());
    assertEquals(List.of(), children(data.resolve("staging")));
    assertEquals(List.of(), children(data.resolve("recordings")));
    JarRunner.Result search =
        jar.run("--data", data.toString(), "search", "deadline OR review", "--json");
    assertEquals(0, search.exitCode(), search.stderr());
    assertEquals(0, WebSession.parse(search.stdout()).path("total").asInt(), search.stdout());
  }

  /** Ann (mentor) and Ben (mentee) of pair p1, both with {@link #PASSWORD}, agreement signed. */
  static void addSignedPair(JarRunner jar, Path data) throws Exception {
    for (String[] person : new String[][] {{"ann", "Ann", "mentor"}, {"ben", "Ben", "mentee"}}) {
      JarRunner.Result added =
          jar.runWithInput(
              PASSWORD + "\n",
              "--data",
              data.toString(),
              "user",
              "add",
              "--username",
              person[0],
              "--name",
              person[1],
              "--pair",
              "p1",
              "--role",
              person[2],
              "--password-stdin");
      assertEquals(0, added.exitCode(), added.stderr());
    }
  }

  static WebSession signIn(ServedJar server, String username) throws Exception {
    WebSession session = new WebSession(server.base(), Duration.ofSeconds(30));
    HttpResponse<String> login = session.login(username, PASSWORD);
    assertEquals(200, login.statusCode(), login.body());
    return session;
  }

  /** Both members sign the same terms, so the agreement is in force; returns Ann's session. */
  static WebSession signAgreement(ServedJar server) throws Exception {
    WebSession ann = signIn(server, "ann");
    for (WebSession member : List.of(ann, signIn(server, "ben"))) {
      HttpResponse<String> signed =
          member.post(
              "/api/agreement",
              Map.of(
                  "record", true, "searchable", true, "shareExcerpts", true, "retentionDays", 0));
      assertEquals(200, signed.statusCode(), signed.body());
    }
    return ann;
  }

  private static void awaitPercent(WebSession session, String id, int percent) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (System.nanoTime() < deadline) {
      JsonNode recording = WebSession.parse(session.get("/api/recordings/" + id));
      JsonNode progress = recording.path("progress");
      assertFalse(recording.path("status").asText().equals("ready"), "finished too soon");
      if (progress.path("percent").asInt() >= percent) {
        return;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("never reached " + percent + "%");
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
