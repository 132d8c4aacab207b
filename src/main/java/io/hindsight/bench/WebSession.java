package io.hindsight.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * One person's HTTP session against a running server, as the browser holds it: the session cookie
 * and the CSRF token that every state-changing request must carry.
 */
public final class WebSession {

  static final ObjectMapper JSON = new ObjectMapper();
  private static final String CSRF_HEADER = "X-CSRF-Token";

  private final URI base;
  private final HttpClient http;
  private final Duration timeout;
  private String csrf;

  public WebSession(URI base, Duration timeout) {
    this.base = base;
    this.timeout = timeout;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout)
            .build();
  }

  /** Signs in; returns the answer (200 with the CSRF token when it worked). */
  public HttpResponse<String> login(String username, String password)
      throws IOException, InterruptedException {
    return login(username, password, timeout);
  }

  /** Signs in, waiting up to {@code wait}: a password hash is slow on a busy machine. */
  public HttpResponse<String> login(String username, String password, Duration wait)
      throws IOException, InterruptedException {
    HttpResponse<String> response =
        send(
            json("/api/login", Map.of("username", username, "password", password)).timeout(wait),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 200) {
      csrf = JSON.readTree(response.body()).path("csrfToken").asText();
    }
    return response;
  }

  public HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return send(request(path).GET(), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return send(request(path).GET(), HttpResponse.BodyHandlers.ofByteArray());
  }

  /** GET with a {@code Range} header; the body is read and dropped. */
  public HttpResponse<Void> getRange(String path, String range)
      throws IOException, InterruptedException {
    return send(request(path).header("Range", range).GET(), HttpResponse.BodyHandlers.discarding());
  }

  public HttpResponse<String> post(String path, Object body)
      throws IOException, InterruptedException {
    return send(json(path, body), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> delete(String path) throws IOException, InterruptedException {
    return send(request(path).DELETE(), HttpResponse.BodyHandlers.ofString());
  }

  /** Uploads a recording as the upload form does, with consent confirmed. */
  public HttpResponse<String> upload(Path media, String title)
      throws IOException, InterruptedException {
    return upload(media, title, java.util.function.UnaryOperator.identity());
  }

  /**
   * As {@link #upload(Path, String)}, the body sent through {@code pace} (a {@link Throttled}
   * stream, say).
   */
  public HttpResponse<String> upload(
      Path media, String title, java.util.function.UnaryOperator<InputStream> pace)
      throws IOException, InterruptedException {
    return upload(media, title, pace, true);
  }

  /**
   * As {@link #upload(Path, String, java.util.function.UnaryOperator)}, consent confirmed or not.
   */
  public HttpResponse<String> upload(
      Path media, String title, java.util.function.UnaryOperator<InputStream> pace, boolean consent)
      throws IOException, InterruptedException {
    String boundary = "----hindsight" + System.nanoTime();
    StringBuilder head = new StringBuilder();
    Map<String, String> fields =
        Map.of("title", title, "recordedAt", "2025-03-04", "consentConfirmed", "" + consent);
    fields.forEach(
        (name, value) ->
            head.append("--")
                .append(boundary)
                .append("\r\nContent-Disposition: form-data; name=\"")
                .append(name)
                .append("\"\r\n\r\n")
                .append(value)
                .append("\r\n"));
    head.append("--")
        .append(boundary)
        .append("\r\nContent-Disposition: form-data; name=\"media\"; filename=\"upload")
        .append(extension(media))
        .append("\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    byte[] before = head.toString().getBytes(StandardCharsets.UTF_8);
    byte[] after = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
    HttpRequest.Builder request =
        request("/api/recordings")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(
                HttpRequest.BodyPublishers.fromPublisher(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> pace.apply(body(before, media, after))),
                    before.length + Files.size(media) + after.length));
    return send(request, HttpResponse.BodyHandlers.ofString());
  }

  private static InputStream body(byte[] before, Path media, byte[] after) {
    try {
      List<InputStream> parts =
          new ArrayList<>(
              List.of(
                  new java.io.ByteArrayInputStream(before),
                  Files.newInputStream(media),
                  new java.io.ByteArrayInputStream(after)));
      return new SequenceInputStream(Collections.enumeration(parts));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static String extension(Path media) {
    String name = media.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot);
  }

  /** The recording's status as the API reports it ("queued", "processing", "ready", "failed"). */
  public String status(String recordingId) throws IOException, InterruptedException {
    return JSON.readTree(get("/api/recordings/" + recordingId).body()).path("status").asText();
  }

  public static JsonNode parse(HttpResponse<String> response) throws IOException {
    return parse(response.body());
  }

  public static JsonNode parse(String json) throws IOException {
    return JSON.readTree(json);
  }

  private HttpRequest.Builder json(String path, Object body) throws IOException {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
  }

  private HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).header("Accept", "*/*");
    if (csrf != null) {
      builder.header(CSRF_HEADER, csrf);
    }
    return builder;
  }

  private <T> HttpResponse<T> send(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body)
      throws IOException, InterruptedException {
    return http.send(request.build(), body);
  }
}
