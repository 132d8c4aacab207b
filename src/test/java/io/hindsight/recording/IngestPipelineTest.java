package io.hindsight.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.job.ProgressListener;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.Pcm;
import io.hindsight.testing.TestDatabase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** The command line and the web app take recordings in through the same rules. */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class IngestPipelineTest {

  @Parameter TestDatabase database;

  @TempDir Path dir;

  private final FakeMediaTools media =
      new FakeMediaTools().with("session.wav", Pcm.builder().tone(1, 300).silence(1).bytes());
  private final FakeSpeechModel speech = new FakeSpeechModel();

  private Hindsight app() {
    return new Hindsight(
        new HindsightConfig(dir.resolve("data"), null, 1, 1, 4).withDatabase(database.url()),
        () -> media,
        () -> speech);
  }

  /** Ann and Ben of pair p; {@code signers} sign the usual terms. Returns Ann. */
  private static User members(Hindsight app, String... signers) {
    User ann = app.accounts().add("ann", "Ann A", "p", Role.MENTOR, "long enough pw".toCharArray());
    app.accounts().add("ben", "Ben B", "p", Role.MENTEE, "long enough pw".toCharArray());
    for (String signer : signers) {
      app.agreements().sign(app.accounts().byUsername(signer).orElseThrow(), Terms.PROPOSED);
    }
    return ann;
  }

  private Path session() throws IOException {
    return Files.writeString(dir.resolve("session.wav"), "pcm");
  }

  private static IngestRequest fromCli(Path file, String pair, String title) {
    return new IngestRequest(
        IngestRequest.Input.files(List.of(file)),
        pair,
        title,
        null,
        Consent.named(List.of("Ann")),
        List.of(),
        false);
  }

  private static IngestRequest upload(User by, String title) {
    return new IngestRequest(
        List.of(
            IngestRequest.Input.upload(
                "talk.mp4", target -> Files.write(target, FakeMediaTools.file(3)))),
        by.pair(),
        title,
        null,
        Consent.confirmedBy(by.id(), true),
        List.of(),
        false);
  }

  private long storedFiles() throws IOException {
    Path data = dir.resolve("data");
    try (Stream<Path> walk =
        Stream.of("recordings", "staging")
            .map(data::resolve)
            .filter(Files::exists)
            .flatMap(IngestPipelineTest::walk)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  private static Stream<Path> walk(Path p) {
    try {
      return Files.walk(p);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void anIngestNextToARunningServerIsRefusedBeforeAnyWork() throws Exception {
    Path file = session();
    // What 'serve' holds while it runs: the index's write lock.
    try (TranscriptIndex server = TranscriptIndex.open(dir.resolve("data/index"));
        Hindsight app = app()) {
      server.requireWriter();

      HindsightException e =
          assertThrows(
              HindsightException.class,
              () -> app.pipeline().ingest(fromCli(file, "ann-bo", null), ProgressListener.NONE));

      assertEquals(HindsightException.Kind.CONFLICT, e.kind());
      assertTrue(
          e.getMessage().contains("upload the recording through the server"), e.getMessage());
      assertTrue(e.getMessage().contains("stop the server"), e.getMessage());
      assertEquals(0, speech.recognizersMade.get(), "nothing was transcribed");
      assertEquals(List.of(), media.decoded, "nothing was decoded");
      assertEquals(0, storedFiles());
    }
  }

  @Test
  void aPairWithMembersRecordsOnlyUnderItsAgreementFromEitherFrontEnd() throws Exception {
    Path file = session();
    try (Hindsight app = app()) {
      User ann = members(app, "ann");

      HindsightException cli =
          assertThrows(
              HindsightException.class,
              () -> app.pipeline().ingest(fromCli(file, "p", null), ProgressListener.NONE));
      HindsightException web =
          assertThrows(HindsightException.class, () -> app.pipeline().queue(upload(ann, null)));

      assertEquals(HindsightException.Kind.NO_CONSENT, cli.kind());
      assertEquals(cli.getMessage(), web.getMessage());
      assertTrue(cli.getMessage().contains("Ben B"), cli.getMessage());
      assertEquals(0, storedFiles());

      app.agreements().sign(app.accounts().byUsername("ben").orElseThrow(), Terms.PROPOSED);
      Recording fromCli = app.pipeline().ingest(fromCli(file, "p", null), ProgressListener.NONE);
      Recording fromWeb = app.pipeline().queue(upload(ann, null));
      assertEquals("record,transcribe,search", fromCli.consentScope());
      assertEquals(fromCli.consentScope(), fromWeb.consentScope());
      assertEquals(List.of("Ann"), fromCli.consentNames(), "the names the operator gave");
      assertEquals(List.of("Ann A", "Ben B"), fromWeb.consentNames(), "the agreement's members");
    }
  }

  @Test
  void titlesAreTrimmedAndDefaultToTheFileNameInBothPaths() throws Exception {
    Path file = session();
    try (Hindsight app = app()) {
      User ann = members(app, "ann", "ben");

      assertEquals(
          "Week 1",
          app.pipeline().ingest(fromCli(file, "p", "  Week 1 "), ProgressListener.NONE).title());
      assertEquals("Week 1", app.pipeline().queue(upload(ann, "  Week 1 ")).title());
      assertEquals(
          "session", app.pipeline().ingest(fromCli(file, "p", " "), ProgressListener.NONE).title());
      assertEquals("talk", app.pipeline().queue(upload(ann, null)).title());
    }
  }

  @Test
  void anUploadThatIsNotMediaIsToldByTheUploadersFileName() {
    try (Hindsight app = app()) {
      User ann = members(app, "ann", "ben");
      IngestRequest notes =
          new IngestRequest(
              List.of(
                  IngestRequest.Input.upload(
                      "notes.txt", target -> Files.writeString(target, "just notes"))),
              "p",
              null,
              null,
              Consent.confirmedBy(ann.id(), true),
              List.of(),
              false);

      HindsightException e =
          assertThrows(HindsightException.class, () -> app.pipeline().queue(notes));

      assertEquals(HindsightException.Kind.NOT_MEDIA, e.kind());
      assertTrue(e.getMessage().startsWith("'notes.txt' is not a media file"), e.getMessage());
      assertTrue(!e.getMessage().contains("media-0"), e.getMessage());
    }
  }
}
