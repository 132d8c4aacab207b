package io.hindsight.bench;

import io.hindsight.Hindsight;
import io.hindsight.bench.SyntheticConversation.Acoustics;
import io.hindsight.bench.SyntheticConversation.Conversation;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.transcribe.Diarization;
import io.hindsight.transcribe.SpeakerModelFolder;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.WordErrorRate;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Diarizes two-person conversations it makes itself (see {@link SyntheticConversation}), each with
 * another pair of voices and another room, and scores the labels against the truth. Every
 * conversation is also transcribed without diarization, so the cost is measured on the same audio
 * with the same warm recognizers.
 */
public final class DiarizeBenchmark {

  /** The rooms the conversations are held in, in turn. */
  static final List<Acoustics> ROOMS =
      List.of(
          Acoustics.CLEAN,
          new Acoustics(20, false),
          new Acoustics(Double.POSITIVE_INFINITY, true),
          new Acoustics(15, true));

  private final Hindsight app;

  public DiarizeBenchmark(Hindsight app) {
    this.app = app;
  }

  public void run(
      Path dir,
      int conversations,
      double minutes,
      long seed,
      Diarization request,
      Path speakerModel,
      PrintWriter out)
      throws IOException, InterruptedException {
    Path spk = SpeakerModelFolder.resolve(speakerModel);
    List<Conversation> made = new ArrayList<>();
    for (int i = 0; i < conversations; i++) {
      made.add(
          SyntheticConversation.make(
              dir,
              "conversation-" + (i + 1),
              SyntheticConversation.PAIRS.get(i % SyntheticConversation.PAIRS.size()),
              ROOMS.get(i % ROOMS.size()),
              minutes * 60,
              seed + i));
    }
    out.printf(
        Locale.ROOT, "conversations:   %d of %.1f min, seed %d%n", conversations, minutes, seed);
    out.flush();
    // Untimed: loads the models and warms the recognizers of each timed pass.
    transcribe(made.get(0), null);
    app.speech().useSpeakerModel(spk);
    transcribe(made.get(0), request);
    // Each conversation is transcribed plain, then diarized, so that a swing in the machine's load
    // falls on both alike; CPU time is counted around each pass alone.
    double plainSeconds = 0;
    double diarizedSeconds = 0;
    long plainCpu = 0;
    long diarizedCpu = 0;
    double[] plainErrors = new double[2];
    double[] diarizedErrors = new double[2];
    SpeakerScore total = new SpeakerScore(0, 0, 0, 0);
    int countRight = 0;
    for (int i = 0; i < made.size(); i++) {
      Conversation c = made.get(i);
      long cpu = processCpuNanos();
      long start = System.nanoTime();
      addErrors(plainErrors, c, transcribe(c, null));
      plainSeconds += (System.nanoTime() - start) / 1e9;
      plainCpu += processCpuNanos() - cpu;
      cpu = processCpuNanos();
      start = System.nanoTime();
      Transcript t = transcribe(c, request);
      diarizedSeconds += (System.nanoTime() - start) / 1e9;
      diarizedCpu += processCpuNanos() - cpu;
      addErrors(diarizedErrors, c, t);
      SpeakerScore score = SpeakerScore.of(t.words(), t.segments(), c.turns(), 2, c.seconds());
      long found = t.words().stream().map(w -> w.speaker()).distinct().count();
      countRight += found == 2 ? 1 : 0;
      total = total.plus(score);
      out.printf(
          Locale.ROOT,
          "%d. %-58s %5.1f s, %4d words, %d speakers found: word accuracy %5.1f %%, DER %5.1f %%%n",
          i + 1,
          c.describe(),
          c.seconds(),
          score.words(),
          found,
          100 * score.wordAccuracy(),
          100 * score.errorRate());
      out.flush();
    }
    out.printf(
        Locale.ROOT, "word accuracy:   %.1f %% (target ≥ 95 %%)%n", 100 * total.wordAccuracy());
    out.printf(
        Locale.ROOT,
        "DER:             %.1f %% (collar %.2f s, overlaps scored)%n",
        100 * total.errorRate(),
        SpeakerScore.COLLAR);
    out.printf(Locale.ROOT, "speaker count:   right in %d of %d%n", countRight, made.size());
    out.printf(
        Locale.ROOT,
        "wall time:       %.1f s plain, %.1f s diarized: %+.1f %% (target ≤ +15 %%)%n",
        plainSeconds,
        diarizedSeconds,
        100 * (diarizedSeconds / plainSeconds - 1));
    // CPU time counts the work whatever else runs on the machine, though contention inflates it
    // too.
    out.printf(
        Locale.ROOT,
        "CPU time:        %.1f s plain, %.1f s diarized: %+.1f %%%n",
        plainCpu / 1e9,
        diarizedCpu / 1e9,
        100 * ((double) diarizedCpu / plainCpu - 1));
    // The diarizing recognizer ends utterances sooner, which may cost words: this says how many.
    out.printf(
        Locale.ROOT,
        "word error rate: %.1f %% plain, %.1f %% diarized (synthetic voices)%n",
        100 * plainErrors[0] / plainErrors[1],
        100 * diarizedErrors[0] / diarizedErrors[1]);
    out.flush();
  }

  /** Adds a transcript's word errors and the reference's words, to pool them over conversations. */
  private static void addErrors(double[] errors, Conversation c, Transcript t) {
    List<String> reference = new ArrayList<>();
    c.turns().stream()
        .sorted(java.util.Comparator.comparingDouble(SyntheticConversation.Turn::start))
        .forEach(turn -> reference.addAll(WordErrorRate.words(turn.text())));
    List<String> heard = t.words().stream().map(w -> w.word()).toList();
    errors[0] += WordErrorRate.of(reference, heard) * reference.size();
    errors[1] += reference.size();
  }

  /** This process's CPU time over all threads, so the lanes' work counts. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  private Transcript transcribe(Conversation c, Diarization diarization) {
    TrackPlanner.Plan plan =
        new TrackPlanner(app.media()).plan(List.of(c.audio()), List.of(), false, diarization);
    return app.transcriber().transcribe(plan, new ProgressTracker(ProgressListener.NONE));
  }
}
