package io.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.testing.FakeMediaTools;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** One person's HTTP client: keeps their session cookie and sends their CSRF token. */
final class ApiClient {

  static final ObjectMapper JSON = new ObjectMapper();

  final String origin;
  private final HttpClient http;
  String csrf;

  ApiClient(int port) {
    this.origin = "http://localhost:" + port;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  static ApiClient signedIn(int port, String username) {
    return signedIn(port, username, WebFixture.PASSWORD);
  }

  static ApiClient signedIn(int port, String username, String password) {
    ApiClient client = new ApiClient(port);
    HttpResponse<String> response =
        client.send("POST", "/api/login", Map.of("username", username, "password", password));
    if (response.statusCode() != 200) {
      throw new AssertionError("login of " + username + " failed: " + response.body());
    }
    client.csrf = json(response).get("csrfToken").asText();
    return client;
  }

  HttpResponse<String> get(String path) {
    return send("GET", path, null);
  }

  HttpResponse<String> send(String method, String path, Object body) {
    HttpRequest.Builder request = request(path).header("Accept", "application/json");
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    return send(
        request.method(
            method,
            body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(write(body))));
  }

  HttpRequest.Builder request(String path) {
    HttpRequest.Builder builder =
        HttpRequest.newBuilder(URI.create(origin + path)).timeout(Duration.ofSeconds(30));
    if (csrf != null) {
      builder.header("X-CSRF-Token", csrf);
    }
    return builder;
  }

  HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpResponse<byte[]> bytes(HttpRequest.Builder request) {
    try {
      return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** POST /api/recordings as a browser form would send it. */
  HttpResponse<String> upload(byte[] media, String fileName, Map<String, String> fields) {
    String boundary = "----hindsight" + System.nanoTime();
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (Map.Entry<String, String> field : fields.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    if (media != null) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\"media\"; filename=\""
                  + fileName
                  + "\"\r\nContent-Type: video/mp4\r\n\r\n")
              .getBytes(StandardCharsets.UTF_8));
      body.writeBytes(media);
      body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return send(
        request("/api/recordings")
            .header("Accept", "application/json")
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
  }

  /** Uploads a fake recording with consent and waits until it is ready; returns its id. */
  String uploadReady(double seconds, String title) {
    return uploadReady(seconds, title, "2025-03-04");
  }

  /** {@link #uploadReady(double, String)} of a session held on {@code recordedAt}. */
  String uploadReady(double seconds, String title, String recordedAt) {
    HttpResponse<String> response =
        upload(
            FakeMediaTools.file(seconds),
            "session.mp4",
            Map.of("title", title, "recordedAt", recordedAt, "consentConfirmed", "true"));
    if (response.statusCode() != 202) {
      throw new AssertionError("upload failed: " + response.statusCode() + " " + response.body());
    }
    String id = json(response).get("id").asText();
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (System.nanoTime() < deadline) {
      String status = json(get("/api/recordings/" + id)).get("status").asText();
      if (status.equals("ready")) {
        return id;
      }
      if (status.equals("failed")) {
        throw new AssertionError("processing failed: " + get("/api/recordings/" + id).body());
      }
      sleep(100);
    }
    throw new AssertionError("recording " + id + " never became ready");
  }

  static JsonNode json(HttpResponse<String> response) {
    try {
      return JSON.readTree(response.body());
    } catch (IOException e) {
      throw new AssertionError("not JSON: " + response.body(), e);
    }
  }

  private static String write(Object body) {
    try {
      return body instanceof String s ? s : JSON.writeValueAsString(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
