package io.hindsight.bench;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.HindsightException;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;

/**
 * {@code bench upload}: one file uploaded over loopback at a limited rate to a server of its own,
 * timed from its first byte and from its last byte until it is searchable. While it arrives, the
 * upload's progress is polled, to show how much audio was heard before the last byte. Then the same
 * file is transcribed from disk in the same run: the wait after the last byte had the upload not
 * been heard as it arrived.
 */
public final class UploadBenchmark {

  /** What one run measured. */
  public record Result(
      long bytes,
      double audioSeconds,
      double uploadSeconds,
      double heardAtLastByte,
      double lastByteToSearchable,
      double firstByteToSearchable,
      double fromDiskSeconds) {}

  private final URI base;
  private final String username;
  private final String password;
  private final Transcriber transcriber;
  private final TrackPlanner planner;

  public UploadBenchmark(
      URI base, String username, String password, Transcriber transcriber, TrackPlanner planner) {
    this.base = base;
    this.username = username;
    this.password = password;
    this.transcriber = transcriber;
    this.planner = planner;
  }

  /**
   * @param bytesPerSecond the upload's rate
   * @param baseline also transcribe the file from disk, for comparison
   */
  public Result run(Path file, double bytesPerSecond, boolean baseline, PrintWriter out)
      throws Exception {
    long bytes = Files.size(file);
    double audio = planner.plan(List.of(file), List.of(), false).durationSeconds();
    WebSession session = new WebSession(base, Duration.ofHours(6));
    WebSession poller = new WebSession(base, Duration.ofSeconds(30));
    requireOk(session.login(username, password));
    requireOk(poller.login(username, password));
    java.util.concurrent.atomic.AtomicLong lastByte = new java.util.concurrent.atomic.AtomicLong();
    long first = System.nanoTime();
    CompletableFuture<HttpResponse<String>> upload =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return session.upload(
                    file, "bench upload", in -> new EndTimed(in, bytesPerSecond, lastByte));
              } catch (Exception e) {
                throw new java.util.concurrent.CompletionException(e);
              }
            });
    double heardAtLastByte = 0;
    while (!upload.isDone()) {
      JsonNode arriving = WebSession.parse(poller.get("/api/uploads"));
      for (JsonNode u : arriving) {
        if (lastByte.get() == 0) {
          heardAtLastByte = u.path("secondsTranscribed").asDouble();
          out.printf(
              Locale.ROOT,
              "  %5.1f s: %,d of %,d bytes received, %.0f s of audio transcribed%n",
              (System.nanoTime() - first) / 1e9,
              u.path("bytesReceived").asLong(),
              bytes,
              heardAtLastByte);
          out.flush();
        }
      }
      Thread.sleep(lastByte.get() == 0 ? 2000 : 100);
    }
    HttpResponse<String> answer = upload.join();
    if (answer.statusCode() != 202) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "the upload was refused: " + answer.body());
    }
    String id = WebSession.parse(answer).path("id").asText();
    String word = awaitReady(poller, id);
    long searchable = System.nanoTime();
    requireFound(poller, word, id);
    double fromDisk = baseline ? fromDisk(file) : Double.NaN;
    return new Result(
        bytes,
        audio,
        (lastByte.get() - first) / 1e9,
        heardAtLastByte,
        (searchable - lastByte.get()) / 1e9,
        (searchable - first) / 1e9,
        fromDisk);
  }

  /** Waits until the recording is ready; returns a word of its transcript to search for. */
  private static String awaitReady(WebSession poller, String id) throws Exception {
    while (true) {
      String status = poller.status(id);
      if (status.equals("ready")) {
        JsonNode words = WebSession.parse(poller.get("/api/recordings/" + id + "/transcript"));
        for (JsonNode w : words.path("words")) {
          String text = w.path("word").asText(w.path("text").asText());
          if (text.matches("[a-z]{5,}")) {
            return text;
          }
        }
        return null;
      }
      if (status.equals("failed")) {
        throw new HindsightException(HindsightException.Kind.INTERNAL, "the upload failed");
      }
      Thread.sleep(50);
    }
  }

  private static void requireFound(WebSession poller, String word, String id) throws Exception {
    if (word == null) {
      return;
    }
    String q = URLEncoder.encode(word, StandardCharsets.UTF_8);
    String hits = poller.get("/api/search?q=" + q).body();
    if (!hits.contains(id)) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "ready, but a search for '" + word + "' misses it");
    }
  }

  private double fromDisk(Path file) {
    long start = System.nanoTime();
    transcriber.transcribe(
        planner.plan(List.of(file), List.of(), false), new ProgressTracker(ProgressListener.NONE));
    return (System.nanoTime() - start) / 1e9;
  }

  private static void requireOk(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "could not sign in: " + response.body());
    }
  }

  /** {@link Throttled}, noting when its last byte went out. */
  private static final class EndTimed extends java.io.FilterInputStream {
    private final java.util.concurrent.atomic.AtomicLong lastByte;

    EndTimed(
        java.io.InputStream in,
        double bytesPerSecond,
        java.util.concurrent.atomic.AtomicLong lastByte) {
      super(new Throttled(in, bytesPerSecond, -1));
      this.lastByte = lastByte;
    }

    @Override
    public int read(byte[] b, int off, int len) throws java.io.IOException {
      int n = super.read(b, off, len);
      if (n < 0) {
        lastByte.compareAndSet(0, System.nanoTime());
      }
      return n;
    }
  }
}
