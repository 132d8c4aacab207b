package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.hindsight.pair.Agreement;
import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
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

/** The administrator's user management through the API, on SQLite and bcrypt. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class AdminApiTest {

  @Parameter TestDatabase database;

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

  private static JsonNode login(ApiClient client, String username, String password, int status) {
    HttpResponse<String> answer =
        client.send("POST", "/api/login", Map.of("username", username, "password", password));
    assertEquals(status, answer.statusCode(), answer.body());
    return json(answer);
  }

  @Test
  void addAMemberWhoSignsInWithThePasswordShownOnce() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient root = ApiClient.signedIn(server.port(), "root");
          HttpResponse<String> added =
              root.send(
                  "POST",
                  "/api/admin/users",
                  Map.of("username", "eve", "name", "Eve Stone", "pair", "p3", "role", "mentor"));
          assertEquals(201, added.statusCode(), added.body());
          String password = json(added).get("password").asText();
          assertEquals(20, password.length());
          assertEquals("p3", json(added).get("pair").asText());
          ApiClient eve = ApiClient.signedIn(server.port(), "eve", password);
          assertEquals(200, eve.get("/api/agreement").statusCode());

          // The overview lists her, but never her password or its hash.
          String overview = root.get("/api/admin").body();
          assertTrue(overview.contains("Eve Stone (mentor)"), overview);
          assertFalse(overview.contains(password) || overview.contains("$2a$"), overview);
          String hash =
              fixture
                  .app
                  .database()
                  .queryOne(
                      "SELECT password_hash FROM users WHERE username = 'eve'",
                      rs -> rs.getString(1))
                  .orElseThrow();
          assertTrue(hash.startsWith("$2a$"), "stored as a bcrypt hash: " + hash);
        });
  }

  @Test
  void badAdditionsSayWhatToChange() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient root = ApiClient.signedIn(server.port(), "root");
          record Case(Map<String, String> body, int status, String says) {}
          for (Case c :
              new Case[] {
                new Case(Map.of("username", "eve", "name", "Eve", "role", "mentor"), 400, "pair"),
                new Case(Map.of("username", "eve", "name", "Eve", "pair", "p3"), 400, "role"),
                new Case(
                    Map.of("username", "eve", "name", "Eve", "pair", "p3", "role", "boss"),
                    400,
                    "unknown role"),
                new Case(
                    Map.of("username", "e", "name", "Eve", "pair", "p3", "role", "mentor"),
                    400,
                    "user name"),
                new Case(
                    Map.of("username", "eve", "name", " ", "pair", "p3", "role", "mentor"),
                    400,
                    "full name"),
                new Case(
                    Map.of("username", "eve", "name", "Eve", "pair", "p1", "role", "admin"),
                    400,
                    "admin belongs to no pair"),
                new Case(
                    Map.of("username", "ANN", "name", "Eve", "pair", "p3", "role", "mentor"),
                    409,
                    "taken"),
                new Case(
                    Map.of("username", "eve", "name", "Eve", "pair", "p1", "role", "mentor"),
                    409,
                    "already has a mentor"),
              }) {
            HttpResponse<String> answer = root.send("POST", "/api/admin/users", c.body());
            assertEquals(c.status(), answer.statusCode(), c + " " + answer.body());
            assertTrue(json(answer).get("details").asText().contains(c.says()), answer.body());
          }
          assertEquals(
              400, root.send("POST", "/api/admin/users", "not json").statusCode(), "bad JSON");
        });
  }

  @Test
  void aResetPasswordSignsTheUserOutAndOnlyTheNewOneWorks() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient root = ApiClient.signedIn(server.port(), "root");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          JsonNode reset = json(root.send("POST", "/api/admin/users/ben/password", null));
          String password = reset.get("password").asText();
          assertNotEquals(WebFixture.PASSWORD, password);
          assertEquals(401, ben.get("/api/agreement").statusCode(), "signed out everywhere");
          login(new ApiClient(server.port()), "ben", WebFixture.PASSWORD, 401);
          login(new ApiClient(server.port()), "ben", password, 200);
          assertEquals(
              404, root.send("POST", "/api/admin/users/nobody/password", null).statusCode());
        });
  }

  @Test
  void aDisabledUserCannotSignInUntilEnabledAndKeepsTheirPlace() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient root = ApiClient.signedIn(server.port(), "root");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          JsonNode disabled = json(root.send("POST", "/api/admin/users/ben/disable", null));
          assertEquals("disabled", disabled.get("state").asText());
          assertEquals(401, ben.get("/api/agreement").statusCode());
          JsonNode refused = login(new ApiClient(server.port()), "ben", WebFixture.PASSWORD, 403);
          assertTrue(refused.get("details").asText().contains("disabled"), refused.toString());
          login(new ApiClient(server.port()), "ben", "a wrong password", 401);
          assertEquals(Agreement.IN_FORCE, fixture.app.agreements().of("p1").status());
          JsonNode overview = json(root.get("/api/admin"));
          assertTrue(
              overview.at("/pairs/0/members").toString().contains("Ben Mentee (mentee, disabled)"),
              overview.toString());

          assertEquals(
              "active",
              json(root.send("POST", "/api/admin/users/ben/enable", null)).get("state").asText());
          login(new ApiClient(server.port()), "ben", WebFixture.PASSWORD, 200);
        });
  }

  @Test
  void aRemovedMemberLeavesThePairTheirNotesAndPlace() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient root = ApiClient.signedIn(server.port(), "root");
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          ApiClient ben = ApiClient.signedIn(server.port(), "ben");
          String id = ann.uploadReady(4, "Private title");
          ben.send(
              "POST",
              "/api/recordings/" + id + "/notes",
              Map.of("atSeconds", 1, "text", "ask about the offsite", "visibility", "pair"));

          JsonNode removed = json(root.send("DELETE", "/api/admin/users/ben", null));
          assertEquals("removed", removed.get("state").asText());
          assertEquals(401, ben.get("/api/agreement").statusCode());
          login(new ApiClient(server.port()), "ben", WebFixture.PASSWORD, 403);
          String notes = ann.get("/api/recordings/" + id + "/notes").body();
          assertTrue(notes.contains("ask about the offsite"), notes);
          assertNotEquals(
              Agreement.IN_FORCE,
              fixture.app.agreements().of("p1").status(),
              "one member cannot keep an agreement in force");
          assertEquals(
              409,
              root.send("POST", "/api/admin/users/ben/enable", null).statusCode(),
              "removal is for good");
          HttpResponse<String> successor =
              root.send(
                  "POST",
                  "/api/admin/users",
                  Map.of("username", "bea", "name", "Bea New", "pair", "p1", "role", "mentee"));
          assertEquals(201, successor.statusCode(), successor.body());

          String overview = root.get("/api/admin").body();
          assertFalse(overview.contains("Private title"), "no titles for an administrator");
          assertTrue(overview.contains("\"removed\""), overview);
          assertTrue(
              json(root.get("/api/admin")).at("/pairs/0/missing").isEmpty(),
              "bea took ben's place");
          assertFalse(root.get("/admin").body().contains("Private title"));
        });
  }

  @Test
  void onlyAnotherAdministratorWithTheCsrfTokenManagesPeople() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient root = ApiClient.signedIn(server.port(), "root");
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          assertEquals(403, ann.send("POST", "/api/admin/users/ben/disable", null).statusCode());
          assertEquals(403, ann.send("POST", "/api/admin/users/ben/password", null).statusCode());
          assertEquals(403, ann.send("DELETE", "/api/admin/users/ben", null).statusCode());
          assertEquals(
              403,
              ann.send(
                      "POST",
                      "/api/admin/users",
                      Map.of("username", "eve", "name", "E", "pair", "p1", "role", "admin"))
                  .statusCode());
          HttpResponse<String> self = root.send("POST", "/api/admin/users/root/disable", null);
          assertEquals(409, self.statusCode());
          assertTrue(json(self).get("details").asText().contains("your own account"));

          root.csrf = null;
          assertEquals(403, root.send("POST", "/api/admin/users/ben/disable", null).statusCode());
          login(new ApiClient(server.port()), "ben", WebFixture.PASSWORD, 200);
        });
  }
}
