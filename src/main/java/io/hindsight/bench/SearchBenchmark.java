package io.hindsight.bench;

import io.hindsight.search.IndexedRecording;
import io.hindsight.search.SearchRequest;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.search.TranscriptSearcher;
import io.hindsight.transcribe.Segment;
import io.hindsight.transcribe.Transcript;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Builds a synthetic index of N hours of transcript-like speech and times a fixed mix of queries
 * against it, through the same indexer and searcher the app uses.
 */
public final class SearchBenchmark {

  /** Speech runs at about 150 words a minute. */
  private static final int WORDS_PER_HOUR = 150 * 60;

  private static final double HOURS_PER_RECORDING = 1.0;
  private static final int PAIRS = 200;
  private static final String[] KINDS = {"word", "phrase", "and", "or", "prefix", "fuzzy"};

  /** What one run measured. */
  public record Result(
      double hours,
      long segments,
      double buildSeconds,
      long indexBytes,
      double p50Ms,
      double p95Ms,
      double p99Ms,
      long queries) {
    public double hoursPerMinute() {
      return hours / (buildSeconds / 60);
    }
  }

  public Result run(Path dir, double hours, int queryCount, PrintWriter out) throws Exception {
    SyntheticSpeech speech = new SyntheticSpeech(30_000, 42);
    int recordings = Math.max(1, (int) Math.round(hours / HOURS_PER_RECORDING));
    long segments = 0;
    long start = System.nanoTime();
    try (TranscriptIndex index = TranscriptIndex.open(dir, 256)) {
      int threads = Runtime.getRuntime().availableProcessors();
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      List<Future<Long>> parts = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int first = t;
        parts.add(
            pool.submit(
                () -> {
                  long made = 0;
                  for (int i = first; i < recordings; i += threads) {
                    IndexedRecording r = recording(speech, i, hours / recordings);
                    index.add(r);
                    made += r.transcript().segments().size();
                  }
                  return made;
                }));
      }
      for (Future<Long> part : parts) {
        segments += part.get();
      }
      pool.shutdown();
      index.commit();
      double build = (System.nanoTime() - start) / 1e9;
      out.printf(
          Locale.ROOT,
          "built %.0f hours (%d recordings, %d segments, %d pairs) in %.1f s: %.0f hours/minute%n",
          hours,
          recordings,
          segments,
          Math.min(PAIRS, recordings),
          build,
          hours / (build / 60));
      out.flush();

      TranscriptSearcher searcher = new TranscriptSearcher(index);
      List<SearchRequest> mix = queryMix(speech, queryCount, Math.min(PAIRS, recordings));
      for (SearchRequest warm : mix.subList(0, Math.min(200, mix.size()))) {
        searcher.search(warm);
      }
      long[] nanos = new long[mix.size()];
      long[][] byKind = new long[KINDS.length][(mix.size() + KINDS.length - 1) / KINDS.length];
      long hits = 0;
      for (int i = 0; i < mix.size(); i++) {
        long q = System.nanoTime();
        hits += searcher.search(mix.get(i)).hits().size();
        nanos[i] = System.nanoTime() - q;
        byKind[i % KINDS.length][i / KINDS.length] = nanos[i];
      }
      Arrays.sort(nanos);
      Result result =
          new Result(
              hours,
              segments,
              build,
              index.sizeBytes(),
              percentile(nanos, 50),
              percentile(nanos, 95),
              percentile(nanos, 99),
              mix.size());
      out.printf(Locale.ROOT, "index size: %.1f MB%n", result.indexBytes() / 1048576.0);
      out.printf(
          Locale.ROOT,
          "%d queries (%d hits returned): p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
          mix.size(),
          hits,
          result.p50Ms(),
          result.p95Ms(),
          result.p99Ms());
      for (int k = 0; k < KINDS.length; k++) {
        long[] kind = Arrays.copyOf(byKind[k], (mix.size() - k + KINDS.length - 1) / KINDS.length);
        Arrays.sort(kind);
        out.printf(
            Locale.ROOT,
            "  %-7s p50 %.2f ms, p95 %.2f ms%n",
            KINDS[k],
            percentile(kind, 50),
            percentile(kind, 95));
      }
      out.flush();
      return result;
    }
  }

  private static IndexedRecording recording(SyntheticSpeech speech, int number, double hours) {
    Random r = new Random(number * 7919L + 1);
    int words = (int) (hours * WORDS_PER_HOUR);
    List<Segment> segments = new ArrayList<>();
    double t = 0;
    while (words > 0) {
      String text = speech.sentence(r, 4, 24);
      int n = text.split(" ").length;
      double seconds = n * 0.4;
      segments.add(new Segment(t, t + seconds, text, r.nextBoolean() ? "mentor" : "mentee"));
      t += seconds + 0.8;
      words -= n;
    }
    String id = String.format(Locale.ROOT, "r%015d", number);
    String pair = "pair-" + (number % PAIRS);
    return new IndexedRecording(
        id,
        pair,
        "Session " + number,
        LocalDate.of(2024, 1, 1).plusDays(number % 700),
        new Transcript(t, List.of(), segments));
  }

  /** A fixed mix: single words, phrases, AND, OR, prefix and fuzzy, each within one pair. */
  static List<SearchRequest> queryMix(SyntheticSpeech speech, int count, int pairs) {
    Random r = new Random(7);
    List<SearchRequest> mix = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String a = speech.searchableWord(r);
      String b = speech.searchableWord(r);
      String query =
          switch (i % 6) {
            case 0 -> a;
            case 1 -> "\"" + speech.word(r) + " " + speech.word(r) + "\"";
            case 2 -> a + " AND " + b;
            case 3 -> a + " OR " + b;
            case 4 -> a.substring(0, Math.min(4, a.length())) + "*";
            default -> a + "~";
          };
      mix.add(SearchRequest.of(query, "pair-" + r.nextInt(pairs), 10));
    }
    return mix;
  }

  private static double percentile(long[] sortedNanos, int p) {
    int index = (int) Math.ceil(p / 100.0 * sortedNanos.length) - 1;
    return sortedNanos[Math.max(0, index)] / 1e6;
  }
}
