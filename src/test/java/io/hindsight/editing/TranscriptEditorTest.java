package io.hindsight.editing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.job.ProgressListener;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.recording.Recording;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Versions on the real files, index and database, through the CLI's own wiring. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class TranscriptEditorTest {

  @Parameter TestDatabase database;

  @TempDir Path data;

  @Test
  void aSaveOnAnOldVersionIsAConflictAndAPublishedMomentKeepsItsWords() throws Exception {
    try (Hindsight app =
        new Hindsight(
            new HindsightConfig(data, null, 1, 1, 4).withDatabase(database.url()),
            FakeMediaTools::new,
            FakeSpeechModel::sentence)) {
      app.accounts().add("ann", "Ann", "p1", Role.MENTOR, "correct horse battery".toCharArray());
      app.accounts().add("ben", "Ben", "p1", Role.MENTEE, "correct horse battery".toCharArray());
      User ann = app.accounts().byUsername("ann").orElseThrow();
      User ben = app.accounts().byUsername("ben").orElseThrow();
      app.agreements().sign(ann, new Terms(true, true, false, 0));
      app.agreements().sign(ben, new Terms(true, true, false, 0));
      Path file = Files.write(data.resolve("session.mp4"), FakeMediaTools.file(6));
      Recording recording =
          app.pipeline()
              .ingest(
                  new IngestRequest(
                      IngestRequest.Input.files(List.of(file)),
                      "p1",
                      "Week one",
                      null,
                      Consent.named(List.of("Ann", "Ben")),
                      List.of(),
                      false),
                  ProgressListener.NONE);
      TranscriptEditor editor = app.editor();

      Instant before = Instant.now();
      Thread.sleep(5);
      editor.edit(ann, recording, 1, List.of(SegmentEdit.text(0, "the plan")));
      VersionConflict conflict =
          assertThrows(
              VersionConflict.class,
              () -> editor.edit(ben, recording, 1, List.of(SegmentEdit.text(0, "a plan"))));
      assertEquals(2, conflict.latest().version());
      assertEquals("the plan", conflict.latest().segments().get(0).text());
      assertEquals(
          "the project deadline is next friday",
          editor.asOf(recording.id(), before).segments().get(0).text());
      assertEquals("the plan", editor.asOf(recording.id(), Instant.now()).segments().get(0).text());
    }
  }
}
