package io.hindsight.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.JarRunner;
import io.hindsight.testing.JarRunner.Result;
import io.hindsight.testing.Sample;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The benchmark commands the README's figures come from run, on small inputs, and print every
 * figure they promise. Speed is not asserted here; accuracy is, where the figure is one.
 */
class BenchIT {

  @TempDir Path work;
  private JarRunner hindsight;

  @BeforeEach
  void setUp() {
    hindsight = new JarRunner(work, Map.of("HINDSIGHT_DATA", work.resolve("data").toString()));
  }

  @Test
  void benchTranscribeComparesThePipelineWithThePlainLoop() throws Exception {
    Path longer = work.resolve("long.m4a");
    Result made =
        hindsight.run(
            "bench",
            "make-long",
            Sample.video().toString(),
            longer.toString(),
            "--minutes",
            "2",
            "--reference",
            Sample.reference().toString());
    assertEquals(0, made.exitCode(), made.stderr());
    assertTrue(Files.size(longer) > 0);

    Result r =
        hindsight.run(
            "bench",
            "transcribe",
            longer.toString(),
            "--reference",
            work.resolve("long.m4a.txt").toString(),
            // The same decoder on both sides: this checks the chunking; bench decoder and the
            // 10-minute run measure what the other decoders cost in words.
            "--decoder",
            "accurate");
    assertEquals(0, r.exitCode(), r.stderr());
    double audio = number(r.stdout(), "audio seconds:\\s+([\\d.]+)");
    assertEquals(132, audio, 2, "two copies of the 66 s sample");
    double plainWer = number(r.stdout(), "plain loop:.*WER ([\\d.]+) %");
    double pipelineWer = number(r.stdout(), "pipeline:.*WER ([\\d.]+) %");
    assertTrue(plainWer < 50 && pipelineWer < 50, r.stdout());
    // Each word of these 2 minutes is 0.35 points; the 0.5-point target is for 9 minutes or more
    // and is measured by the benchmark itself. This catches chunking that loses or garbles words.
    assertTrue(pipelineWer <= plainWer + 4, "pipeline " + pipelineWer + " vs " + plainWer);
    number(r.stdout(), "ratio:\\s+([\\d.]+)");
    number(r.stdout(), "CPU ratio:\\s+([\\d.]+)");
    assertTrue(
        r.stdout().contains("decoder:         accurate (the model's own settings)"), r.stdout());
    assertTrue(
        r.stdout().contains("plain decoder:   accurate (the model's own settings)"), r.stdout());
    number(r.stdout(), "pipeline:.*peak heap (\\d+) MB");
  }

  @Test
  void benchClipTimesTheOneShotCommandAndTheServersPath() throws Exception {
    Result r =
        hindsight.run(
            "bench",
            "clip",
            Sample.video().toString(),
            "--at",
            "20",
            "--seconds",
            "6",
            "--runs",
            "1");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(number(r.stdout(), "one-shot CLI:\\s+([\\d.]+) s") > 0.5, r.stdout());
    assertTrue(number(r.stdout(), "server, cold:\\s+([\\d.]+) s") > 0, r.stdout());
    assertTrue(number(r.stdout(), "server, warm:\\s+([\\d.]+) s") > 0, r.stdout());
  }

  @Test
  void aClipBeyondTheEndIsRefusedWithTheReason() throws Exception {
    Result r = hindsight.run("bench", "clip", Sample.video().toString(), "--at", "100");
    assertEquals(2, r.exitCode());
    assertTrue(r.stderr().contains("too short for a clip at 100.0 s"), r.stderr());
  }

  @Test
  void benchSearchReportsLatencyPercentilesSizeAndBuildRate() throws Exception {
    Result r = hindsight.run("bench", "search", "--hours", "2", "--queries", "100");
    assertEquals(0, r.exitCode(), r.stderr());
    assertTrue(number(r.stdout(), "in [\\d.]+ s: ([\\d.]+) hours/minute") > 0, r.stdout());
    number(r.stdout(), "index size: ([\\d.]+) MB");
    double p50 = number(r.stdout(), "100 queries .*p50 ([\\d.]+) ms");
    double p99 = number(r.stdout(), "100 queries .*p99 ([\\d.]+) ms");
    assertTrue(p50 <= p99, r.stdout());
  }

  @Test
  void benchLoadReportsEveryRouteAndChecksTheServerStaysSound() throws Exception {
    Result r =
        hindsight.run(
            "bench",
            "load",
            "--seconds",
            "5",
            "--clients",
            "8",
            "--uploads",
            "1",
            "--sample",
            Sample.video().toString());
    assertEquals(0, r.exitCode(), r.stdout() + r.stderr());
    for (String route : new String[] {"search", "page", "media", "note", "login", "upload"}) {
      double p99 =
          number(
              r.stdout(),
              "(?m)^" + route + "\\s+\\d+\\s+[\\d.]+\\s+[\\d.]+\\s+[\\d.]+\\s+([\\d.]+)\\s+0$");
      assertTrue(p99 >= 0, r.stdout());
    }
    assertTrue(r.stdout().contains("uploads: 1 of 1 ready"), r.stdout());
    assertTrue(r.stdout().contains("result: ok"), r.stdout());
  }

  @Test
  void benchDiarizeScoresTheSpeakerLabelsAndTimesTheirCost() throws Exception {
    Result r = hindsight.run("bench", "diarize", "--conversations", "1", "--minutes", "2");
    assertEquals(0, r.exitCode(), r.stderr());
    // One conversation catches labels gone wrong, not the 95 % target, which the benchmark itself
    // measures on more and more varied conversations. Two minutes, because with utterances of at
    // most 3 s half a minute gives the clustering too few to tell two synthetic voices apart.
    double accuracy = number(r.stdout(), "word accuracy:\\s+([\\d.]+) %");
    assertTrue(accuracy >= 75, r.stdout());
    double der = number(r.stdout(), "DER:\\s+([\\d.]+) %");
    assertTrue(der <= 30, r.stdout());
    number(r.stdout(), "diarized: ([+-][\\d.]+) %");
  }

  @Test
  void benchRecallReusesItsTranscriptsAndGivesTheSameFigures() throws Exception {
    String kept = work.resolve("kept").toString();
    String[] args = {
      "bench",
      "recall",
      "--sample",
      Sample.video().toString(),
      "--reference",
      Sample.reference().toString(),
      "--no-variants",
      "--reuse-transcripts",
      kept
    };
    Result first = hindsight.run(args);
    assertEquals(0, first.exitCode(), first.stderr());
    Result again = hindsight.run(args);
    assertEquals(0, again.exitCode(), again.stderr());

    assertTrue(again.stdout().contains("1 of 1 transcripts reused"), again.stdout());
    String figures = "recall: [\\d.]+ %.*false hits: [\\d.]+ %";
    assertEquals(line(first.stdout(), figures), line(again.stdout(), figures));
    assertTrue(number(first.stdout(), "recall: ([\\d.]+) %") > 80, first.stdout());
  }

  private static String line(String output, String regex) {
    Matcher m = Pattern.compile(regex).matcher(output);
    assertTrue(m.find(), output);
    return m.group();
  }

  private static double number(String output, String regex) {
    Matcher m = Pattern.compile(regex).matcher(output);
    assertTrue(m.find(), "no match for " + regex + " in:\n" + output);
    return Double.parseDouble(m.group(1));
  }
}
