package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import io.hindsight.job.Progress.Stage;
import io.hindsight.job.ProgressTracker;
import io.hindsight.media.MediaTools;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Turns tracks into a transcript: each track is decoded as a PCM stream, cut at pauses, and its
 * chunks recognized on {@code threads} workers, each with its own recognizer over the one shared
 * model. Words are shifted by their chunk's offset and merged in order, so the output does not
 * depend on the number of threads. Memory stays bounded: only a few chunks are in flight at once.
 */
public final class Transcriber {

  private final MediaTools media;
  private final SpeechModel model;
  private final int threads;

  public Transcriber(MediaTools media, SpeechModel model, int threads) {
    if (threads < 1) {
      throw HindsightException.badInput("--threads must be at least 1");
    }
    this.media = media;
    this.model = model;
    this.threads = threads;
  }

  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  public Transcript transcribe(TrackPlanner.Plan plan, ProgressTracker progress) {
    double total = plan.tracks().stream().mapToDouble(Track::durationSeconds).sum();
    progress.update(Stage.EXTRACT, 0);
    ExecutorService workers = Executors.newFixedThreadPool(threads, Transcriber::daemon);
    BlockingQueue<SpeechRecognizer> recognizers = new ArrayBlockingQueue<>(threads);
    try {
      for (int i = 0; i < threads; i++) {
        recognizers.add(model.newRecognizer());
      }
      DoubleAdder done = new DoubleAdder();
      List<Word> words = new ArrayList<>();
      for (Track track : plan.tracks()) {
        words.addAll(transcribeTrack(track, workers, recognizers, done, total, progress));
      }
      words.sort(Comparator.comparingDouble(Word::start));
      return Transcript.of(plan.durationSeconds(), words);
    } finally {
      workers.shutdownNow();
      recognizers.forEach(SpeechRecognizer::close);
    }
  }

  private List<Word> transcribeTrack(
      Track track,
      ExecutorService workers,
      BlockingQueue<SpeechRecognizer> recognizers,
      DoubleAdder done,
      double total,
      ProgressTracker progress) {
    // Two chunks per worker in flight keep every core busy while the decoder runs ahead.
    Semaphore inFlight = new Semaphore(threads * 2);
    SilenceChunker chunker = SilenceChunker.standard();
    List<Future<List<Word>>> pending = new ArrayList<>();
    try (InputStream pcm = media.openPcm(track.file(), track.audio())) {
      chunker.split(
          pcm,
          chunk -> {
            inFlight.acquireUninterruptibly();
            progress.update(Stage.TRANSCRIBE, 0);
            pending.add(
                workers.submit(
                    () -> {
                      try {
                        return recognize(chunk, track.speaker(), recognizers);
                      } finally {
                        done.add(chunk.seconds());
                        progress.update(
                            Stage.TRANSCRIBE,
                            fraction(done.sum() + chunker.skippedSeconds(), total));
                        inFlight.release();
                      }
                    }));
          });
      List<Word> words = new ArrayList<>();
      for (Future<List<Word>> future : pending) {
        words.addAll(future.get());
      }
      requireWhole(track, chunker.decodedSeconds());
      done.add(chunker.skippedSeconds());
      return words;
    } catch (IOException e) {
      throw new HindsightException(
          HindsightException.Kind.NOT_MEDIA, track.file().getFileName() + ": " + e.getMessage(), e);
    } catch (ExecutionException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL,
          "speech recognition failed: " + e.getCause(),
          e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "transcription was interrupted", e);
    } finally {
      pending.forEach(f -> f.cancel(true));
    }
  }

  private static List<Word> recognize(
      AudioChunk chunk, String speaker, BlockingQueue<SpeechRecognizer> recognizers)
      throws IOException, InterruptedException {
    SpeechRecognizer recognizer = recognizers.take();
    try {
      List<Word> words = recognizer.recognize(new ByteArrayInputStream(chunk.pcm()));
      List<Word> placed = new ArrayList<>(words.size());
      for (Word word : words) {
        placed.add(word.shiftedBy(chunk.offsetSeconds()).spokenBy(speaker));
      }
      return placed;
    } finally {
      recognizers.put(recognizer);
    }
  }

  /**
   * A file whose header promises more audio than can be decoded was cut short in transit; keeping
   * it would silently lose the end of the conversation.
   */
  static void requireWhole(Track track, double decodedSeconds) {
    double expected = track.durationSeconds();
    if (expected > 0 && decodedSeconds < expected * 0.95 - 0.5) {
      throw HindsightException.notMedia(
          String.format(
              java.util.Locale.ROOT,
              "%s looks truncated: it should last %.1f s but only %.1f s of audio could be decoded",
              track.file().getFileName(),
              expected,
              decodedSeconds));
    }
  }

  private static double fraction(double seconds, double total) {
    return total <= 0 ? 0 : Math.min(1, seconds / total);
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "transcribe-worker");
    t.setDaemon(true);
    return t;
  }
}
