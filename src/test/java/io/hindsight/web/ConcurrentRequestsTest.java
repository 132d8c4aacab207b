package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Many signed-in clients at once against the real SQLite: sign-ins (new sessions), sign-outs, pages
 * of the API that look up the session and the user, and notes written and read. Opening a
 * connection per transaction deadlocked here (sqlite-jdbc 3.51.1.0, threads stuck in {@code
 * NativeDB._open_utf8}); the test fails on a timeout rather than hanging the build.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ConcurrentRequestsTest {

  @Parameter TestDatabase database;

  private static final int CLIENTS = 32;
  private static final Duration RUN = Duration.ofSeconds(8);

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, database);
    fixture.agree("ann", "ben");
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void thirtyTwoClientsReadAndWriteWithoutAHangOrAnError() {
    AtomicInteger requests = new AtomicInteger();
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          String recording = ApiClient.signedIn(server.port(), "ann").uploadReady(30, "Load");
          ConcurrentLinkedQueue<String> errors = new ConcurrentLinkedQueue<>();
          assertTimeoutPreemptively(
              RUN.plusSeconds(60),
              () -> {
                ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
                try {
                  long end = System.nanoTime() + RUN.toNanos();
                  List<Future<?>> clients = new ArrayList<>();
                  for (int i = 0; i < CLIENTS; i++) {
                    String username = i % 2 == 0 ? "ann" : "ben";
                    int client = i;
                    clients.add(
                        pool.submit(
                            () ->
                                run(
                                    server.port(),
                                    username,
                                    client,
                                    recording,
                                    end,
                                    requests,
                                    errors)));
                  }
                  for (Future<?> f : clients) {
                    f.get();
                  }
                } finally {
                  pool.shutdownNow();
                }
              },
              "the server stopped answering: a deadlock?");
          assertTrue(errors.isEmpty(), errors.size() + " errors, e.g. " + errors.peek());
          assertTrue(requests.get() > CLIENTS * 5, requests.get() + " requests");
          // Still answering at once afterwards.
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          assertEquals(200, ann.get("/api/recordings/" + recording + "/notes").statusCode());
        });
    System.out.printf(
        "%d clients over HTTP: %d requests in %d s%n", CLIENTS, requests.get(), RUN.toSeconds());
  }

  /**
   * The same mix straight at the services, without HTTP in between: many more transactions a
   * second, so a race in opening or closing connections shows up within seconds.
   */
  @Test
  void thirtyTwoThreadsOnTheServicesWithoutAHangOrAnError() {
    Sessions sessions = new Sessions(fixture.app.database());
    io.hindsight.pair.User ann = fixture.user("ann");
    ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
    AtomicInteger operations = new AtomicInteger();
    assertTimeoutPreemptively(
        RUN.plusSeconds(60),
        () -> {
          ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
          try {
            long end = System.nanoTime() + RUN.toNanos();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < CLIENTS; t++) {
              workers.add(
                  pool.submit(
                      () -> {
                        for (int i = 0; System.nanoTime() < end; i++) {
                          try {
                            Sessions.Session s = sessions.create(ann.id());
                            String userId = sessions.find(s.token()).orElseThrow().userId();
                            fixture.app.accounts().byId(userId).orElseThrow();
                            fixture.app.agreements().of(ann.pair());
                            if (i % 4 == 0) {
                              sessions.delete(s);
                            }
                            operations.incrementAndGet();
                          } catch (RuntimeException e) {
                            errors.add(e);
                          }
                        }
                      }));
            }
            for (Future<?> f : workers) {
              f.get();
            }
          } finally {
            pool.shutdownNow();
          }
        },
        "the database stopped answering: a deadlock?");
    System.out.printf(
        "%d threads on the services: %d rounds in %d s%n",
        CLIENTS, operations.get(), RUN.toSeconds());
    assertTrue(errors.isEmpty(), errors.size() + " errors, e.g. " + errors.peek());
    assertTrue(operations.get() > CLIENTS * 10, operations.get() + " operations");
  }

  private static void run(
      int port,
      String username,
      int client,
      String recording,
      long end,
      AtomicInteger requests,
      ConcurrentLinkedQueue<String> errors) {
    ApiClient me = ApiClient.signedIn(port, username);
    for (int i = 0; System.nanoTime() < end; i++) {
      HttpResponse<String> r =
          switch (i % 6) {
            case 0 -> me.get("/api/me");
            case 1 -> me.get("/api/recordings");
            case 2 ->
                me.send(
                    "POST",
                    "/api/recordings/" + recording + "/notes",
                    Map.of(
                        "atSeconds",
                        i % 30,
                        "text",
                        "note " + client + "/" + i,
                        "visibility",
                        "pair"));
            case 3 -> me.get("/api/recordings/" + recording + "/notes");
            case 4 -> me.get("/api/agreement");
            default -> {
              // A fresh session: a write to the sessions table, then the old one is gone.
              HttpResponse<String> out = me.send("POST", "/api/logout", null);
              check(out, errors);
              me = ApiClient.signedIn(port, username);
              yield me.get("/api/recordings/" + recording);
            }
          };
      requests.incrementAndGet();
      check(r, errors);
    }
  }

  private static void check(HttpResponse<String> r, ConcurrentLinkedQueue<String> errors) {
    if (r.statusCode() >= 300) {
      errors.add(r.statusCode() + " " + r.request().uri().getPath() + " " + r.body());
    }
  }
}
