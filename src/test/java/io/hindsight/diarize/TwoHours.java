package io.hindsight.diarize;

import io.hindsight.transcribe.Diarization;
import io.hindsight.transcribe.SpeakerVector;
import io.hindsight.transcribe.Word;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;

/**
 * Diarizes two hours of a two-person conversation (turns of 2 to 30 s, utterances of 0.3 to 3.8 s
 * as the recognizer cuts them, 2.5 words a second, vectors with the cosines of real voices) and
 * prints the word accuracy, the time and the peak heap. {@link TwoHoursIT} runs it in a JVM of
 * {@code -Xmx256m}, the heap a two-hour recording must fit in.
 */
public final class TwoHours {

  public static void main(String[] args) {
    double hours = args.length > 0 ? Double.parseDouble(args[0]) : 2;
    Random random = new Random(7);
    SyntheticVoices voices = new SyntheticVoices(2, 0.4, 11);
    List<SpeakerVector> pieces = new ArrayList<>();
    List<Word> words = new ArrayList<>();
    Map<Double, Integer> truth = new HashMap<>();
    double t = 0;
    int voice = 0;
    while (t < hours * 3600) {
      double turnEnd = t + 2 + random.nextDouble() * 28;
      while (t < turnEnd) {
        double seconds = Math.min(turnEnd - t, 0.3 + random.nextDouble() * 3.5);
        pieces.add(voices.utterance(voice, t, seconds));
        for (double w = t; w + 0.3 <= t + seconds; w += 0.4) {
          words.add(new Word("w", w, w + 0.3, 0.9, null));
          truth.put(w, voice);
        }
        t += seconds + 0.2;
      }
      voice = 1 - voice;
      t += 0.3;
    }
    long start = System.nanoTime();
    List<Word> labelled = new Diarizer().label(words, pieces, new Diarization(2, List.of()));
    double seconds = (System.nanoTime() - start) / 1e9;
    int[][] counts = new int[2][2];
    for (Word w : labelled) {
      counts[truth.get(w.start())][w.speaker().equals("Speaker 1") ? 0 : 1]++;
    }
    int right = Math.max(counts[0][0] + counts[1][1], counts[0][1] + counts[1][0]);
    long heap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        heap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "%.1f h: %d utterances, %d words, accuracy %.4f, diarized in %.1f s, peak heap %d MB, max"
            + " heap %d MB%n",
        hours,
        pieces.size(),
        words.size(),
        right / (double) words.size(),
        seconds,
        heap >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
  }
}
