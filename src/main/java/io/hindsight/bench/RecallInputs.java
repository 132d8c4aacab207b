package io.hindsight.bench;

import io.hindsight.HindsightException;
import io.hindsight.media.MediaTools;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The recordings {@code bench recall} measures on: the given one as it is, with noise, faster and
 * slower, and its reference text and a second text spoken by other voices (espeak-ng). Each comes
 * with the text that was said and a text that was not.
 */
final class RecallInputs {

  /**
   * @param said the words spoken in it, one utterance a line
   * @param unsaid another text, never spoken in it
   */
  record Input(String name, Path audio, String said, String unsaid) {}

  /** espeak-ng voices unlike the sample's own (en-us+f3, en-us+m3). */
  private static final String[][] VOICES = {
    {"en-gb+m2", "160"}, {"en-us+f4", "170"}, {"en-gb-scotland+m1", "150"}, {"en-029+f3", "155"}
  };

  private RecallInputs() {}

  static List<Input> make(
      MediaTools media, Path dir, Path sample, String reference, String other, boolean variants)
      throws IOException, InterruptedException {
    List<Input> inputs = new ArrayList<>();
    inputs.add(new Input("as given", sample, reference, other));
    if (!variants) {
      return inputs;
    }
    String in = sample.toString();
    inputs.add(
        variant(
            media,
            dir,
            "pink noise (about 15 dB SNR)",
            List.of(
                "-i",
                in,
                "-f",
                "lavfi",
                "-i",
                "anoisesrc=color=pink:amplitude=0.04:seed=7",
                "-filter_complex",
                "[0:a][1:a]amix=inputs=2:duration=first:normalize=0"),
            reference,
            other));
    inputs.add(
        variant(
            media, dir, "15% faster", List.of("-i", in, "-af", "atempo=1.15"), reference, other));
    inputs.add(
        variant(
            media, dir, "10% slower", List.of("-i", in, "-af", "atempo=0.9"), reference, other));
    inputs.add(
        variant(
            media,
            dir,
            "lower voices, phone band",
            List.of(
                "-i", in, "-af", "asetrate=14400,aresample=16000,highpass=f=300,lowpass=f=3400"),
            reference,
            other));
    for (int i = 0; i < VOICES.length; i++) {
      boolean own = i % 2 == 0;
      String text = own ? reference : other;
      Path wav = speak(dir, "voice-" + i, VOICES[i][0], VOICES[i][1], text);
      inputs.add(
          variant(
              media,
              dir,
              VOICES[i][0] + (own ? ", the same text" : ", another text"),
              List.of("-i", wav.toString()),
              text,
              own ? other : reference));
    }
    return inputs;
  }

  private static Input variant(
      MediaTools media, Path dir, String name, List<String> ffmpegInput, String said, String unsaid)
      throws IOException, InterruptedException {
    Path out = dir.resolve("input-" + Math.abs(name.hashCode()) + ".m4a");
    BenchAudio.writeMonoAac(media, out, ffmpegInput);
    return new Input(name, out, said, unsaid);
  }

  /** Each line read as a sentence, with a pause between. */
  private static Path speak(Path dir, String name, String voice, String wpm, String text)
      throws IOException, InterruptedException {
    Path script = dir.resolve(name + ".txt");
    Files.writeString(script, String.join(".\n", text.strip().split("\n")) + ".\n");
    Path wav = dir.resolve(name + ".wav");
    List<String> command =
        List.of(
            "espeak-ng",
            "-v",
            voice,
            "-s",
            wpm,
            "-g",
            "8",
            "-w",
            wav.toString(),
            "-f",
            script.toString());
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw HindsightException.badInput(
          "espeak-ng is needed for the other voices: apt-get install espeak-ng (or --no-variants)");
    }
    p.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
    if (p.waitFor() != 0) {
      throw HindsightException.badInput("espeak-ng could not speak with the voice " + voice);
    }
    return wav;
  }
}
