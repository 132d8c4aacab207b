package io.hindsight.reflection;

import io.hindsight.HindsightException;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Scores the promise rules on labelled utterances: the set the project ships ({@code
 * bench/follow-ups.tsv}) or anyone's own in the same shape, one per line: {@code 1|0 TAB utterance
 * [TAB due]}. Lines starting with {@code #} are comments.
 */
public final class FollowUpBenchmark {

  /** The set the rules were written with, and a second one written after them, never tuned on. */
  static final List<String> BUILT_IN =
      List.of("/bench/follow-ups.tsv", "/bench/follow-ups-second.tsv");

  record Example(boolean promise, String utterance, String due) {}

  record Score(
      int truePositives,
      int falsePositives,
      int falseNegatives,
      int total,
      int duesRight,
      int duesLabelled) {
    double precision() {
      return truePositives + falsePositives == 0
          ? 1
          : truePositives / (double) (truePositives + falsePositives);
    }

    double recall() {
      return truePositives + falseNegatives == 0
          ? 1
          : truePositives / (double) (truePositives + falseNegatives);
    }
  }

  /** Scores {@code file}, or each built-in set when null, and prints the scores and the misses. */
  public List<Score> run(Path file, PrintWriter out) throws IOException {
    if (file != null) {
      return List.of(score(parse(Files.readString(file)), file.toString(), out));
    }
    List<Score> scores = new ArrayList<>();
    for (String resource : BUILT_IN) {
      scores.add(score(builtIn(resource), "the built-in set " + resource, out));
    }
    return scores;
  }

  private Score score(List<Example> examples, String source, PrintWriter out) {
    int tp = 0, fp = 0, fn = 0, duesRight = 0, duesLabelled = 0;
    List<String> misses = new ArrayList<>();
    for (Example example : examples) {
      var found = CommitmentRule.find(example.utterance());
      if (found.isPresent() && example.promise()) {
        tp++;
        if (example.due() != null) {
          duesLabelled++;
          if (Objects.equals(example.due(), found.get().due())) {
            duesRight++;
          } else {
            misses.add("  due read as " + found.get().due() + ": " + example.utterance());
          }
        }
      } else if (found.isPresent()) {
        fp++;
        misses.add("  false promise: " + example.utterance());
      } else if (example.promise()) {
        fn++;
        misses.add("  missed:        " + example.utterance());
      }
    }
    Score score = new Score(tp, fp, fn, examples.size(), duesRight, duesLabelled);
    out.printf(
        "follow-ups: %d utterances (%d promises) from %s%n", examples.size(), tp + fn, source);
    out.printf(
        "precision %.3f  recall %.3f  (target: each at least 0.85)%n",
        score.precision(), score.recall());
    out.printf("due time read right: %d of %d promises that name one%n", duesRight, duesLabelled);
    misses.forEach(out::println);
    out.flush();
    return score;
  }

  static List<Example> builtIn(String resource) throws IOException {
    try (InputStream in = FollowUpBenchmark.class.getResourceAsStream(resource)) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  static List<Example> parse(String tsv) {
    List<Example> examples = new ArrayList<>();
    int number = 0;
    for (String line : tsv.split("\n")) {
      number++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] fields = line.split("\t", -1);
      if (fields.length < 2 || !(fields[0].equals("0") || fields[0].equals("1"))) {
        throw HindsightException.badInput(
            "line " + number + ": expected 1 or 0, a tab, then the utterance");
      }
      String due = fields.length > 2 && !fields[2].isBlank() ? fields[2].strip() : null;
      examples.add(new Example(fields[0].equals("1"), fields[1].strip(), due));
    }
    if (examples.isEmpty()) {
      throw HindsightException.badInput("no labelled utterances in the file");
    }
    return examples;
  }
}
