package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.bench.Throttled;
import io.hindsight.bench.WebSession;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.recording.Recording;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real uploads over HTTP to a real server (ffmpeg, the default Vosk model): a slow upload is heard
 * while it arrives and ends ready, searchable and with the transcript a stored file gets; an upload
 * that stops midway, is not media, lacks consent or is too large leaves nothing behind.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class StreamedUploadIT {

  private static final String PAIR = "p1";
  private static final long LIMIT = 5L * 1024 * 1024;

  @TempDir static Path data;
  @TempDir static Path work;
  private Hindsight app;
  private Javalin web;
  private Path webm;

  @BeforeAll
  void serve() throws Exception {
    webm = work.resolve("session.webm");
    io.hindsight.testing.TestFfmpeg.ffmpeg(
        "-i",
        io.hindsight.testing.Sample.video().toString(),
        "-vn",
        "-c:a",
        "libopus",
        "-b:a",
        "64k",
        webm.toString());
    app = new Hindsight(new HindsightConfig(data, null, 2, 1, 4));
    for (String[] member : new String[][] {{"ann", "MENTOR"}, {"ben", "MENTEE"}}) {
      User user =
          app.accounts()
              .add(
                  member[0],
                  member[0],
                  PAIR,
                  Role.valueOf(member[1]),
                  WebFixture.PASSWORD.toCharArray());
      app.agreements().sign(user, Terms.PROPOSED);
    }
    app.preloadSpeech();
    web = start(LIMIT);
    app.jobs().start();
  }

  private Javalin start(long limit) {
    return WebApp.create(app.webServices(), new WebConfig(data.resolve("uploads"), limit, false))
        .start("127.0.0.1", 0);
  }

  @AfterAll
  void stop() {
    web.stop();
    app.close();
  }

  @Test
  @Order(1)
  void anUploadCancelledMidwayLeavesNothing() throws Exception {
    WebSession ann = session(web);
    WebSession poller = session(web);
    long size = Files.size(webm);
    CompletableFuture<HttpResponse<String>> upload =
        CompletableFuture.supplyAsync(
            () -> send(ann, webm, in -> new Throttled(in, 100_000, size * 3 / 4)));
    boolean heard = false;
    while (!upload.isDone()) {
      for (JsonNode u : WebSession.parse(poller.get("/api/uploads"))) {
        heard |= u.path("transcribing").asBoolean();
      }
      Thread.sleep(200);
    }
    assertThrows(Exception.class, upload::join, "the client gave up");
    assertTrue(heard, "it was being heard as it arrived");
    assertNothingKept(poller);
  }

  @Test
  @Order(2)
  void refusedUploadsLeaveNothing() throws Exception {
    WebSession ann = session(web);
    byte[] notMedia = new byte[300_000];
    new Random(3).nextBytes(notMedia);
    System.arraycopy("OggS".getBytes(), 0, notMedia, 0, 4);
    Path fake = work.resolve("fake.ogg");
    Files.write(fake, notMedia);
    HttpResponse<String> refused = ann.upload(fake, "not media");
    assertEquals(415, refused.statusCode(), refused.body());
    assertNothingKept(ann);

    // Without consent it is not even heard while it arrives, however slowly it comes.
    WebSession poller = session(web);
    CompletableFuture<HttpResponse<String>> noConsent =
        CompletableFuture.supplyAsync(
            () -> send(ann, webm, in -> new Throttled(in, 100_000, -1), false));
    boolean heard = false;
    while (!noConsent.isDone()) {
      for (JsonNode u : WebSession.parse(poller.get("/api/uploads"))) {
        heard |= u.path("transcribing").asBoolean();
      }
      Thread.sleep(200);
    }
    assertEquals(400, noConsent.join().statusCode(), noConsent.join().body());
    assertFalse(heard, "an upload without consent was heard as it arrived");
    assertNothingKept(ann);

    Javalin small = start(Files.size(webm) / 2);
    try {
      WebSession tooMuch = session(small);
      try {
        HttpResponse<String> tooLarge = tooMuch.upload(webm, "too large");
        assertEquals(413, tooLarge.statusCode(), tooLarge.body());
      } catch (java.io.IOException e) {
        // The server may close the connection on a body it refuses midway: also a refusal.
      }
      assertNothingKept(tooMuch);
    } finally {
      small.stop();
    }
  }

  @Test
  @Order(3)
  void aSlowUploadIsHeardWhileItArrivesThenReadyAndSearchableAsAStoredFile() throws Exception {
    WebSession ann = session(web);
    WebSession poller = session(web);
    long size = Files.size(webm);
    // 66 s of audio in about 40 s: the first chunks are heard long before the last byte.
    CompletableFuture<HttpResponse<String>> upload =
        CompletableFuture.supplyAsync(() -> send(ann, webm, in -> new Throttled(in, 16_000, -1)));
    double heardBeforeTheEnd = 0;
    while (!upload.isDone()) {
      for (JsonNode u : WebSession.parse(poller.get("/api/uploads"))) {
        if (u.path("bytesReceived").asLong() < size) {
          heardBeforeTheEnd = Math.max(heardBeforeTheEnd, u.path("secondsTranscribed").asDouble());
        }
      }
      Thread.sleep(250);
    }
    HttpResponse<String> answer = upload.join();
    assertEquals(202, answer.statusCode(), answer.body());
    assertTrue(
        heardBeforeTheEnd >= 5,
        "audio was transcribed while bytes still arrived: " + heardBeforeTheEnd + " s");
    String id = WebSession.parse(answer).path("id").asText();
    long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
    while (!poller.status(id).equals("ready")) {
      assertTrue(System.nanoTime() < deadline, "never ready: " + poller.status(id));
      Thread.sleep(100);
    }

    Recording recording = app.library().get(id);
    Transcript streamed = app.library().transcript(id);
    Transcript stored =
        app.transcriber()
            .transcribe(
                new TrackPlanner(app.media())
                    .plan(List.of(app.library().mediaFile(recording)), List.of(), false),
                new ProgressTracker(ProgressListener.NONE));
    assertEquals(timed(stored.words()), timed(streamed.words()), "the same as a stored file");
    String word =
        streamed.words().stream()
            .map(Word::word)
            .filter(w -> w.matches("[a-z]{6,}"))
            .findFirst()
            .orElse(null);
    assertNotNull(word);
    assertTrue(poller.get("/api/search?q=" + word).body().contains(id), "searchable: " + word);
  }

  private static List<String> timed(List<Word> words) {
    // Rounded as the stored transcript rounds them.
    return words.stream()
        .map(
            w -> String.format(java.util.Locale.ROOT, "%s@%.2f-%.2f", w.word(), w.start(), w.end()))
        .toList();
  }

  private void assertNothingKept(WebSession poller) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (WebSession.parse(poller.get("/api/uploads")).size() > 0) {
      assertTrue(System.nanoTime() < deadline, "the upload is still shown as arriving");
      Thread.sleep(100);
    }
    assertEquals(0, app.library().list(PAIR).size(), "no recording");
    assertEquals(0, app.jobs().pending(), "no job");
    assertEquals(0, app.index().documentCount(), "no index entry");
    try (Stream<Path> left = Files.walk(data)) {
      List<Path> kept =
          left.filter(Files::isRegularFile)
              .filter(
                  p ->
                      Stream.of("uploads", "recordings", "staging")
                          .anyMatch(d -> p.startsWith(data.resolve(d))))
              .toList();
      assertEquals(List.of(), kept, "no file of the upload");
    }
  }

  private WebSession session(Javalin server) throws Exception {
    WebSession s =
        new WebSession(
            URI.create("http://127.0.0.1:" + server.port() + "/"), Duration.ofMinutes(3));
    assertEquals(200, s.login("ann", WebFixture.PASSWORD).statusCode());
    return s;
  }

  private static HttpResponse<String> send(
      WebSession s, Path file, java.util.function.UnaryOperator<java.io.InputStream> pace) {
    return send(s, file, pace, true);
  }

  private static HttpResponse<String> send(
      WebSession s,
      Path file,
      java.util.function.UnaryOperator<java.io.InputStream> pace,
      boolean consent) {
    try {
      return s.upload(file, "streamed", pace, consent);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }
}
