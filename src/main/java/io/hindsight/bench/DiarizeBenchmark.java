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
    double plainSeconds = 0;
    long plainCpu = processCpuNanos();
    for (Conversation c : made) {
      long start = System.nanoTime();
      transcribe(c, null);
      plainSeconds += (System.nanoTime() - start) / 1e9;
    }
    plainCpu = processCpuNanos() - plainCpu;
    app.speech().useSpeakerModel(spk);
    transcribe(made.get(0), request);
    double diarizedSeconds = 0;
    long diarizedCpu = processCpuNanos();
    SpeakerScore total = new SpeakerScore(0, 0, 0, 0);
    int countRight = 0;
    for (int i = 0; i < made.size(); i++) {
      Conversation c = made.get(i);
      long start = System.nanoTime();
      Transcript t = transcribe(c, request);
      diarizedSeconds += (System.nanoTime() - start) / 1e9;
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
    diarizedCpu = processCpuNanos() - diarizedCpu;
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
    // CPU time counts the work whatever else runs on the machine; scoring adds a little to it.
    out.printf(
        Locale.ROOT,
        "CPU time:        %.1f s plain, %.1f s diarized: %+.1f %%%n",
        plainCpu / 1e9,
        diarizedCpu / 1e9,
        100 * ((double) diarizedCpu / plainCpu - 1));
    out.flush();
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
