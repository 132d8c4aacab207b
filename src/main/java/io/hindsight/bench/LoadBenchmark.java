package io.hindsight.bench;

import io.hindsight.Hindsight;
import io.hindsight.bench.RouteStats.Route;
import io.hindsight.recording.Recording;
import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * {@code bench load}: many signed-in people at once against a server on loopback. Each client loops
 * over a fixed mix (searches, page views, media ranges, notes, now and then a login) until the time
 * is up, while a few uploads go through the job queue. Afterwards the server must still answer
 * within a second, every upload must be ready, and the rows, files and index documents must agree
 * with what the clients were told.
 */
public final class LoadBenchmark {

  /** A member who signs in. */
  public record Login(String username, String password) {}

  /** The run's shape. */
  public record Plan(int clients, Duration duration, int uploads) {}

  private static final List<String> QUERIES =
      List.of("deadline", "review", "\"public speaking\"", "feel*", "project OR code", "belong~");
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final Duration SIGN_IN_WAIT = Duration.ofSeconds(60);

  private final Hindsight app;
  private final URI base;
  private final List<Login> logins;
  private final Path sample;
  private final String recordingId;
  private final RouteStats stats = new RouteStats();

  /**
   * @param recordingId a ready recording of the members' pair, whose media the clients fetch
   */
  public LoadBenchmark(
      Hindsight app, URI base, List<Login> logins, Path sample, String recordingId) {
    this.app = app;
    this.base = base;
    this.logins = logins;
    this.sample = sample;
    this.recordingId = recordingId;
  }

  /** Runs the load and the checks; true when every check passed. */
  public boolean run(Plan plan, PrintWriter out) throws Exception {
    long mediaBytes = java.nio.file.Files.size(app.library().mediaFile(recordingId(recordingId)));
    out.printf(
        Locale.ROOT,
        "load: %d clients for %d s, %d upload(s), on %d cores%n",
        plan.clients(),
        plan.duration().toSeconds(),
        plan.uploads(),
        Runtime.getRuntime().availableProcessors());
    out.flush();
    ExecutorService pool = Executors.newFixedThreadPool(plan.clients() + 1);
    // Everyone signs in before the clock starts; logins in the mix are timed like the rest.
    List<Future<WebSession>> signingIn = new ArrayList<>();
    for (int i = 0; i <= plan.clients(); i++) {
      Login login = logins.get(i % logins.size());
      signingIn.add(pool.submit(() -> session(login)));
    }
    List<WebSession> sessions = new ArrayList<>();
    for (Future<WebSession> s : signingIn) {
      sessions.add(s.get());
    }
    long start = System.nanoTime();
    long end = start + plan.duration().toNanos();
    List<Future<int[]>> clients = new ArrayList<>();
    for (int i = 0; i < plan.clients(); i++) {
      int client = i;
      clients.add(pool.submit(() -> client(client, sessions.get(client), end, mediaBytes)));
    }
    Future<List<String>> uploads =
        pool.submit(() -> uploads(plan, sessions.get(plan.clients()), start));
    int notes = 0;
    int unanswered = 0;
    for (Future<int[]> c : clients) {
      int[] counts = c.get();
      notes += counts[0];
      unanswered += counts[1];
    }
    List<String> uploaded = uploads.get();
    pool.shutdown();
    double seconds = (System.nanoTime() - start) / 1e9;
    stats.print(out, seconds);

    LoadChecks checks = new LoadChecks(app, out);
    boolean ok = stats.totalErrors() == 0;
    ok &= checks.answersWithin(sessions.get(0), Duration.ofSeconds(1));
    ok &= checks.allReady(uploaded, Duration.ofMinutes(10));
    ok &= checks.countsAddUp(notes, unanswered);
    out.println(ok ? "result: ok" : "result: FAILED");
    return ok;
  }

  private Recording recordingId(String id) {
    return app.library().get(id);
  }

  /**
   * One person's loop; returns how many notes the server confirmed, and how many got no answer in
   * time (those may or may not have been stored).
   */
  private int[] client(int client, WebSession session, long end, long mediaBytes) throws Exception {
    Random random = new Random(client);
    Login login = logins.get(client % logins.size());
    int notes = 0;
    int unanswered = 0;
    for (long n = 0; System.nanoTime() < end; n++) {
      int pick = random.nextInt(100);
      Route route =
          pick < 35
              ? Route.SEARCH
              : pick < 65
                  ? Route.PAGE
                  : pick < 85 ? Route.MEDIA : pick < 97 ? Route.NOTE : Route.LOGIN;
      long t0 = System.nanoTime();
      int status;
      String failure = null;
      try {
        status =
            switch (route) {
              case SEARCH ->
                  session
                      .get(
                          "/api/search?q="
                              + java.net.URLEncoder.encode(
                                  QUERIES.get(random.nextInt(QUERIES.size())),
                                  java.nio.charset.StandardCharsets.UTF_8))
                      .statusCode();
              case PAGE -> session.get(page(random.nextInt(3))).statusCode();
              case MEDIA -> {
                long from = (long) (random.nextDouble() * Math.max(1, mediaBytes - 65_536));
                yield session
                    .getRange(
                        "/api/recordings/" + recordingId + "/media",
                        "bytes=" + from + "-" + (from + 65_535))
                    .statusCode();
              }
              case NOTE ->
                  session
                      .post(
                          "/api/recordings/" + recordingId + "/notes",
                          Map.of(
                              "atSeconds",
                              random.nextInt(60),
                              "text",
                              "load note " + client + "-" + n,
                              "visibility",
                              random.nextBoolean() ? "private" : "pair"))
                      .statusCode();
              case LOGIN ->
                  new WebSession(base, TIMEOUT)
                      .login(login.username(), login.password())
                      .statusCode();
              case UPLOAD -> throw new IllegalStateException("uploads have their own thread");
            };
      } catch (IOException e) {
        status = -1;
        failure = e.getClass().getSimpleName();
      }
      stats.record(route, System.nanoTime() - t0, status, failure);
      if (route == Route.NOTE && status == Route.NOTE.expected) {
        notes++;
      } else if (route == Route.NOTE && status < 0) {
        unanswered++;
      }
    }
    return new int[] {notes, unanswered};
  }

  private String page(int which) {
    return switch (which) {
      case 0 -> "/";
      case 1 -> "/recordings/" + recordingId;
      default -> "/search?q=deadline";
    };
  }

  /** The uploads, spread over the middle third of the run; returns the ids the server gave. */
  private List<String> uploads(Plan plan, WebSession session, long start) throws Exception {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < plan.uploads(); i++) {
      // Spread over the middle third, so that they meet the load at its height.
      long at = start + (long) (plan.duration().toNanos() * (1 + (double) i / plan.uploads()) / 3);
      TimeUnit.NANOSECONDS.sleep(Math.max(0, at - System.nanoTime()));
      long t0 = System.nanoTime();
      int status;
      String failure = null;
      try {
        HttpResponse<String> answer = session.upload(sample, "Load upload " + (i + 1));
        status = answer.statusCode();
        if (status == Route.UPLOAD.expected) {
          ids.add(WebSession.parse(answer).get("id").asText());
        }
      } catch (IOException e) {
        status = -1;
        failure = e.getClass().getSimpleName();
      }
      stats.record(Route.UPLOAD, System.nanoTime() - t0, status, failure);
    }
    return ids;
  }

  private WebSession session(Login login) throws IOException, InterruptedException {
    WebSession session = new WebSession(base, TIMEOUT);
    HttpResponse<String> answer = session.login(login.username(), login.password(), SIGN_IN_WAIT);
    if (answer.statusCode() != 200) {
      throw new IllegalStateException(
          "could not sign in as " + login.username() + ": " + answer.body());
    }
    return session;
  }
}
