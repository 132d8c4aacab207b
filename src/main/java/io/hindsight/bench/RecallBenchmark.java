package io.hindsight.bench;

import io.hindsight.Hindsight;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.search.IndexedRecording;
import io.hindsight.search.SearchHit;
import io.hindsight.search.SearchRequest;
import io.hindsight.search.SearchResult;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.search.TranscriptSearcher;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.Transcript;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How many of the words really said a one-word search finds, and how many words never said it
 * "finds" anyway, on recordings whose text is known (see {@link RecallInputs}). Each recording is
 * transcribed by the pipeline, indexed alone under a pair of its own, and searched word by word;
 * each figure is given for the best transcript alone, with the recognizer's alternatives, and with
 * words that sound the same.
 */
public final class RecallBenchmark {

  /** Content words: 4 letters or more, and not one of these common words. */
  static final Set<String> STOP =
      Set.of(
          "that", "this", "with", "have", "from", "they", "them", "then", "than", "there", "their",
          "these", "those", "what", "when", "where", "which", "while", "will", "would", "could",
          "should", "your", "yours", "about", "just", "also", "like", "been", "were", "into",
          "some", "such", "only", "very", "much", "more", "most", "many", "here", "each", "does",
          "doing", "done", "because", "being", "over", "after", "before", "other", "again", "want",
          "know", "think", "make", "said", "says", "well", "yeah", "okay", "really");

  /** Counts at the three reaches: the best transcript, + alternatives, + sound. */
  private record Counts(int words, int[] found, List<String> missed) {
    Counts(int words, int[] found) {
      this(words, found, List.of());
    }

    double share(int reach) {
      return words == 0 ? 0 : found[reach] / (double) words;
    }
  }

  private final Hindsight app;

  public RecallBenchmark(Hindsight app) {
    this.app = app;
  }

  /**
   * @param reuse where transcripts are kept between runs (see {@link TranscriptCache}); null to
   *     transcribe every time
   */
  public void run(
      Path sample, String reference, boolean variants, Path dir, Path reuse, PrintWriter out)
      throws IOException, InterruptedException {
    String other = otherText();
    TranscriptCache cache =
        reuse == null
            ? null
            : new TranscriptCache(
                reuse,
                io.hindsight.transcribe.ModelFolder.resolve(app.config().model()),
                "threads " + app.config().threads());
    int reused = 0;
    List<RecallInputs.Input> inputs =
        RecallInputs.make(app.media(), dir, sample, reference, other, variants);
    int[] said = new int[4];
    int[] unsaid = new int[4];
    double audio = 0;
    double busy = 0;
    out.printf(
        Locale.ROOT,
        "%-44s %8s  %-22s  %-22s%n",
        "recording",
        "RTF",
        "recall exact/+alt/+sound",
        "false hits exact/+alt/+sound");
    try (TranscriptIndex index = TranscriptIndex.open(dir.resolve("index"))) {
      TranscriptSearcher searcher = new TranscriptSearcher(index);
      for (int i = 0; i < inputs.size(); i++) {
        RecallInputs.Input input = inputs.get(i);
        TrackPlanner.Plan plan =
            new TrackPlanner(app.media()).plan(List.of(input.audio()), List.of(), false);
        long start = System.nanoTime();
        Transcript transcript = cache == null ? null : cache.find(input.audio());
        boolean kept = transcript != null;
        if (!kept) {
          transcript =
              new Transcriber(app.media(), app.speech(), app.config().threads())
                  .transcribe(plan, new ProgressTracker(ProgressListener.NONE));
          if (cache != null) {
            cache.keep(input.audio(), transcript);
          }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        if (kept) {
          reused++;
        } else {
          audio += plan.durationSeconds();
          busy += seconds;
        }
        String pair = "recall-" + i;
        index.index(new IndexedRecording("recall" + i, pair, input.name(), null, transcript));
        Set<String> saidWords = contentWords(input.said());
        Set<String> unsaidWords = contentWords(input.unsaid());
        // Search matches by stem: a word whose stem was said ("weeks" after "week") was said.
        Set<String> saidStems = stems(words(input.said()));
        unsaidWords.removeIf(w -> saidStems.containsAll(stems(List.of(w))));
        Counts recall = count(searcher, pair, saidWords);
        Counts wrong = count(searcher, pair, unsaidWords);
        add(said, recall);
        add(unsaid, wrong);
        out.printf(
            Locale.ROOT,
            "%-44s %8s  %-24s  %s%n",
            input.name(),
            kept ? "reused" : String.format(Locale.ROOT, "%.3f", seconds / plan.durationSeconds()),
            shares(recall),
            shares(wrong));
        out.printf("    missed: %s%n", String.join(" ", recall.missed()));
        out.printf(
            "    found though never said: %s%n",
            String.join(" ", falseHits(searcher, pair, unsaidWords)));
        out.flush();
      }
    }
    Counts recall = new Counts(said[3], new int[] {said[0], said[1], said[2]});
    Counts wrong = new Counts(unsaid[3], new int[] {unsaid[0], unsaid[1], unsaid[2]});
    out.printf(
        Locale.ROOT,
        "%-44s %8s  %-24s  %s%n",
        "all (" + said[3] + " said, " + unsaid[3] + " unsaid words)",
        audio == 0 ? "reused" : String.format(Locale.ROOT, "%.3f", busy / audio),
        shares(recall),
        shares(wrong));
    out.printf(
        Locale.ROOT,
        "recall: %.1f %% (target >= 95 %%), false hits: %.1f %% (target <= 5 %%)%n",
        recall.share(2) * 100,
        wrong.share(2) * 100);
    if (reused > 0) {
      out.printf(
          "%d of %d transcripts reused from %s (same audio, model, code and settings)%n",
          reused, inputs.size(), reuse);
    }
    out.flush();
  }

  private static void add(int[] total, Counts counts) {
    for (int r = 0; r < 3; r++) {
      total[r] += counts.found()[r];
    }
    total[3] += counts.words();
  }

  private static String shares(Counts c) {
    return String.format(
        Locale.ROOT, "%5.1f/%5.1f/%5.1f %%", c.share(0) * 100, c.share(1) * 100, c.share(2) * 100);
  }

  /** Searches each word alone in the recording; the top hit's kind is the nearest reach. */
  private static Counts count(TranscriptSearcher searcher, String pair, Set<String> words) {
    int[] found = new int[3];
    List<String> missed = new ArrayList<>();
    for (String word : words) {
      SearchResult result = searcher.search(SearchRequest.of(word, pair, 1));
      if (result.hits().isEmpty()) {
        missed.add(word);
        continue;
      }
      String match = result.hits().get(0).match();
      int reach = SearchHit.EXACT.equals(match) ? 0 : SearchHit.ALTERNATIVE.equals(match) ? 1 : 2;
      for (int r = reach; r < 3; r++) {
        found[r]++;
      }
    }
    return new Counts(words.size(), found, missed);
  }

  private static List<String> falseHits(
      TranscriptSearcher searcher, String pair, Set<String> words) {
    List<String> hits = new ArrayList<>();
    for (String word : words) {
      SearchResult result = searcher.search(SearchRequest.of(word, pair, 1));
      if (!result.hits().isEmpty()) {
        SearchHit hit = result.hits().get(0);
        hits.add(word + "(" + hit.match() + ": " + hit.text() + ")");
      }
    }
    return hits;
  }

  static Set<String> contentWords(String text) {
    Set<String> content = new LinkedHashSet<>();
    for (String word : words(text)) {
      if (word.matches("[a-z]{4,}") && !STOP.contains(word)) {
        content.add(word);
      }
    }
    return content;
  }

  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
      if (!w.isEmpty()) {
        words.add(w);
      }
    }
    return words;
  }

  private static Set<String> stems(List<String> words) {
    Set<String> stems = new java.util.HashSet<>();
    try (var english =
        new org.apache.lucene.analysis.en.EnglishAnalyzer(
            org.apache.lucene.analysis.CharArraySet.EMPTY_SET)) {
      for (String word : words) {
        try (var stream = english.tokenStream("text", word)) {
          var term =
              stream.addAttribute(
                  org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            stems.add(term.toString());
          }
          stream.end();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
      }
    }
    return stems;
  }

  static String otherText() throws IOException {
    try (InputStream in = RecallBenchmark.class.getResourceAsStream("/bench/other-text.txt")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
