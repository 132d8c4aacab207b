package io.hindsight.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** Retention: only what is older than the agreed days goes, and all of it goes. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class RetentionSweepTest {

  @Parameter TestDatabase database;

  @TempDir Path data;

  @Test
  void deletesRecordingsOlderThanTheSignedRetention() throws Exception {
    Path media = Files.write(data.resolve("media-0"), new byte[] {1});
    // Every stored copy is called media-0, so the fake knows it as media (a second of tone).
    FakeMediaTools fake = new FakeMediaTools().with("media-0", new byte[32_000]);
    try (Hindsight app =
        new Hindsight(
            new HindsightConfig(data.resolve("d"), null, 1, 1, 4).withDatabase(database.url()),
            () -> fake,
            FakeSpeechModel::new)) {
      User ann = app.accounts().add("ann", "Ann", "p", Role.MENTOR, "long enough pw".toCharArray());
      User ben = app.accounts().add("ben", "Ben", "p", Role.MENTEE, "long enough pw".toCharArray());
      Terms keep30 = new Terms(true, true, false, 30);
      app.agreements().sign(ann, keep30);
      Agreement agreement = app.agreements().sign(ben, keep30);
      LocalDate today = LocalDate.of(2025, 6, 30);
      String old = admit(app, media, agreement, today.minusDays(31));
      String recent = admit(app, media, agreement, today.minusDays(30));

      List<String> deleted = app.retentionSweep().sweep(today);

      assertEquals(List.of(old), deleted);
      assertEquals(List.of(recent), app.library().list("p").stream().map(r -> r.id()).toList());
      assertTrue(Files.notExists(data.resolve("d/recordings").resolve(old)));

      // A proposal not yet signed by both does not change what applies.
      app.agreements().sign(ann, new Terms(true, true, false, 1));
      assertEquals(List.of(), app.retentionSweep().sweep(today));
    }
  }

  private static String admit(Hindsight app, Path media, Agreement a, LocalDate day) {
    return app.pipeline()
        .queue(
            new IngestRequest(
                List.of(IngestRequest.Input.upload("s.mp4", target -> Files.copy(media, target))),
                "p",
                "t",
                day,
                Consent.confirmedBy(app.accounts().byUsername("ann").orElseThrow().id(), true),
                List.of(),
                false))
        .id();
  }
}
