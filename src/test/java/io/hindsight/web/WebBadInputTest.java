package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.testtools.JavalinTest;
import io.javalin.testtools.TestConfig;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input of every kind, to every route that reads input: each answer is a 4xx in the usual error
 * shape, never a 5xx, and the server logs no ERROR and no stack trace for any of it.
 */
class WebBadInputTest {

  /** Bodies no JSON route accepts as they are. */
  static final List<String> MALFORMED =
      List.of(
          "", "null", "[]", "[1, 2]", "\"text\"", "42", "true", "{", "not json", "{\"a\": }", "}{");

  /** Values that are of the wrong type, or out of any range, for some field. */
  static final List<String> ODD_VALUES =
      List.of(
          "2147483647",
          "1e9",
          "\"text\"",
          "\"\"",
          "12.5",
          "-1",
          "0",
          "1e400",
          "-1e400",
          "99999999999999999999999",
          "-99999999999999999999999",
          "2147483648",
          "9223372036854775807",
          "true",
          "[]",
          "[null]",
          "[\"a\", 7, {}]",
          "{}",
          "null");

  // JavalinTest would swap System.err for its own capture; this test keeps the log itself.
  static final TestConfig OWN_LOG = new TestConfig(true, false);

  static final String LOOPBACK = "127.0.0.1";

  @TempDir Path data;
  WebFixture fixture;
  ByteArrayOutputStream log;
  PrintStream stderr;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, 1024 * 1024);
    stderr = System.err;
    log = new ByteArrayOutputStream();
    // slf4j-simple writes to whatever System.err is at the time: keep a copy, still show it.
    System.setErr(new PrintStream(new TeeStream(stderr, log), true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void tearDown() {
    System.setErr(stderr);
    fixture.close();
  }

  @Test
  void noBodyQueryOrHeaderEverAnswers5xxOrLogsAnError() {
    fixture.agreeToShare("ann", "ben");
    // Each sign-in probe comes from an address of its own, so the throttle lets every one through.
    WebConfig behindProxy =
        new WebConfig(fixture.config.uploadDir(), fixture.config.maxUploadBytes(), false, LOOPBACK);
    JavalinTest.test(
        WebApp.create(fixture.app.webServices(), behindProxy),
        OWN_LOG,
        (server, unused) -> {
          int port = server.port();
          ApiClient ann = ApiClient.signedIn(port, "ann");
          ApiClient ben = ApiClient.signedIn(port, "ben");
          String recording = ann.uploadReady(30, "Week 1");
          String excerpt =
              json(ann.send(
                      "POST",
                      "/api/recordings/" + recording + "/excerpts",
                      Map.of("title", "t", "startSeconds", 1, "endSeconds", 5)))
                  .get("id")
                  .asText();
          ann.send("POST", "/api/excerpts/" + excerpt + "/approve", null);
          ben.send("POST", "/api/excerpts/" + excerpt + "/approve", null);
          int before = log.size();

          List<String> failures = new ArrayList<>();
          int requests = 0;
          Session session = Session.of(port, "ann");
          for (Map.Entry<String, RawRequest> upload : malformedUploads(session).entrySet()) {
            requests++;
            RawHttp.Answer answer =
                RawHttp.send(port, upload.getValue().head(), upload.getValue().body());
            if (answer.status() < 400 || answer.status() >= 500) {
              failures.add(upload.getKey() + " answered " + answer.status() + ": " + answer.text());
            } else if (!answer.text().contains("\"details\"")) {
              failures.add(upload.getKey() + " answered without details: " + answer.text());
            }
          }

          for (String query : queries(recording)) {
            requests++;
            check("GET " + query, ann.get(query), failures);
            HttpResponse<String> page = ann.send(ann.request(query).header("Accept", "text/html"));
            if (page.statusCode() >= 500) {
              failures.add("GET " + query + " as a page answered " + page.statusCode());
            }
          }
          for (String range : ranges()) {
            requests++;
            HttpResponse<String> answer =
                ann.send(
                    ann.request("/api/recordings/" + recording + "/media")
                        .header("Range", range)
                        .header("Accept", "application/json"));
            if (answer.statusCode() >= 500 || answer.statusCode() == 416) {
              check("Range " + range, answer, failures);
            }
          }
          for (String form : new String[] {"%zz=1", "_csrf=%", "_csrf", "=&&=", "a=%E0%A4%A"}) {
            requests++;
            ApiClient noToken = ApiClient.signedIn(port, "ben");
            noToken.csrf = null;
            HttpResponse<String> answer =
                noToken.send(
                    noToken
                        .request("/api/agreement")
                        .header("Accept", "application/json")
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(form)));
            check("a form " + form + " instead of a CSRF header", answer, failures);
          }
          // Last: some bodies change the agreement, which uploads need.
          for (JsonRoute route : jsonRoutes(recording, excerpt)) {
            ApiClient client = route.anonymous() ? new ApiClient(port) : ann;
            for (String body : route.bodies()) {
              HttpResponse<String> answer =
                  client.send(
                      client
                          .request(route.path())
                          .header(
                              "X-Forwarded-For", "10.0." + requests / 250 + "." + requests % 250)
                          .header("Accept", "application/json")
                          .header("Content-Type", "application/json")
                          .method(route.method(), HttpRequest.BodyPublishers.ofString(body)));
              requests++;
              check(route.method() + " " + route.path() + " " + body, answer, failures);
            }
          }
          assertTrue(failures.isEmpty(), failures.size() + " bad answers:\n" + join(failures));
          byte[] all = log.toByteArray();
          String logged = new String(all, before, all.length - before, StandardCharsets.UTF_8);
          assertFalse(logged.contains("ERROR"), "an error was logged:\n" + logged);
          assertFalse(logged.contains("\tat "), "a stack trace was logged:\n" + logged);
          long warnings = logged.lines().filter(l -> l.contains("WARN")).count();
          assertTrue(warnings <= requests, warnings + " warnings for " + requests + " requests");
        });
  }

  @Test
  void theExamplesOfTheIssueEachAnswer400Or416InTheErrorShape() {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        OWN_LOG,
        (server, unused) -> {
          int port = server.port();
          ApiClient anonymous = new ApiClient(port);
          for (String body : List.of("", "not json", "[{\"username\": \"ann\"}]")) {
            HttpResponse<String> answer = anonymous.send("POST", "/api/login", body);
            assertError(400, answer);
          }
          String longPassword = "p".repeat(73);
          assertError(
              401,
              anonymous.send(
                  "POST", "/api/login", Map.of("username", "ann", "password", longPassword)));

          ApiClient ann = ApiClient.signedIn(port, "ann");
          String recording = ann.uploadReady(6, "Week 1");
          HttpResponse<String> range =
              ann.send(
                  ann.request("/api/recordings/" + recording + "/media")
                      .header("Range", "bytes=99999999999999999999999-")
                      .header("Accept", "application/json"));
          assertError(416, range);
          assertTrue(range.headers().firstValue("Content-Range").orElse("").startsWith("bytes */"));

          Session session = Session.of(port, "ann");
          for (Map.Entry<String, RawRequest> upload : malformedUploads(session).entrySet()) {
            RawHttp.Answer answer =
                RawHttp.send(port, upload.getValue().head(), upload.getValue().body());
            assertEquals(400, answer.status(), upload.getKey() + ": " + answer.text());
            assertTrue(answer.text().contains("\"status\":400"), answer.text());
          }
        });
  }

  @Test
  void requestsJettyRefusesBeforeTheAppAnswerInTheErrorShapeToo() {
    JavalinTest.test(
        fixture.web(),
        OWN_LOG,
        (server, unused) -> {
          String end = "Host: localhost\r\nAccept: application/json\r\nConnection: close\r\n\r\n";
          Map<String, String> refused = new LinkedHashMap<>();
          refused.put("a broken %-escape", "GET /%zz HTTP/1.1\r\n" + end);
          refused.put("a NUL in the path", "GET /recordings/%00 HTTP/1.1\r\n" + end);
          refused.put(
              "a header without a colon", "GET /api/me HTTP/1.1\r\nBroken header\r\n" + end);
          refused.put(
              "a header too large",
              "GET /api/me HTTP/1.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n" + end);
          refused.put(
              "a Content-Length that is no number",
              "POST /api/login HTTP/1.1\r\nContent-Length: abc\r\n" + end);
          refused.put(
              "a chunked body cut short",
              "POST /api/login HTTP/1.1\r\nTransfer-Encoding: chunked\r\n"
                  + "Content-Type: application/json\r\n"
                  + end
                  + "zz\r\n");
          for (Map.Entry<String, String> request : refused.entrySet()) {
            RawHttp.Answer answer = RawHttp.send(server.port(), request.getValue(), new byte[0]);
            assertTrue(
                answer.status() >= 400 && answer.status() < 500,
                request.getKey() + ": " + answer.text());
            assertTrue(
                answer.text().contains("\"status\":" + answer.status())
                    && answer.text().contains("\"details\":\"the request could not be read"),
                request.getKey() + ": " + answer.text());
          }
          String logged = log.toString(StandardCharsets.UTF_8);
          assertFalse(logged.contains("ERROR") || logged.contains("\tat "), logged);
        });
  }

  private static void assertError(int status, HttpResponse<String> answer) {
    assertEquals(status, answer.statusCode(), answer.body());
    JsonNode body = json(answer);
    assertEquals(status, body.get("status").asInt(), answer.body());
    assertFalse(body.get("title").asText().isEmpty(), answer.body());
    assertFalse(body.get("details").asText().isEmpty(), answer.body());
  }

  /** A 5xx, or a 4xx without the error shape, is a failure. */
  private static void check(String what, HttpResponse<String> answer, List<String> failures) {
    int status = answer.statusCode();
    if (status >= 500) {
      failures.add(what + " answered " + status + ": " + answer.body());
    } else if (status >= 400) {
      try {
        JsonNode body = json(answer);
        if (body.get("status").asInt() != status
            || body.get("title").asText().isEmpty()
            || body.get("details").asText().isEmpty()) {
          failures.add(what + " answered " + status + " in another shape: " + answer.body());
        }
      } catch (AssertionError | NullPointerException e) {
        failures.add(what + " answered " + status + " without the error shape: " + answer.body());
      }
    }
  }

  record JsonRoute(String method, String path, boolean anonymous, List<String> bodies) {}

  /** Every route that reads a JSON body, with every malformed body and every odd field value. */
  static List<JsonRoute> jsonRoutes(String recording, String excerpt) {
    List<JsonRoute> routes = new ArrayList<>();
    Map<String, Map<String, String>> valid = new LinkedHashMap<>();
    valid.put(
        "POST /api/login", Map.of("username", "\"nobody\"", "password", "\"not the password\""));
    valid.put(
        "POST /api/recordings/" + recording + "/notes",
        Map.of("atSeconds", "2", "text", "\"a note\"", "visibility", "\"pair\""));
    valid.put(
        "POST /api/recordings/" + recording + "/excerpts",
        Map.of(
            "title", "\"t\"",
            "context", "\"c\"",
            "startSeconds", "1",
            "endSeconds", "4",
            "redactWords", "[\"deadline\"]",
            "keepSuggested", "true"));
    valid.put(
        "PATCH /api/excerpts/" + excerpt,
        Map.of(
            "title", "\"t\"",
            "context", "\"c\"",
            "redactWords", "[\"x\"]",
            "unredactWords", "[\"x\"]",
            "redactIndexes", "[0]",
            "unredactIndexes", "[0]",
            "bleep", "true"));
    valid.put("PUT /api/agreement/redact-words", Map.of("words", "[\"acme\"]"));
    valid.put("POST /api/excerpts/" + excerpt + "/publish", Map.of("expiresInDays", "3"));
    // Last: a body that signs changes the agreement the routes above depend on.
    valid.put(
        "POST /api/agreement",
        Map.of(
            "record", "true",
            "searchable", "true",
            "shareExcerpts", "true",
            "retentionDays", "0"));
    for (Map.Entry<String, Map<String, String>> route : valid.entrySet()) {
      String[] methodAndPath = route.getKey().split(" ", 2);
      List<String> bodies = new ArrayList<>(MALFORMED);
      bodies.add("{\"unknown\": 1}");
      for (String field : route.getValue().keySet()) {
        for (String odd : ODD_VALUES) {
          Map<String, String> fields = new LinkedHashMap<>(route.getValue());
          fields.put(field, odd);
          bodies.add(object(fields));
        }
      }
      boolean login = methodAndPath[1].equals("/api/login");
      if (login) {
        bodies.add(object(Map.of("username", "\"ann\"", "password", "\"" + "é".repeat(40) + "\"")));
      }
      routes.add(new JsonRoute(methodAndPath[0], methodAndPath[1], login, bodies));
    }
    return routes;
  }

  static List<String> queries(String recording) {
    String huge = "99999999999999999999999";
    return List.of(
        "/api/search?q=deadline&limit=abc",
        "/api/search?q=deadline&limit=" + huge,
        "/api/search?q=deadline&limit=-1",
        "/api/search?q=deadline&from=2025-13-45",
        "/api/search?q=deadline&to=yesterday",
        "/api/search?q=" + "%22unclosed",
        "/api/search?q=" + "a".repeat(5000),
        "/api/search?q=*",
        "/api/search?q=AND%20OR%20NOT",
        "/api/search?q=deadline~99",
        "/api/search?q=%5B",
        "/api/search?q=/regex(",
        "/search?q=%22unclosed&limit=" + huge,
        "/api/recordings/" + recording + "/transcript?format=doc",
        "/api/recordings/" + recording + "/transcript?format=",
        "/api/recordings/..%2F..%2Fetc",
        "/api/recordings/" + "x".repeat(2000),
        "/recordings/%00",
        "/api/excerpts/not-an-id",
        "/s/not-a-token");
  }

  static List<String> ranges() {
    return List.of(
        "bytes=99999999999999999999999-",
        "bytes=-99999999999999999999999",
        "bytes=0-99999999999999999999999",
        "bytes=99999999999999999999999-99999999999999999999999",
        "bytes=5-3",
        "bytes=-0",
        "bytes=0-1,5-10",
        "bytes= 0-10",
        "items=0-10",
        "bytes=--5",
        "bytes=",
        "bytes=-",
        "bytes=a-b");
  }

  record RawRequest(String head, byte[] body) {}

  /** A signed-in browser's cookie and CSRF token, for requests sent as raw bytes. */
  record Session(String cookie, String csrf) {

    static Session of(int port, String username) {
      byte[] body =
          ("{\"username\": \"" + username + "\", \"password\": \"" + WebFixture.PASSWORD + "\"}")
              .getBytes(StandardCharsets.UTF_8);
      RawHttp.Answer answer =
          RawHttp.send(
              port,
              "POST /api/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                  + "Content-Length: "
                  + body.length
                  + "\r\nConnection: close\r\n\r\n",
              body);
      Matcher cookie = Pattern.compile("Set-Cookie: ([^;\r\n]+)").matcher(answer.text());
      Matcher csrf = Pattern.compile("\"csrfToken\":\"([^\"]+)\"").matcher(answer.text());
      assertTrue(cookie.find() && csrf.find(), answer.text());
      return new Session(cookie.group(1), csrf.group(1));
    }

    String head(String contentType, long contentLength) {
      return "POST /api/recordings HTTP/1.1\r\nHost: localhost\r\nAccept: application/json\r\n"
          + "Cookie: "
          + cookie
          + "\r\nX-CSRF-Token: "
          + csrf
          + "\r\nContent-Type: "
          + contentType
          + "\r\nContent-Length: "
          + contentLength
          + "\r\nConnection: close\r\n\r\n";
    }
  }

  /** Multipart uploads broken in the ways a cut connection or a careless client breaks them. */
  static Map<String, RawRequest> malformedUploads(Session session) {
    String boundary = "----hindsightBoundary";
    String fields =
        part(boundary, "title", "Week 2")
            + part(boundary, "consentConfirmed", "true")
            + "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\"s.mp4\"\r\n"
            + "Content-Type: video/mp4\r\n\r\nFAKEMEDIA 6.0\n";
    byte[] unclosed = fields.getBytes(StandardCharsets.UTF_8);
    byte[] complete = (fields + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    Map<String, RawRequest> uploads = new LinkedHashMap<>();
    String withBoundary = "multipart/form-data; boundary=" + boundary;
    uploads.put(
        "multipart without its closing boundary",
        new RawRequest(session.head(withBoundary, unclosed.length), unclosed));
    uploads.put(
        "multipart without a boundary parameter",
        new RawRequest(session.head("multipart/form-data", complete.length), complete));
    uploads.put(
        "multipart body longer than its Content-Length",
        new RawRequest(session.head(withBoundary, complete.length - 20), complete));
    uploads.put(
        "multipart of another boundary",
        new RawRequest(
            session.head("multipart/form-data; boundary=other", complete.length), complete));
    byte[] garbage = "\r\n\r\n--\r\n--".getBytes(StandardCharsets.UTF_8);
    uploads.put(
        "multipart of nothing but dashes",
        new RawRequest(session.head(withBoundary, garbage.length), garbage));
    return uploads;
  }

  private static String part(String boundary, String name, String value) {
    return "--"
        + boundary
        + "\r\nContent-Disposition: form-data; name=\""
        + name
        + "\"\r\n\r\n"
        + value
        + "\r\n";
  }

  private static String object(Map<String, String> fields) {
    StringBuilder json = new StringBuilder("{");
    for (Map.Entry<String, String> field : fields.entrySet()) {
      if (json.length() > 1) {
        json.append(", ");
      }
      json.append('"').append(field.getKey()).append("\": ").append(field.getValue());
    }
    return json.append('}').toString();
  }

  private static String join(List<String> lines) {
    return String.join("\n", lines.subList(0, Math.min(lines.size(), 40)));
  }

  /** Writes to two streams at once. */
  private static final class TeeStream extends java.io.OutputStream {
    private final java.io.OutputStream a;
    private final java.io.OutputStream b;

    TeeStream(java.io.OutputStream a, java.io.OutputStream b) {
      this.a = a;
      this.b = b;
    }

    @Override
    public synchronized void write(int c) throws java.io.IOException {
      a.write(c);
      b.write(c);
    }

    @Override
    public synchronized void write(byte[] bytes, int off, int len) throws java.io.IOException {
      a.write(bytes, off, len);
      b.write(bytes, off, len);
    }
  }
}
