package io.hindsight.diarize;

import io.hindsight.transcribe.Diarization;
import io.hindsight.transcribe.SpeakerLabeller;
import io.hindsight.transcribe.SpeakerVector;
import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Tells the voices of one mixed track apart from the speaker vector of each utterance: clusters
 * them (average linkage on cosine), settles how many people there are, refines each voice's centre,
 * smooths the labels over time, then gives every word the label of its utterance.
 */
public final class Diarizer implements SpeakerLabeller {

  /**
   * Utterances clustered directly: the similarity matrix of this many is 36 MB. A longer recording
   * clusters its longest utterances and places the rest by their nearest voice.
   */
  static final int MAX_CLUSTERED = 3000;

  /** Rounds of moving each utterance to its nearest voice centre; it settles in a few. */
  private static final int REFINE_ROUNDS = 10;

  @Override
  public List<Word> label(List<Word> words, List<SpeakerVector> voices, Diarization request) {
    List<SpeakerVector> ordered = new ArrayList<>(voices);
    ordered.sort(Comparator.comparingDouble(SpeakerVector::start));
    int[] voiceOf = voicesOf(ordered, request);
    List<Word> inOrder = new ArrayList<>(words);
    inOrder.sort(Comparator.comparingDouble(Word::start));
    Map<Integer, String> names = new HashMap<>();
    List<Word> labelled = new ArrayList<>(inOrder.size());
    int piece = 0;
    for (Word word : inOrder) {
      double middle = (word.start() + word.end()) / 2;
      while (piece + 1 < ordered.size() && ordered.get(piece + 1).start() <= middle) {
        piece++;
      }
      int voice = ordered.isEmpty() ? 0 : voiceOf[nearer(ordered, piece, middle)];
      String name = names.computeIfAbsent(voice, v -> request.label(names.size()));
      labelled.add(word.spokenBy(name));
    }
    return labelled;
  }

  /** The piece at {@code i} or the one after it, whichever lies closer to {@code t}. */
  private static int nearer(List<SpeakerVector> pieces, int i, double t) {
    if (i + 1 >= pieces.size() || t <= pieces.get(i).end()) {
      return i;
    }
    double afterEnd = t - pieces.get(i).end();
    double beforeStart = pieces.get(i + 1).start() - t;
    return beforeStart < afterEnd ? i + 1 : i;
  }

  /** Each utterance's voice, 0..k-1, for utterances in time order. */
  static int[] voicesOf(List<SpeakerVector> pieces, Diarization request) {
    int n = pieces.size();
    if (n == 0) {
      return new int[0];
    }
    float[][] units = new float[n][];
    double[] seconds = new double[n];
    for (int i = 0; i < n; i++) {
      units[i] = Vectors.unit(pieces.get(i).vector());
      // A one-word utterance still says something about its voice.
      seconds[i] = Math.max(0.1, pieces.get(i).seconds());
    }
    int[] sample = longest(seconds, MAX_CLUSTERED);
    float[][] sampleUnits = new float[sample.length][];
    double[] sampleSeconds = new double[sample.length];
    for (int i = 0; i < sample.length; i++) {
      sampleUnits[i] = units[sample[i]];
      sampleSeconds[i] = seconds[sample[i]];
    }
    Dendrogram tree = Dendrogram.of(sampleUnits, sampleSeconds);
    int k =
        request.speakers() != null
            ? Math.min(request.speakers(), sample.length)
            : request.expected() != null
                ? SpeakerCount.estimate(tree, request.expected())
                : SpeakerCount.estimate(tree);
    if (k > 1) {
      // What every utterance shares (the room, the line, the recognizer's view of speech in
      // general) is taken out, so that what tells the voices apart dominates the cosine.
      units = Vectors.centred(units, seconds);
      for (int i = 0; i < sample.length; i++) {
        sampleUnits[i] = units[sample[i]];
      }
    }
    float[][] start = Vectors.centroids(sampleUnits, sampleSeconds, tree.cut(k), k);
    int[] labels =
        Vectors.refine(
            units, seconds, Vectors.nearest(Vectors.similarities(units, start)), k, REFINE_ROUNDS);
    float[][] centres = Vectors.centroids(units, seconds, labels, k);
    return Resegmenter.smooth(Vectors.similarities(units, centres), seconds);
  }

  /** The indexes, in time order, of at most {@code limit} of the longest utterances. */
  private static int[] longest(double[] seconds, int limit) {
    Integer[] byLength = new Integer[seconds.length];
    for (int i = 0; i < seconds.length; i++) {
      byLength[i] = i;
    }
    Arrays.sort(byLength, Comparator.comparingDouble((Integer i) -> -seconds[i]));
    return Arrays.stream(byLength).limit(limit).mapToInt(Integer::intValue).sorted().toArray();
  }
}
