package io.hindsight.web;

import static io.hindsight.web.ApiClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.media.FfmpegBinaries;
import io.hindsight.media.FfmpegMediaTools;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.Sample;
import io.javalin.Javalin;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An upload cut short is refused when it arrives, with the real ffprobe, not after a job. */
class TruncatedUploadIT {

  @TempDir Path data;

  @Test
  void aCutMp4Answers415AtOnceAndNothingIsKept() throws Exception {
    byte[] whole = Files.readAllBytes(Sample.video());
    // The sample is written with +faststart: the header survives and promises the full length.
    byte[] cut = Arrays.copyOf(whole, whole.length * 2 / 5);
    try (Hindsight app =
        new Hindsight(
            new HindsightConfig(data, null, 1, 1, 4),
            () -> new FfmpegMediaTools(FfmpegBinaries.fromEnvironment()),
            FakeSpeechModel::sentence)) {
      for (String[] member : new String[][] {{"ann", "MENTOR"}, {"ben", "MENTEE"}}) {
        User user =
            app.accounts()
                .add(
                    member[0],
                    member[0],
                    "p1",
                    Role.valueOf(member[1]),
                    WebFixture.PASSWORD.toCharArray());
        app.agreements().sign(user, Terms.PROPOSED);
      }
      Javalin web =
          WebApp.create(app.webServices(), WebConfig.defaults(data)).start("127.0.0.1", 0);
      try {
        ApiClient ann = ApiClient.signedIn(web.port(), "ann");

        HttpResponse<String> refused =
            ann.upload(cut, "session.mp4", Map.of("consentConfirmed", "true"));

        assertEquals(415, refused.statusCode(), refused.body());
        String details = json(refused).get("details").asText();
        assertTrue(details.startsWith("'session.mp4' looks truncated"), details);
        assertEquals(0, json(ann.get("/api/recordings")).size());
        assertEquals(0, app.jobs().pending(), "no job was queued");
      } finally {
        web.stop();
      }
    }
    try (Stream<Path> left = Files.walk(data)) {
      assertEquals(
          0,
          left.filter(Files::isRegularFile)
              .filter(p -> p.toString().contains("recordings") || p.toString().contains("staging"))
              .filter(p -> !p.getFileName().toString().startsWith("hindsight.db"))
              .count(),
          "nothing of the upload is kept");
    }
  }
}
