package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.job.ProgressListener;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The transcript commands, in process, on a recording ingested with fakes at the media seams. */
class TranscriptCommandTest {

  @TempDir Path dir;

  private String run(int expectedExit, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] all = new String[args.length + 2];
    all[0] = "--data";
    all[1] = dir.resolve("data").toString();
    System.arraycopy(args, 0, all, 2, args.length);
    int exit = Main.run(all, new PrintWriter(out, true), new PrintWriter(err, true));
    assertEquals(expectedExit, exit, out + " " + err);
    return out + err.toString();
  }

  @Test
  void editReplaceAndUndoSaveVersions() throws Exception {
    String id;
    try (Hindsight app =
        new Hindsight(
            new HindsightConfig(dir.resolve("data"), null, 1, 1, 4),
            FakeMediaTools::new,
            FakeSpeechModel::sentence)) {
      Path file = Files.write(dir.resolve("session.mp4"), FakeMediaTools.file(6));
      id =
          app.pipeline()
              .ingest(
                  new IngestRequest(
                      IngestRequest.Input.files(List.of(file)),
                      "p1",
                      "Week one",
                      null,
                      Consent.named(List.of("Ann")),
                      List.of(),
                      false),
                  ProgressListener.NONE)
              .id();
    }
    assertTrue(
        run(0, "transcript", "edit", id, "--segment", "0", "--text", "the plan is next friday")
            .contains("Saved version 2"));
    assertTrue(run(0, "transcript", "replace", id, "friday", "Monday").contains("Saved version 3"));
    assertTrue(run(0, "search", "monday").contains(id));
    assertTrue(run(0, "transcript", "undo", id).contains("Saved version 4"));
    assertTrue(
        run(2, "transcript", "edit", id, "--segment", "9", "--text", "x").contains("segment 9"));
  }
}
