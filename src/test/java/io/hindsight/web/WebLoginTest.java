package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Signing in under the throttle: a guesser slows down only their own tries, the proxy's word on who
 * is asking counts only from the proxy, and every bad form gets a 4xx that says what to do.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class WebLoginTest {

  @Parameter TestDatabase database;

  static final String WRONG = "wrong password!";

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, database, 1024 * 1024);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  private io.javalin.Javalin behind(String trustedProxy) {
    return WebApp.create(
        fixture.app.webServices(),
        new WebConfig(data.resolve("uploads"), 1024 * 1024, false, trustedProxy));
  }

  /** A sign-in that the proxy says came from {@code address}. */
  private static HttpResponse<String> login(
      int port, String address, String username, String password) {
    ApiClient client = new ApiClient(port);
    return client.send(
        client
            .request("/api/login")
            .header("X-Forwarded-For", address)
            .header("Accept", "application/json")
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    "{\"username\": \"" + username + "\", \"password\": \"" + password + "\"}")));
  }

  @Test
  void aGuesserSlowsOnlyTheirOwnTriesNotTheRightPasswordElsewhereNorAPartnerBesideThem() {
    JavalinTest.test(
        behind("127.0.0.1"),
        (server, unused) -> {
          int port = server.port();
          for (int i = 0; i < 5; i++) {
            assertEquals(401, login(port, "203.0.113.66", "ben", WRONG).statusCode());
          }
          HttpResponse<String> slowed = login(port, "203.0.113.66", "ben", WebFixture.PASSWORD);
          assertEquals(429, slowed.statusCode());
          long retry = Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow());
          assertTrue(retry >= 1 && retry <= 5, "a short delay, not a lockout: " + retry);

          assertEquals(
              200,
              login(port, "198.51.100.7", "ben", WebFixture.PASSWORD).statusCode(),
              "ben from home");
          assertEquals(
              200,
              login(port, "203.0.113.66", "ann", WebFixture.PASSWORD).statusCode(),
              "ann at the same address as the guesser");
        });
  }

  @Test
  void afterTheShortDelayTheRightPasswordGetsIn() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          int port = server.port();
          for (int i = 0; i < 5; i++) {
            assertEquals(401, login(port, "ignored", "ben", WRONG).statusCode());
          }
          HttpResponse<String> slowed = login(port, "ignored", "ben", WebFixture.PASSWORD);
          assertEquals(429, slowed.statusCode());
          long retry = Long.parseLong(slowed.headers().firstValue("Retry-After").orElseThrow());
          ApiClient.sleep(retry * 1000 + 200);
          assertEquals(200, login(port, "ignored", "ben", WebFixture.PASSWORD).statusCode());
        });
  }

  @Test
  void xForwardedForCountsOnlyFromTheTrustedProxy() {
    for (String trusted : new String[] {null, "192.0.2.1"}) {
      JavalinTest.test(
          behind(trusted),
          (server, unused) -> {
            int port = server.port();
            String user = trusted == null ? "ben" : "ann";
            for (int i = 0; i < 5; i++) {
              assertEquals(401, login(port, "10.0.0." + i, user, WRONG).statusCode());
            }
            assertEquals(
                429,
                login(port, "10.0.0.99", user, WebFixture.PASSWORD).statusCode(),
                "a made-up address is not a new one (trusted proxy " + trusted + ")");
          });
    }
  }

  @Test
  void aPasswordTooLongForBcryptIsAFailedSignInLikeAnyOther() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          int port = server.port();
          String[] tooLong = {"p".repeat(73), "é".repeat(37), "x".repeat(10_000)};
          for (int i = 0; i < 5; i++) {
            HttpResponse<String> answer = login(port, "", "ann", tooLong[i % tooLong.length]);
            assertEquals(401, answer.statusCode(), answer.body());
            assertEquals(
                "the user name or password is wrong", json(answer).get("details").asText());
          }
          assertEquals(429, login(port, "", "ann", "p".repeat(73)).statusCode(), "counted");
        });
  }

  @Test
  void anEmptyFormAsksForTheUserNameAndPasswordAndCountsAgainstNoOne() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient client = new ApiClient(server.port());
          for (String body :
              new String[] {
                "",
                "  ",
                "{}",
                "{\"username\": \"ann\"}",
                "{\"password\": \"x\"}",
                "{\"username\": \"  \", \"password\": \"\"}",
                "{\"username\": \"ann\", \"password\": \"\"}",
                "{\"username\": null, \"password\": null}"
              }) {
            HttpResponse<String> answer = client.send("POST", "/api/login", body);
            assertEquals(400, answer.statusCode(), body);
            assertEquals(
                "enter your user name and password", json(answer).get("details").asText(), body);
          }
          assertEquals(
              200,
              client
                  .send(
                      "POST",
                      "/api/login",
                      Map.of("username", "ann", "password", WebFixture.PASSWORD))
                  .statusCode());
        });
  }

  @Test
  void theTrustedProxyMustBeAnIpAddressAndOnlyLiteralsAreRead() {
    HindsightException e =
        assertThrows(
            HindsightException.class,
            () -> new WebConfig(data, 1, false, "proxy.example"),
            "no DNS name: it would be looked up");
    assertEquals(HindsightException.Kind.BAD_INPUT, e.kind());
    assertTrue(e.getMessage().contains("--trusted-proxy"));
    for (String address :
        new String[] {"127.0.0.1", "10.1.2.3:8080", "::1", "[::1]", "[2001:db8::7]:443"}) {
      assertNotNull(ClientAddress.literal(address), address);
    }
    for (String notOne :
        new String[] {"", "proxy.example", "999.1.1.1", "1.2.3", "unknown", "a:b:c:z", ".:1"}) {
      assertNull(ClientAddress.literal(notOne), notOne);
    }
  }
}
