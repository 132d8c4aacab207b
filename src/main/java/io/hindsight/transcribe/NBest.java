package io.hindsight.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads Vosk's N-best result ({@code "alternatives"}, asked for with {@code setMaxAlternatives})
 * into the best hypothesis's words, each with the words the other hypotheses have at its moment.
 *
 * <p>Each hypothesis comes with its total log score. Their softmax is how much of the recognizer's
 * belief each holds; a word's confidence is the share of hypotheses that agree on it, and an
 * alternative's is the share of those that put it there instead. In N-best mode Vosk gives no
 * per-word confidence of its own, so this is where {@link Word#conf()} comes from.
 */
final class NBest {

  /** Runner-up hypotheses per utterance. More find little more and cost decoding time. */
  static final int HYPOTHESES = 5;

  /** An alternative held by less of the belief than this is noise, not a near miss. */
  static final double MIN_ALTERNATIVE = 0.02;

  private record Heard(String word, double start, double end) {}

  private NBest() {}

  /** The best hypothesis's words, times shifted back by {@code offset} seconds. */
  static List<Word> words(JsonNode alternatives, double offset) {
    List<List<Heard>> hypotheses = new ArrayList<>();
    List<Double> scores = new ArrayList<>();
    for (JsonNode hypothesis : alternatives) {
      List<Heard> words = new ArrayList<>();
      for (JsonNode w : hypothesis.path("result")) {
        words.add(
            new Heard(
                w.path("word").asText(),
                Math.max(0, w.path("start").asDouble() - offset),
                Math.max(0, w.path("end").asDouble() - offset)));
      }
      hypotheses.add(words);
      scores.add(hypothesis.path("confidence").asDouble());
    }
    if (hypotheses.isEmpty()) {
      return List.of();
    }
    double[] belief = softmax(scores);
    List<Heard> best = hypotheses.get(0);
    double[] agree = new double[best.size()];
    List<Map<String, Double>> others = new ArrayList<>();
    for (int i = 0; i < best.size(); i++) {
      others.add(new LinkedHashMap<>());
    }
    for (int k = 0; k < hypotheses.size(); k++) {
      boolean[] agreed = new boolean[best.size()];
      List<Map<String, Boolean>> counted = new ArrayList<>();
      for (int i = 0; i < best.size(); i++) {
        counted.add(new java.util.HashMap<>());
      }
      for (Heard word : hypotheses.get(k)) {
        int at = sameWordAt(best, word);
        if (at >= 0) {
          agreed[at] = true;
          continue;
        }
        int under = mostOverlapped(best, word);
        if (under >= 0 && counted.get(under).putIfAbsent(word.word(), true) == null) {
          others.get(under).merge(word.word(), belief[k], Double::sum);
        }
      }
      for (int i = 0; i < best.size(); i++) {
        if (agreed[i]) {
          agree[i] += belief[k];
        }
      }
    }
    List<Word> words = new ArrayList<>(best.size());
    for (int i = 0; i < best.size(); i++) {
      Heard w = best.get(i);
      List<Alternative> near =
          others.get(i).entrySet().stream()
              .filter(e -> e.getValue() >= MIN_ALTERNATIVE && !e.getKey().equals(w.word()))
              .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
              .map(e -> new Alternative(e.getKey(), round(e.getValue())))
              .toList();
      words.add(new Word(w.word(), w.start(), w.end(), round(agree[i]), null, false, near));
    }
    return words;
  }

  private static int sameWordAt(List<Heard> best, Heard word) {
    for (int i = 0; i < best.size(); i++) {
      Heard b = best.get(i);
      if (b.word().equals(word.word()) && overlap(b, word) > 0) {
        return i;
      }
    }
    return -1;
  }

  private static int mostOverlapped(List<Heard> best, Heard word) {
    int at = -1;
    double most = 0;
    for (int i = 0; i < best.size(); i++) {
      double o = overlap(best.get(i), word);
      if (o > most) {
        most = o;
        at = i;
      }
    }
    return at;
  }

  private static double overlap(Heard a, Heard b) {
    return Math.min(a.end(), b.end()) - Math.max(a.start(), b.start());
  }

  private static double[] softmax(List<Double> scores) {
    double top = scores.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    double[] p = new double[scores.size()];
    double sum = 0;
    for (int i = 0; i < p.length; i++) {
      p[i] = Math.exp(scores.get(i) - top);
      sum += p[i];
    }
    for (int i = 0; i < p.length; i++) {
      p[i] /= sum;
    }
    return p;
  }

  private static double round(double conf) {
    return Math.round(Math.min(1, conf) * 1e6) / 1e6;
  }
}
