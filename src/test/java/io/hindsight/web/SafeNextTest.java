package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.testtools.JavalinTest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A signed-in visitor sent to /login?next=… is redirected only within this site. */
class SafeNextTest {

  @TempDir Path data;

  @Test
  void offSiteTargetsGoHomeAndLocalOnesAreFollowed() {
    List<String> offSite =
        List.of(
            "/%5Cevil.example/stolen",
            "/%09/evil.example/tab",
            "/%0A/evil.example",
            "/%0D%0A/evil.example",
            "//evil.example",
            "https://evil.example/",
            "evil.example");
    Map<String, String> local =
        Map.of(
            "/agreement", "/agreement",
            "/search?q=public%20speaking", "/search?q=public%20speaking");
    try (WebFixture fixture = new WebFixture(data, 1024 * 1024)) {
      JavalinTest.test(
          fixture.web(),
          (server, unused) -> {
            ApiClient client = ApiClient.signedIn(server.port(), "ann");
            for (String next : offSite) {
              assertEquals("/", location(client, next), next);
            }
            local.forEach((next, expected) -> assertEquals(expected, location(client, next)));
          });
    }
  }

  private static String location(ApiClient client, String next) {
    HttpResponse<String> response = client.get("/login?next=" + next);
    assertEquals(302, response.statusCode(), response.body());
    return response.headers().firstValue("Location").orElseThrow();
  }
}
