package io.hindsight.bench;

import io.hindsight.bench.SyntheticConversation.Turn;
import io.hindsight.transcribe.Segment;
import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * How well speaker labels match the truth, under the mapping of labels to people that fits best
 * (one label per person; a label left over is wrong wherever it is used).
 *
 * @param words words scored
 * @param rightWords words whose label maps to one of the people speaking at that moment
 * @param speechSeconds reference speech scored for the error rate (outside the collars)
 * @param errorSeconds missed, falsely detected and confused speech
 */
public record SpeakerScore(int words, int rightWords, double speechSeconds, double errorSeconds) {

  /** NIST's forgiveness around each true boundary, where the truth itself is uncertain. */
  static final double COLLAR = 0.25;

  private static final double FRAME = 0.01;

  public double wordAccuracy() {
    return words == 0 ? 0 : rightWords / (double) words;
  }

  public double errorRate() {
    return speechSeconds == 0 ? 0 : errorSeconds / speechSeconds;
  }

  public SpeakerScore plus(SpeakerScore o) {
    return new SpeakerScore(
        words + o.words,
        rightWords + o.rightWords,
        speechSeconds + o.speechSeconds,
        errorSeconds + o.errorSeconds);
  }

  public static SpeakerScore of(
      List<Word> words, List<Segment> segments, List<Turn> truth, int people, double seconds) {
    List<String> labels = new ArrayList<>();
    words.forEach(
        w -> {
          if (!labels.contains(w.speaker())) labels.add(w.speaker());
        });
    int[] best = null;
    int bestRight = -1;
    for (int[] mapping : mappings(labels.size(), people)) {
      int right = rightWords(words, truth, labels, mapping);
      if (right > bestRight) {
        bestRight = right;
        best = mapping;
      }
    }
    double[] der = errorRate(segments, truth, labels, best, seconds);
    return new SpeakerScore(words.size(), Math.max(0, bestRight), der[0], der[1]);
  }

  /** Every way to give each label a different person (or none, -1), people ≤ labels or not. */
  private static List<int[]> mappings(int labels, int people) {
    List<int[]> all = new ArrayList<>();
    extend(new int[labels], 0, people, new boolean[people], all);
    return all;
  }

  private static void extend(int[] m, int i, int people, boolean[] used, List<int[]> all) {
    if (i == m.length) {
      all.add(m.clone());
      return;
    }
    for (int p = -1; p < people; p++) {
      if (p >= 0 && used[p]) {
        continue;
      }
      m[i] = p;
      if (p >= 0) used[p] = true;
      extend(m, i + 1, people, used, all);
      if (p >= 0) used[p] = false;
    }
  }

  private static int rightWords(
      List<Word> words, List<Turn> truth, List<String> labels, int[] mapping) {
    int right = 0;
    for (Word w : words) {
      int person = mapping[labels.indexOf(w.speaker())];
      if (person >= 0 && speakersAt((w.start() + w.end()) / 2, truth).contains(person)) {
        right++;
      }
    }
    return right;
  }

  /** Who speaks at {@code t}; between turns, the speaker of the nearest one. */
  static Set<Integer> speakersAt(double t, List<Turn> truth) {
    Set<Integer> who = new HashSet<>();
    Turn nearest = null;
    double distance = Double.MAX_VALUE;
    for (Turn turn : truth) {
      if (t >= turn.start() && t <= turn.end()) {
        who.add(turn.speaker());
      }
      double d = Math.max(turn.start() - t, t - turn.end());
      if (d < distance) {
        distance = d;
        nearest = turn;
      }
    }
    if (who.isEmpty() && nearest != null) {
      who.add(nearest.speaker());
    }
    return who;
  }

  /** {scored speech, errors} in seconds, frame by frame, outside the collars. */
  private static double[] errorRate(
      List<Segment> segments,
      List<Turn> truth,
      List<String> labels,
      int[] mapping,
      double seconds) {
    int frames = (int) Math.ceil(seconds / FRAME);
    double speech = 0;
    double errors = 0;
    for (int f = 0; f < frames; f++) {
      double t = (f + 0.5) * FRAME;
      boolean nearBoundary = false;
      Set<Integer> ref = new HashSet<>();
      for (Turn turn : truth) {
        if (Math.abs(t - turn.start()) < COLLAR || Math.abs(t - turn.end()) < COLLAR) {
          nearBoundary = true;
        }
        if (t >= turn.start() && t < turn.end()) {
          ref.add(turn.speaker());
        }
      }
      if (nearBoundary) {
        continue;
      }
      Integer hyp = null;
      boolean hypSpeech = false;
      for (Segment s : segments) {
        if (t >= s.start() && t < s.end()) {
          hypSpeech = true;
          int person = mapping == null ? -1 : mapping[labels.indexOf(s.speaker())];
          hyp = person;
          break;
        }
      }
      int nRef = ref.size();
      int nHyp = hypSpeech ? 1 : 0;
      int correct = hypSpeech && ref.contains(hyp) ? 1 : 0;
      speech += nRef * FRAME;
      errors += (Math.max(nRef, nHyp) - correct) * FRAME;
    }
    return new double[] {speech, errors};
  }
}
