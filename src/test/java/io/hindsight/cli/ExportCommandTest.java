package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.job.ProgressListener;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export} in process, on a recording ingested into SQLite, Lucene and the transcript file
 * (fakes only at the ffmpeg and Vosk seams): every format reads with the pair's casing, and the
 * recognized words stay as they were.
 */
class ExportCommandTest {

  @TempDir Path dir;
  String id;

  @BeforeEach
  void ingest() throws Exception {
    try (Hindsight app =
        new Hindsight(
            new HindsightConfig(dir.resolve("data"), null, 1, 1, 4),
            FakeMediaTools::new,
            () -> FakeSpeechModel.saying("i", "think", "acme", "and", "sarah", "agree"))) {
      char[] password = "a long demo password".toCharArray();
      app.accounts().add("sarah", "Sarah Miller", "p1", Role.MENTOR, password.clone());
      app.accounts().add("david", "David Brown", "p1", Role.MENTEE, password.clone());
      for (String member : List.of("sarah", "david")) {
        app.agreements()
            .sign(app.accounts().byUsername(member).orElseThrow(), new Terms(true, true, false, 0));
      }
      app.accounts().vocabulary().replace("p1", List.of("ACME"));
      Path file = Files.write(dir.resolve("session.mp4"), FakeMediaTools.file(7));
      id =
          app.pipeline()
              .ingest(
                  new IngestRequest(
                      IngestRequest.Input.files(List.of(file)),
                      "p1",
                      "Week one",
                      null,
                      Consent.named(List.of("Sarah Miller", "David Brown")),
                      List.of(),
                      false),
                  ProgressListener.NONE)
              .id();
    }
  }

  private String export(String format) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {"--data", dir.resolve("data").toString(), "export", id, "--format", format};
    assertEquals(
        0, Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true)), err.toString());
    return out.toString();
  }

  @Test
  void everyFormatReadsWithThePairsCasing() throws Exception {
    String shown = "I think ACME and Sarah agree.";
    assertTrue(export("txt").contains("] " + shown + "\n"), export("txt"));
    String vtt = export("vtt");
    assertTrue(vtt.startsWith("WEBVTT") && vtt.contains("\n" + shown + "\n"), vtt);
    String srt = export("srt");
    assertTrue(srt.contains("\n" + shown + "\n"), srt);

    JsonNode json = new ObjectMapper().readTree(export("json"));
    assertEquals("i think acme and sarah agree", json.at("/segments/0/text").asText());
    assertEquals(shown, json.at("/segments/0/display").asText());
    assertEquals("acme", json.at("/words/2/word").asText());
    assertEquals("ACME", json.at("/words/2/display").asText());
    assertFalse(json.at("/words/1").has("display"));
  }
}
