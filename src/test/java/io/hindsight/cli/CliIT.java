package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.HindsightException;
import io.hindsight.excerpt.Excerpt;
import io.hindsight.pair.Terms;
import io.hindsight.testing.JarRunner;
import io.hindsight.testing.JarRunner.Result;
import io.hindsight.testing.Sample;
import io.hindsight.testing.TestFfmpeg;
import io.hindsight.transcribe.WordErrorRate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line end to end, through the built jar, with the real ffmpeg and the real speech
 * model on the sample session. One ingest is shared by the tests that only read.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path work;
  private JarRunner hindsight;
  private String recordingId;
  private Result ingest;

  @BeforeAll
  void ingestTheSample() throws Exception {
    hindsight = new JarRunner(work, Map.of("HINDSIGHT_DATA", work.resolve("data").toString()));
    ingest =
        hindsight.run(
            "ingest",
            Sample.video().toString(),
            "--pair",
            "sarah-david",
            "--consent",
            "Sarah Miller, David Brown",
            "--title",
            "Week 12: deadlines & <feedback>",
            "--recorded-at",
            "2026-11-20");
    assertEquals(0, ingest.exitCode(), ingest.stderr());
    recordingId = ingest.lastLine();
  }

  @Test
  void ingestPrintsTheIdLastAndRecordsTheConsent() throws Exception {
    assertTrue(recordingId.matches("[a-z2-9]{16}"), recordingId);
    JsonNode list = JSON.readTree(hindsight.run("recordings", "--json").stdout());
    assertEquals(1, list.size());
    JsonNode r = list.get(0);
    assertEquals(recordingId, r.get("id").asText());
    assertEquals("ready", r.get("status").asText());
    assertEquals("Week 12: deadlines & <feedback>", r.get("title").asText());
    assertEquals("2026-11-20", r.get("recordedAt").asText());
    assertEquals(
        List.of("Sarah Miller", "David Brown"),
        JSON.convertValue(r.get("consent").get("names"), List.class));
    assertFalse(r.get("consent").get("at").asText().isEmpty());
    assertTrue(r.get("consent").get("scope").asText().contains("transcribe"));
    assertTrue(r.get("hasVideo").asBoolean());
    assertEquals(
        Sample.utterances().get(Sample.utterances().size() - 1).end(),
        r.get("durationSeconds").asDouble(),
        2.0);
  }

  @Test
  void searchFindsScriptPhrasesAtTheRightMoment() throws Exception {
    for (String phrase : List.of("public speaking", "code review", "quarterly planning meeting")) {
      Result result =
          hindsight.run("search", "\"" + phrase + "\"", "--pair", "sarah-david", "--json");
      assertEquals(0, result.exitCode(), result.stderr());
      JsonNode json = JSON.readTree(result.stdout());
      assertTrue(json.get("total").asInt() >= 1, phrase + ": " + result.stdout());
      JsonNode hit = json.get("hits").get(0);
      assertEquals(recordingId, hit.get("recordingId").asText());
      assertEquals("sarah-david", hit.get("pair").asText());
      assertEquals("Week 12: deadlines & <feedback>", hit.get("title").asText());
      double expected = Sample.containing(phrase).start();
      assertEquals(expected, hit.get("startSeconds").asDouble(), 1.5, phrase);
      assertTrue(hit.get("endSeconds").asDouble() > hit.get("startSeconds").asDouble());
      assertTrue(hit.get("text").asText().contains(phrase.split(" ")[0]));
      assertTrue(hit.get("snippet").asText().contains("<mark>"), hit.get("snippet").asText());
    }
  }

  @Test
  void searchIsScopedToThePair() throws Exception {
    JsonNode other =
        JSON.readTree(hindsight.run("search", "review", "--pair", "other-pair", "--json").stdout());
    assertEquals(0, other.get("total").asInt());
    JsonNode all = JSON.readTree(hindsight.run("search", "review", "--json").stdout());
    assertTrue(all.get("total").asInt() >= 1, "no --pair searches all pairs");
  }

  @Test
  void malformedQueriesSearchTheWordsWithOneLineOnStderrAndExitZero() throws Exception {
    Result result = hindsight.run("search", "review AND");
    assertEquals(0, result.exitCode());
    assertEquals(1, result.stderr().strip().lines().count(), result.stderr());
    assertTrue(result.stderr().contains("Searched the words"), result.stderr());
    assertFalse(result.stderr().contains("at org."), "no stack trace");
  }

  @Test
  void exportedCaptionsParseWithFfmpeg() throws Exception {
    for (String format : List.of("vtt", "srt")) {
      Result export = hindsight.run("export", recordingId, "--format", format);
      assertEquals(0, export.exitCode(), export.stderr());
      Path captions = Files.writeString(work.resolve("captions." + format), export.stdout());
      long cues = export.stdout().lines().filter(l -> l.contains(" --> ")).count();
      assertTrue(cues >= 10, format + " has " + cues + " cues");
      // ffmpeg parses the file and converts every cue to the other format.
      String other = format.equals("vtt") ? "srt" : "webvtt";
      String converted = TestFfmpeg.ffmpeg("-i", captions.toString(), "-f", other, "-");
      assertEquals(cues, converted.lines().filter(l -> l.contains(" --> ")).count(), format);
    }
  }

  @Test
  void exportsTextAndJson() throws Exception {
    Result txt = hindsight.run("export", recordingId, "--format", "txt");
    assertTrue(txt.stdout().startsWith("[00:00:0"), txt.stdout());
    JsonNode json =
        JSON.readTree(hindsight.run("export", recordingId, "--format", "json").stdout());
    assertTrue(json.get("words").size() > 100);
    assertTrue(json.get("segments").size() >= 10);
    assertTrue(json.get("durationSeconds").asDouble() > 50);
  }

  @Test
  void transcriptIsCloseToTheScript() throws Exception {
    JsonNode json =
        JSON.readTree(hindsight.run("export", recordingId, "--format", "json").stdout());
    List<String> hypothesis =
        Stream.of(json.get("words").spliterator())
            .flatMap(s -> java.util.stream.StreamSupport.stream(s, false))
            .map(w -> w.get("word").asText())
            .collect(Collectors.toList());
    double wer = WordErrorRate.of(Sample.referenceWords(), hypothesis);
    System.out.printf("word error rate on the sample: %.3f%n", wer);
    // Synthetic voices and the small model: about 0.34 today; a real regression is far above.
    assertTrue(wer < 0.40, "word error rate " + wer);
  }

  @Test
  void reindexRebuildsTheIndexFromTranscripts() throws Exception {
    Path index = work.resolve("data/index");
    try (Stream<Path> walk = Files.walk(index)) {
      walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
    Result reindex = hindsight.run("reindex");
    assertEquals(0, reindex.exitCode(), reindex.stderr());
    assertTrue(reindex.stdout().contains("Reindexed 1 recording"), reindex.stdout());
    JsonNode json =
        JSON.readTree(hindsight.run("search", "\"public speaking\"", "--json").stdout());
    assertEquals(recordingId, json.get("hits").get(0).get("recordingId").asText());
  }

  @Test
  void transcribePrintsCaptionsAndTouchesNoLibrary() throws Exception {
    Path elsewhere = java.nio.file.Files.createDirectories(work.resolve("elsewhere"));
    JarRunner plain = new JarRunner(elsewhere, Map.of());
    Result vtt = plain.run("transcribe", Sample.tracks().toString(), "--format", "vtt");
    assertEquals(0, vtt.exitCode(), vtt.stderr());
    assertTrue(vtt.stdout().startsWith("WEBVTT"), vtt.stdout());
    assertTrue(vtt.stdout().contains("<v Sarah>"), vtt.stdout());
    assertTrue(vtt.stdout().contains("<v David>"), vtt.stdout());
    try (Stream<Path> left = Files.list(elsewhere)) {
      assertEquals(List.of(), left.toList(), "no data folder, no files");
    }
  }

  @Test
  void excerptCreateApprovePublishRevoke() throws Exception {
    for (String[] member :
        List.of(
            new String[] {"sarah", "Sarah Miller", "mentor"},
            new String[] {"david", "David Brown", "mentee"})) {
      Result added =
          hindsight.runWithInput(
              "a long enough password\n",
              "user",
              "add",
              "--username",
              member[0],
              "--name",
              member[1],
              "--pair",
              "sarah-david",
              "--role",
              member[2],
              "--password-stdin");
      assertEquals(0, added.exitCode(), added.stderr());
    }
    // The agreement is signed on the web; here both members sign it in-process.
    try (Hindsight app = new Hindsight(HindsightConfig.of(work.resolve("data")))) {
      for (String username : List.of("sarah", "david")) {
        app.agreements()
            .sign(
                app.accounts().byUsername(username).orElseThrow(), new Terms(true, true, true, 0));
      }
    }
    Sample.Utterance thanks = Sample.containing("thanks sarah");
    Result created =
        hindsight.run(
            "excerpt",
            "create",
            recordingId,
            "--start",
            String.valueOf(thanks.start() - 0.2),
            "--end",
            String.valueOf(thanks.end() + 0.2),
            "--title",
            "Thanks",
            "--redact",
            "helpful");
    assertEquals(0, created.exitCode(), created.stderr());
    String id = created.lastLine();
    assertTrue(id.matches("[a-z2-9]{16}"), created.stdout());

    assertEquals(0, hindsight.run("excerpt", "approve", id, "--as", "sarah").exitCode());
    Result early = hindsight.run("excerpt", "publish", id);
    assertEquals(1, early.exitCode(), "409 before both approved");
    assertTrue(early.stderr().contains("approve"), early.stderr());
    assertEquals(0, hindsight.run("excerpt", "approve", id, "--as", "david").exitCode());
    Result published = hindsight.run("excerpt", "publish", id);
    assertEquals(0, published.exitCode(), published.stderr());
    String url = published.lastLine();
    assertTrue(url.matches("/s/[A-Za-z0-9_-]{43}"), published.stdout());

    try (Hindsight app = new Hindsight(HindsightConfig.of(work.resolve("data")))) {
      Excerpt shared = app.excerpts().shared(url.substring(3), false);
      String text = app.excerpts().content(shared).redaction().text();
      assertFalse(text.contains("helpful") || text.contains("sarah"), text);
      assertTrue(Files.isRegularFile(Path.of(shared.clipFile())));
    }
    assertEquals(0, hindsight.run("excerpt", "revoke", id).exitCode());
    try (Hindsight app = new Hindsight(HindsightConfig.of(work.resolve("data")))) {
      HindsightException gone =
          org.junit.jupiter.api.Assertions.assertThrows(
              HindsightException.class, () -> app.excerpts().shared(url.substring(3), false));
      assertEquals(HindsightException.Kind.GONE, gone.kind());
    }
  }

  @Test
  void unknownRecordingsAndUsageErrorsAreExplained() throws Exception {
    Result unknown = hindsight.run("export", "zzzzzzzzzzzzzzzz", "--format", "vtt");
    assertEquals(1, unknown.exitCode());
    assertTrue(unknown.stderr().contains("no recording with id"), unknown.stderr());

    Result badFormat = hindsight.run("export", recordingId, "--format", "doc");
    assertEquals(2, badFormat.exitCode());
    assertTrue(badFormat.stderr().contains("unknown format"), badFormat.stderr());

    Result noCommand = hindsight.run("frobnicate");
    assertEquals(2, noCommand.exitCode());

    Result badDate =
        hindsight.run(
            "ingest",
            Sample.video().toString(),
            "--pair",
            "p",
            "--consent",
            "A",
            "--recorded-at",
            "yesterday");
    assertEquals(2, badDate.exitCode());
    assertTrue(badDate.stderr().contains("YYYY-MM-DD"), badDate.stderr());
  }
}
