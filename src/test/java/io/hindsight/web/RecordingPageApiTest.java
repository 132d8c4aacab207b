package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.pair.Terms;
import io.hindsight.testing.TestDatabase;
import io.javalin.testtools.JavalinTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** What the recording page, the list and the agreement page added: downloads, messages, diffs. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RecordingPageApiTest {

  @Parameter TestDatabase database;

  WebFixture fixture;

  @BeforeEach
  void setUp() throws IOException {
    fixture =
        new WebFixture(Files.createTempDirectory("hindsight-page-api"), database, 1024 * 1024);
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  @Test
  void theOriginalDownloadsAsAnAttachmentOnlyForItsPair() {
    fixture.agree("ann", "ben");
    fixture.agree("cat", "dan");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String id = ann.uploadReady(12, "Week one");
          HttpResponse<byte[]> file =
              ann.bytes(ann.request("/api/recordings/" + id + "/media?download"));
          assertEquals(200, file.statusCode());
          String disposition = file.headers().firstValue("Content-Disposition").orElse("");
          assertTrue(
              disposition.startsWith("attachment; filename=\"recording-" + id + "."), disposition);
          assertFalse(
              ann.bytes(ann.request("/api/recordings/" + id + "/media"))
                  .headers()
                  .firstValue("Content-Disposition")
                  .isPresent(),
              "the player's stream is not an attachment");
          ApiClient cat = ApiClient.signedIn(server.port(), "cat");
          assertEquals(
              404,
              cat.bytes(cat.request("/api/recordings/" + id + "/media?download")).statusCode());
          ApiClient root = ApiClient.signedIn(server.port(), "root");
          assertTrue(
              root.bytes(root.request("/api/recordings/" + id + "/media?download")).statusCode()
                  >= 403);
        });
  }

  @Test
  void anEmptyFileIsRefusedAsEmpty() {
    fixture.agree("ann", "ben");
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          HttpResponse<String> refused =
              ann.upload(new byte[0], "empty.mp4", Map.of("consentConfirmed", "true"));
          assertEquals(400, refused.statusCode());
          String details = json(refused).get("details").asText();
          assertTrue(details.contains("this file is empty"), details);
          assertFalse(details.contains("'media'"), details);
        });
  }

  @Test
  void whileUploadsArePausedUploadIsNotTheProminentButton() {
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          String home = ann.get("/").body();
          assertTrue(home.contains("class=\"button\" href=\"/upload\""), home);
        });
  }

  @Test
  void aMemberAskedToSignANewVersionSeesWhatChangedTermByTerm() {
    fixture.app.agreements().sign(fixture.user("ann"), new Terms(true, true, false, 0));
    fixture.app.agreements().sign(fixture.user("ben"), new Terms(true, true, false, 0));
    fixture.app.agreements().sign(fixture.user("ben"), new Terms(true, true, true, 90));
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          String asked = ApiClient.signedIn(server.port(), "ann").get("/agreement").body();
          assertTrue(asked.contains("What version 2 changes"), asked);
          assertTrue(asked.contains("retention: keep forever → 90 days"), asked);
          assertTrue(asked.contains("sharing excerpts: not allowed → allowed"), asked);
          String proposer = ApiClient.signedIn(server.port(), "ben").get("/agreement").body();
          assertFalse(proposer.contains("What version 2 changes"), "the proposer signed it");
        });
  }
}
