package io.hindsight.bench;

import io.hindsight.HindsightException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * A two-person conversation whose truth is known, made with espeak-ng and sox: turns of 2 to 30 s
 * (log-uniform, as real turns are mostly short), short backchannels, overlaps of up to 0.5 s, each
 * voice at its own speed varying from turn to turn, then optionally room echo and background noise.
 * Deterministic for a given seed.
 */
public final class SyntheticConversation {

  /**
   * One espeak-ng voice: a language's voice with a variant, so that two voices differ in timbre
   * (formants, breathiness, synthesis method), not only in pitch. {@code effects} is a sox effect
   * chain applied to each of its turns, which can make two voices from one synthesizer voice.
   */
  public record Voice(String espeak, int pitch, int wordsPerMinute, List<String> effects) {
    public Voice(String espeak, int pitch, int wordsPerMinute) {
      this(espeak, pitch, wordsPerMinute, List.of());
    }

    String describe() {
      return effects.isEmpty() ? espeak : espeak + " (sox " + String.join(" ", effects) + ")";
    }
  }

  /** Who spoke when, in seconds from the start. */
  public record Turn(int speaker, double start, double end, String text) {}

  /** How the room and the line sound. */
  public record Acoustics(double noiseSnrDb, boolean echo) {
    public static final Acoustics CLEAN = new Acoustics(Double.POSITIVE_INFINITY, false);

    String describe() {
      String noise =
          Double.isInfinite(noiseSnrDb)
              ? "no noise"
              : String.format(Locale.ROOT, "noise at %.0f dB SNR", noiseSnrDb);
      return noise + (echo ? ", room echo" : ", dry");
    }
  }

  public record Conversation(
      Path audio, Voice[] voices, Acoustics acoustics, List<Turn> turns, double seconds) {
    public String describe() {
      return voices[0].describe() + " / " + voices[1].describe() + ", " + acoustics.describe();
    }
  }

  /**
   * Pairs of voices, mixed and same gender, from different accents and synthesizers. The last two
   * pairs each use one espeak-ng voice twice with about the same pitch, told apart only by sox:
   * sox's {@code pitch} shifts the spectral envelope with the pitch, so a pitch raised by espeak-ng
   * and lowered by sox (or the reverse) is a longer (shorter) vocal tract at a like pitch; then a
   * darker or brighter line (equalizer, band limits), as two microphones or two throats differ.
   */
  public static final List<Voice[]> PAIRS =
      List.of(
          new Voice[] {new Voice("en-us+m3", 50, 160), new Voice("en-gb+f2", 55, 150)},
          new Voice[] {new Voice("en-gb-scotland+m1", 45, 150), new Voice("en-us+f4", 60, 170)},
          new Voice[] {new Voice("en-gb-x-rp+m6", 40, 145), new Voice("en-us+m7", 50, 175)},
          new Voice[] {new Voice("en-029+f3", 55, 155), new Voice("en-gb-x-gbclan+f5", 50, 165)},
          new Voice[] {new Voice("en-us+klatt", 50, 165), new Voice("en-gb-x-rp+f1", 50, 150)},
          new Voice[] {new Voice("en-gb+m2", 45, 170), new Voice("en-us+klatt2", 40, 150)},
          new Voice[] {
            new Voice("en-us+m3", 70, 160, List.of("pitch", "-300", "bass", "+4")),
            new Voice(
                "en-us+m3",
                35,
                165,
                List.of("pitch", "250", "equalizer", "2800", "1.5q", "+5", "highpass", "150"))
          },
          new Voice[] {
            new Voice(
                "en-gb+f2",
                70,
                150,
                List.of("pitch", "-250", "equalizer", "500", "1q", "+6", "lowpass", "3200")),
            new Voice(
                "en-gb+f2",
                45,
                160,
                List.of("pitch", "200", "highpass", "250", "overdrive", "6", "treble", "+3"))
          });

  private static final String[] BACKCHANNELS = {
    "yeah", "right", "okay", "sure", "i see", "exactly", "yes", "oh really"
  };

  private static final int RATE = 16000;

  private SyntheticConversation() {}

  public static Conversation make(
      Path dir, String name, Voice[] voices, Acoustics acoustics, double seconds, long seed)
      throws IOException, InterruptedException {
    Random random = new Random(seed);
    SyntheticSpeech speech = new SyntheticSpeech(245, seed);
    List<short[]> clips = new ArrayList<>();
    List<Turn> turns = new ArrayList<>();
    double t = 0.5;
    int speaker = 0;
    int n = 0;
    while (t < seconds) {
      boolean backchannel = n > 0 && random.nextDouble() < 0.2;
      Voice voice = voices[speaker];
      int wpm = (int) Math.round(voice.wordsPerMinute() * (0.9 + 0.2 * random.nextDouble()));
      String text;
      if (backchannel) {
        text = BACKCHANNELS[random.nextInt(BACKCHANNELS.length)];
      } else {
        double length = Math.exp(Math.log(2) + random.nextDouble() * Math.log(30 / 2.0));
        int words = Math.max(4, (int) Math.round(length * wpm / 60.0));
        text = speech.sentence(random, words, words);
      }
      short[] clip = speak(dir.resolve(name + "-" + n), voice, wpm, text);
      double start = t;
      double end = start + clip.length / (double) RATE;
      clips.add(clip);
      turns.add(new Turn(speaker, start, end, text));
      // A quarter of the changes overlap the end of the turn before, by up to 0.5 s.
      double gap =
          random.nextDouble() < 0.25 ? -0.5 * random.nextDouble() : 0.2 + random.nextDouble();
      t = end + gap;
      speaker = 1 - speaker;
      n++;
    }
    double total = turns.get(turns.size() - 1).end() + 1.0;
    float[] mix = new float[(int) (total * RATE)];
    for (int i = 0; i < clips.size(); i++) {
      int offset = (int) Math.round(turns.get(i).start() * RATE);
      short[] clip = clips.get(i);
      for (int s = 0; s < clip.length && offset + s < mix.length; s++) {
        mix[offset + s] += clip[s];
      }
    }
    Path dry = dir.resolve(name + "-dry.wav");
    Wav16.write(dry, mix);
    Path audio = dir.resolve(name + ".wav");
    if (acoustics.echo()) {
      // A medium room: half reverberance, some damping of highs, 70 % room scale.
      run(
          List.of(
              "sox",
              "-D",
              "-R",
              "-q",
              dry.toString(),
              audio.toString(),
              "reverb",
              "50",
              "50",
              "70"));
      mix = Wav16.read(audio);
    }
    if (!Double.isInfinite(acoustics.noiseSnrDb())) {
      addNoise(mix, acoustics.noiseSnrDb(), new Random(seed ^ 0x401e));
    }
    Wav16.write(audio, mix);
    Files.deleteIfExists(dry);
    StringBuilder truth = new StringBuilder();
    for (Turn turn : turns) {
      truth.append(
          String.format(
              Locale.ROOT,
              "%d\t%.3f\t%.3f\t%s%n",
              turn.speaker(),
              turn.start(),
              turn.end(),
              turn.text()));
    }
    Files.writeString(dir.resolve(name + ".turns.tsv"), truth);
    return new Conversation(audio, voices, acoustics, List.copyOf(turns), total);
  }

  private static short[] speak(Path base, Voice voice, int wpm, String text)
      throws IOException, InterruptedException {
    Path wav = base.resolveSibling(base.getFileName() + ".wav");
    Path raw = base.resolveSibling(base.getFileName() + ".raw");
    run(
        List.of(
            "espeak-ng",
            "-v",
            voice.espeak(),
            "-s",
            String.valueOf(wpm),
            "-p",
            String.valueOf(voice.pitch()),
            "-w",
            wav.toString(),
            text));
    List<String> command = new ArrayList<>();
    command.addAll(
        List.of(
            "sox",
            "-D",
            "-R",
            "-q",
            wav.toString(),
            "-r",
            String.valueOf(RATE),
            "-c",
            "1",
            "-b",
            "16",
            "-e",
            "signed-integer",
            "-t",
            "raw",
            raw.toString()));
    if (!voice.effects().isEmpty()) {
      // Headroom for the chain's boosts; the mix is scaled to its peak later anyway.
      command.addAll(List.of("gain", "-6"));
      command.addAll(voice.effects());
    }
    command.addAll(
        List.of(
            "silence", "1", "0.02", "0.1%", "reverse", "silence", "1", "0.02", "0.1%", "reverse"));
    run(command);
    byte[] bytes = Files.readAllBytes(raw);
    Files.delete(wav);
    Files.delete(raw);
    short[] samples = new short[bytes.length / 2];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(samples);
    return samples;
  }

  /** Gaussian noise, low-passed a little so that it sounds like a room or a line, not a hiss. */
  private static void addNoise(float[] mix, double snrDb, Random random) {
    double power = 0;
    int speech = 0;
    for (float s : mix) {
      if (Math.abs(s) > 300) {
        power += s * s;
        speech++;
      }
    }
    double sigma = Math.sqrt(power / Math.max(1, speech) / Math.pow(10, snrDb / 10));
    double smooth = 0;
    for (int i = 0; i < mix.length; i++) {
      smooth = 0.6 * smooth + 0.4 * random.nextGaussian();
      // 0.4 / sqrt(1 - 0.36) rescales the filtered noise back to unit variance.
      mix[i] += (float) (sigma * smooth / 0.5);
    }
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p;
    try {
      p = new ProcessBuilder(command).redirectErrorStream(true).start();
    } catch (IOException e) {
      throw HindsightException.badInput(
          command.get(0) + " is needed to make the conversations: apt-get install espeak-ng sox");
    }
    try (InputStream out = p.getInputStream()) {
      String said = new String(out.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      if (p.waitFor() != 0) {
        throw HindsightException.badInput(command.get(0) + " failed: " + said.strip());
      }
    }
  }
}
