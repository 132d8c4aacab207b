package io.hindsight.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.job.ProgressListener;
import io.hindsight.search.SearchRequest;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.Pcm;
import io.hindsight.testing.TestDatabase;
import io.hindsight.transcribe.SpeechModel;
import io.hindsight.transcribe.SpeechRecognizer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(TestDatabase.class)
class LibraryTest {

  @Parameter TestDatabase database;
  // One database for the whole test: a test that opens the app twice finds its rows again.
  private String databaseUrl;

  @BeforeEach
  void newDatabase() {
    databaseUrl = database.url();
  }

  @TempDir Path dir;

  private final FakeMediaTools media =
      new FakeMediaTools()
          .with("session.wav", Pcm.builder().tone(1, 300).silence(1).tone(1, 300).bytes());

  private Hindsight app(SpeechModel speech) {
    return new Hindsight(
        HindsightConfig.of(dir.resolve("data")).withDatabase(databaseUrl),
        () -> media,
        () -> speech);
  }

  private IngestRequest request(Path file, List<String> consent) {
    return new IngestRequest(
        IngestRequest.Input.files(List.of(file)),
        "ann-bo",
        "Week 1",
        LocalDate.of(2026, 2, 3),
        Consent.named(consent),
        List.of(),
        false);
  }

  private long filesUnder(String sub) throws IOException {
    Path p = dir.resolve("data").resolve(sub);
    if (!Files.exists(p)) {
      return 0;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      return walk.filter(Files::isRegularFile).count();
    }
  }

  @Test
  void ingestStoresMediaTranscriptRowAndIndexTogether() throws Exception {
    Path file = Files.writeString(dir.resolve("session.wav"), "pcm");
    try (Hindsight app = app(new FakeSpeechModel())) {
      Recording r =
          app.pipeline().ingest(request(file, List.of("Ann", "Bo")), ProgressListener.NONE);

      assertEquals(Recording.Status.READY, r.status());
      assertEquals(List.of("Ann", "Bo"), r.consentNames());
      assertEquals(Consent.DEFAULT_SCOPE, r.consentScope());
      assertEquals(List.of(r), app.library().list("ann-bo"));
      assertEquals(2, app.library().transcript(r.id()).words().size());
      assertEquals(2, app.searcher().search(SearchRequest.of("w0 OR w200", "ann-bo", 10)).total());
      Path folder = dir.resolve("data/recordings").resolve(r.id());
      assertTrue(Files.isRegularFile(folder.resolve("media-0")), "stored under a server name");
      assertEquals("pcm", Files.readString(folder.resolve("media-0")));
      assertTrue(Files.isRegularFile(folder.resolve("transcript.json")));
      assertFalse(Files.exists(folder.resolve(".lock")));
      assertEquals(0, filesUnder("staging"));
    }
  }

  @Test
  void missingConsentIsRefusedBeforeAnythingIsStored() {
    HindsightException e =
        assertThrows(
            HindsightException.class, () -> request(dir.resolve("session.wav"), List.of(" ")));

    assertEquals(HindsightException.Kind.NO_CONSENT, e.kind());
    assertEquals(4, e.kind().exitCode);
  }

  @Test
  void notMediaLeavesNothingBehind() throws Exception {
    Path file = Files.writeString(dir.resolve("notes.mp4"), "just text");
    try (Hindsight app = app(new FakeSpeechModel())) {
      HindsightException e =
          assertThrows(
              HindsightException.class,
              () -> app.pipeline().ingest(request(file, List.of("Ann")), ProgressListener.NONE));

      assertEquals(HindsightException.Kind.NOT_MEDIA, e.kind());
      assertEquals(List.of(), app.library().list(null));
      assertEquals(0, filesUnder("recordings"));
      assertEquals(0, filesUnder("staging"));
    }
  }

  @Test
  void aFailureHalfWayThroughLeavesNoHalfRecording() throws Exception {
    Path file = Files.writeString(dir.resolve("session.wav"), "pcm");
    SpeechModel broken =
        new SpeechModel() {
          @Override
          public SpeechRecognizer newRecognizer() {
            return new SpeechRecognizer() {
              @Override
              public List<io.hindsight.transcribe.Word> recognize(
                  java.io.InputStream pcm, long firstSample) {
                throw new IllegalStateException("recognizer crashed");
              }

              @Override
              public void close() {}
            };
          }

          @Override
          public void close() {}
        };
    try (Hindsight app = app(broken)) {
      assertThrows(
          HindsightException.class,
          () -> app.pipeline().ingest(request(file, List.of("Ann")), ProgressListener.NONE));

      assertEquals(List.of(), app.library().list(null));
      assertEquals(0, filesUnder("recordings"));
      assertEquals(0, filesUnder("staging"));
    }
  }

  @Test
  void deleteRemovesEverything() throws Exception {
    Path file = Files.writeString(dir.resolve("session.wav"), "pcm");
    try (Hindsight app = app(new FakeSpeechModel())) {
      Recording r = app.pipeline().ingest(request(file, List.of("Ann")), ProgressListener.NONE);

      app.library().delete(r.id());

      assertEquals(List.of(), app.library().list(null));
      assertEquals(0, filesUnder("recordings"));
      assertEquals(0, app.searcher().search(SearchRequest.of("w0", null, 10)).total());
      HindsightException e =
          assertThrows(HindsightException.class, () -> app.library().get(r.id()));
      assertEquals(HindsightException.Kind.NOT_FOUND, e.kind());
    }
  }

  @Test
  void reindexRebuildsSearchFromTranscriptsAlone() throws Exception {
    Path file = Files.writeString(dir.resolve("session.wav"), "pcm");
    try (Hindsight app = app(new FakeSpeechModel())) {
      app.pipeline().ingest(request(file, List.of("Ann")), ProgressListener.NONE);
    }
    // Lose the index entirely; the transcripts and the database are the source of truth.
    try (Stream<Path> walk = Files.walk(dir.resolve("data/index"))) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    try (Hindsight app = app(new FakeSpeechModel())) {
      // An index with no outbox position is rebuilt when it is opened, before the first search.
      assertEquals(1, app.searcher().search(SearchRequest.of("w0", null, 10)).total());
      assertEquals(1, app.library().reindex());
      assertEquals(1, app.searcher().search(SearchRequest.of("w0", null, 10)).total());
      assertEquals(1, app.library().reindex(), "idempotent");
      assertEquals(1, app.searcher().search(SearchRequest.of("w0", null, 10)).total());
    }
  }

  @Test
  void leftoversOfAKilledIngestAreSweptOnStart() throws Exception {
    Path staged = Files.createDirectories(dir.resolve("data/staging/kkkkkkkkkkkkkkkk"));
    Files.writeString(staged.resolve("media-0"), "half");
    Path orphan = Files.createDirectories(dir.resolve("data/recordings/mmmmmmmmmmmmmmmm"));
    Files.writeString(orphan.resolve("media-0"), "no row");
    try (Hindsight app = app(new FakeSpeechModel())) {
      app.library();
      assertFalse(Files.exists(staged));
      assertFalse(Files.exists(orphan));
    }
  }

  @Test
  void unknownAndMalformedIdsAreNotFound() {
    try (Hindsight app = app(new FakeSpeechModel())) {
      for (String id : new String[] {"nope", "../../etc/passwd", "aaaaaaaaaaaaaaaa"}) {
        HindsightException e = assertThrows(HindsightException.class, () -> app.library().get(id));
        assertEquals(HindsightException.Kind.NOT_FOUND, e.kind());
      }
    }
  }
}
