package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.testing.JarRunner;
import io.hindsight.testing.JarRunner.Result;
import io.hindsight.testing.Sample;
import io.hindsight.transcribe.WordErrorRate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --decoder} through the built jar, with the real model on the sample session. */
class DecoderIT {

  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path work;

  @Test
  void theFastDecoderTranscribesTheSampleTheSameWayEveryTime() throws Exception {
    JarRunner hindsight = new JarRunner(work, Map.of());
    Result first =
        hindsight.run(
            "transcribe", Sample.video().toString(), "--decoder", "fast", "--format", "json");
    assertEquals(0, first.exitCode(), first.stderr());
    List<String> heard = new ArrayList<>();
    JSON.readTree(first.stdout()).path("words").forEach(w -> heard.add(w.path("word").asText()));
    double wer = WordErrorRate.of(WordErrorRate.words(Files.readString(Sample.reference())), heard);
    // The sample's synthetic voices give about 35 % with any decoder; garbage would give ~100 %.
    assertTrue(wer < 0.45, "WER " + wer + ": " + first.stdout());

    Result again =
        hindsight.run(
            "transcribe", Sample.video().toString(), "--decoder", "FAST", "--format", "json");
    assertEquals(0, again.exitCode(), again.stderr());
    assertEquals(first.stdout(), again.stdout(), "the same input and settings, the same words");
  }

  @Test
  void theEnvironmentChoosesTheDecoderAndTheOptionOverridesIt() throws Exception {
    Result fast =
        new JarRunner(work, Map.of("HINDSIGHT_DECODER", "fast"))
            .run("transcribe", Sample.video().toString(), "--format", "json");
    assertEquals(0, fast.exitCode(), fast.stderr());
    Result chosen =
        new JarRunner(work, Map.of("HINDSIGHT_DECODER", "bogus"))
            .run("transcribe", Sample.video().toString(), "--format", "json", "--decoder", "fast");
    assertEquals(0, chosen.exitCode(), chosen.stderr());
    assertEquals(fast.stdout(), chosen.stdout());
  }

  @Test
  void anUnknownDecoderIsAUsageErrorThatNamesTheChoices() throws Exception {
    JarRunner hindsight = new JarRunner(work, Map.of());
    Result r = hindsight.run("transcribe", Sample.video().toString(), "--decoder", "bogus");
    assertEquals(Main.USAGE, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("fast, balanced or accurate"), r.stderr());
    assertTrue(r.stderr().contains("bogus"), r.stderr());
    assertEquals("", r.stdout());

    Result env =
        new JarRunner(work, Map.of("HINDSIGHT_DECODER", "bogus"))
            .run("transcribe", Sample.video().toString());
    assertEquals(Main.USAGE, env.exitCode(), env.stderr());
    assertTrue(env.stderr().contains("HINDSIGHT_DECODER"), env.stderr());
  }

  @Test
  void benchDecoderRefusesASettingThatIsNotKaldiOptions() throws Exception {
    Result r =
        new JarRunner(work, Map.of())
            .run("bench", "decoder", "--sample", Sample.video().toString(), "--setting", "beam 9");
    assertEquals(Main.USAGE, r.exitCode(), r.stderr());
    assertTrue(r.stderr().contains("--setting takes Kaldi options like --beam=9"), r.stderr());
  }
}
