package io.hindsight.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hindsight.backup.Backup;
import io.hindsight.job.ProgressListener;
import io.hindsight.pair.Terms;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.TwoVoices;
import io.hindsight.transcribe.Diarization;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import io.hindsight.voice.VoicePrints;
import io.javalin.testtools.JavalinTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --diarize} names and teaches the pair's voice prints as a web upload does: the
 * command prepares the app with {@code diarizeUploads} and ingests, which is what this test does
 * with Vosk's stand-in, on the pair's real database.
 */
class IngestVoicePrintsTest {

  static final String ANN = SpeakersApiTest.ANN;

  @TempDir Path data;
  WebFixture fixture;

  @BeforeEach
  void setUp() {
    fixture = new WebFixture(data, TwoVoices::new);
    fixture.app.diarizeUploads(data.resolve("speaker-model"));
  }

  @AfterEach
  void tearDown() {
    fixture.close();
  }

  private void agree(Terms terms) {
    fixture.app.agreements().sign(fixture.user("ann"), terms);
    fixture.app.agreements().sign(fixture.user("ben"), terms);
  }

  private String ingest(String name, List<String> speakers) throws Exception {
    Path file = Files.write(data.resolve(name + ".mp4"), FakeMediaTools.file(14));
    return fixture
        .app
        .pipeline()
        .ingest(
            new IngestRequest(
                IngestRequest.Input.files(List.of(file)),
                "p1",
                name,
                null,
                Consent.named(List.of("Ann", "Ben")),
                speakers,
                false,
                new Diarization(null, List.of())),
            ProgressListener.NONE)
        .id();
  }

  private Transcript transcript(String id) {
    return fixture.app.library().transcript(id);
  }

  private static void assertSpoken(Transcript t, String alpha, String bravo) {
    for (Word w : t.words()) {
      assertEquals(w.word().equals("alpha") ? alpha : bravo, w.speaker(), w.toString());
    }
  }

  @Test
  void namedSpeakersTeachTheMembersPrintsWhichNameTheNextIngest() throws Exception {
    agree(SpeakersApiTest.VOICES);
    String first = ingest("first", List.of(ANN, "Ben Mentee"));
    assertSpoken(transcript(first), ANN, "Ben Mentee");
    List<VoicePrints.Known> known = fixture.app.voices().known("p1");
    assertEquals(2, known.size(), known.toString());
    assertEquals(2, fixture.rows("recording_voices"));

    String second = ingest("second", List.of());
    assertSpoken(transcript(second), ANN, "Ben Mentee");
    List<VoicePrints.Guess> guesses = fixture.app.voices().guesses(second);
    assertEquals(2, guesses.size(), "named by voice, with how sure: " + guesses);
    guesses.forEach(g -> assertNotNull(g.similarity()));
    // The names were guessed, not given: the prints learn nothing from them until confirmed.
    assertEquals(
        known.stream().mapToDouble(VoicePrints.Known::seconds).sum(),
        fixture.app.voices().known("p1").stream().mapToDouble(VoicePrints.Known::seconds).sum(),
        1e-9);
  }

  @Test
  void printsNeverLeaveTheDatabaseInTranscriptsTheApiOrABackup() throws Exception {
    agree(SpeakersApiTest.VOICES);
    String id = ingest("learned", List.of(ANN, "Ben Mentee"));
    assertEquals(2, fixture.rows("voice_prints"));
    JavalinTest.test(
        fixture.web(),
        (server, unused) -> {
          ApiClient ann = ApiClient.signedIn(server.port(), "ann");
          for (String path :
              List.of(
                  "/api/recordings/" + id + "/transcript",
                  "/api/recordings/" + id,
                  "/api/voices",
                  "/api/recordings/" + id + "/captions.vtt")) {
            String body = ann.get(path).body();
            assertFalse(body.contains("vector") || body.contains("spk"), path + ": " + body);
          }
        });
    try (var files = Files.walk(data)) {
      for (Path f : files.filter(f -> f.toString().endsWith(".json")).toList()) {
        String text = Files.readString(f);
        assertFalse(text.contains("vector") || text.contains("\"spk"), f + ": " + text);
      }
    }
    Path backup = data.resolveSibling(data.getFileName() + "-backup");
    Backup.create(data, fixture.app.database(), backup);
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + backup.resolve("hindsight.db"));
        var s = c.createStatement()) {
      for (String table : List.of("voice_prints", "recording_voices")) {
        var rs = s.executeQuery("SELECT count(*) FROM " + table);
        rs.next();
        assertEquals(0, rs.getInt(1), "a backup holds no " + table);
      }
    }
  }

  @Test
  void withoutTheScopeNothingOfAVoiceIsKept() throws Exception {
    agree(new Terms(true, true, false, 0));
    String id = ingest("plain", List.of(ANN, "Ben Mentee"));
    assertSpoken(transcript(id), ANN, "Ben Mentee");
    assertEquals(0, fixture.rows("voice_prints"));
    assertEquals(0, fixture.rows("recording_voices"));
    assertNull(fixture.app.voices().guesses(id).stream().findAny().orElse(null));
  }
}
