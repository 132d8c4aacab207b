package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import io.hindsight.job.Progress.Stage;
import io.hindsight.job.ProgressTracker;
import io.hindsight.media.MediaTools;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * Turns tracks into a transcript: each track is decoded as a PCM stream, cut at pauses, and the
 * chunks recognized in parallel over the one shared model. Words are shifted by their chunk's
 * offset and merged in order. Memory stays bounded: only a few chunks are in flight at once.
 *
 * <p>Chunks are dealt by length to a fixed number of {@link #LANES}, each with its own recognizer
 * that works through its chunks in order, so a recognizer's seconds of warm-up are paid once per
 * lane, not per chunk. A chunk's words depend only on its audio and its place in the track (see
 * {@link SpeechRecognizer#recognize}), so the output is the same for any number of threads, run
 * after run.
 */
public final class Transcriber {

  /** Recognizers working side by side; {@code threads} above this add nothing. */
  public static final int LANES = 2;

  private final MediaTools media;
  private final SpeechModel model;
  private final int threads;
  private final SpeakerLabeller labeller;

  public Transcriber(MediaTools media, SpeechModel model, int threads) {
    this(media, model, threads, SpeakerLabeller.UNAVAILABLE);
  }

  /**
   * @param labeller labels the voices of a mixed track when the plan asks for it
   */
  public Transcriber(MediaTools media, SpeechModel model, int threads, SpeakerLabeller labeller) {
    if (threads < 1) {
      throw HindsightException.badInput("--threads must be at least 1");
    }
    this.media = media;
    this.model = model;
    this.threads = Math.min(threads, LANES);
    this.labeller = labeller;
  }

  /**
   * Starts recognizing the first audio stream of media that is still arriving on {@code source}.
   * Chunks are cut and recognized as the decoder gets to them; closing the result drops them.
   */
  public StreamedTrack startStream(InputStream source) throws IOException {
    return new StreamedTrack(
        media.openPcm(source, io.hindsight.media.AudioTrack.mixOf(0)), model, threads);
  }

  /** Whether {@link #startStream} can work here (real ffmpeg, not a test's fake). */
  public boolean streams() {
    return media.decodesStreams();
  }

  public static int defaultThreads() {
    return Runtime.getRuntime().availableProcessors();
  }

  public Transcript transcribe(TrackPlanner.Plan plan, ProgressTracker progress) {
    return transcribeHeard(plan, progress).transcript();
  }

  /**
   * The transcript and what each utterance sounded like.
   *
   * @param voices one speaker vector per utterance, in time order; empty without a speaker model
   * @param byTrack the vectors of each labelled track (one per person), by its label; empty for a
   *     mixed track
   */
  public record Result(
      Transcript transcript,
      List<SpeakerVector> voices,
      Map<String, List<SpeakerVector>> byTrack) {}

  /** As {@link #transcribe}, keeping the speaker vectors (for voice prints, never for storage). */
  public Result transcribeHeard(TrackPlanner.Plan plan, ProgressTracker progress) {
    return transcribeHeard(plan, progress, null);
  }

  /**
   * As {@link #transcribeHeard(TrackPlanner.Plan, ProgressTracker)}, taking the words of a plan's
   * one track from {@code streamed}, heard while the file arrived, when it can stand for the track.
   *
   * @param streamed null, or the recognition of the plan's one file as it was uploaded
   */
  public Result transcribeHeard(
      TrackPlanner.Plan plan, ProgressTracker progress, StreamedTrack streamed) {
    double total = plan.tracks().stream().mapToDouble(Track::durationSeconds).sum();
    progress.update(Stage.EXTRACT, 0);
    ExecutorService workers = Executors.newFixedThreadPool(threads, Transcriber::daemon);
    Lanes lanes = new Lanes(model, workers);
    try {
      DoubleAdder done = new DoubleAdder();
      List<Word> words = new ArrayList<>();
      List<SpeakerVector> voices = new ArrayList<>();
      Map<String, List<SpeakerVector>> byTrack = new HashMap<>();
      for (Track track : plan.tracks()) {
        Heard heard =
            streamed != null && plan.tracks().size() == 1
                ? streamed.heard(track, progress).orElse(null)
                : null;
        if (heard == null) {
          heard = transcribeTrack(track, lanes, done, total, progress);
        }
        words.addAll(heard.words());
        voices.addAll(heard.voices());
        if (track.speaker() != null) {
          byTrack.computeIfAbsent(track.speaker(), t -> new ArrayList<>()).addAll(heard.voices());
        }
      }
      words.sort(Comparator.comparingDouble(Word::start));
      voices.sort(Comparator.comparingDouble(SpeakerVector::start));
      if (diarizes(plan)) {
        words = labeller.label(words, voices, plan.diarization());
        return new Result(
            new Transcript(plan.durationSeconds(), words, Segmenter.DEFAULT.inTurns(words)),
            voices,
            byTrack);
      }
      return new Result(Transcript.of(plan.durationSeconds(), words), voices, byTrack);
    } finally {
      lanes.close();
    }
  }

  private static boolean diarizes(TrackPlanner.Plan plan) {
    return plan.diarization() != null
        && plan.tracks().size() == 1
        && plan.tracks().get(0).speaker() == null;
  }

  private Heard transcribeTrack(
      Track track, Lanes lanes, DoubleAdder done, double total, ProgressTracker progress) {
    SilenceChunker chunker = SilenceChunker.forTrack(track.durationSeconds(), LANES);
    List<Future<Heard>> pending = new ArrayList<>();
    try (InputStream pcm = media.openPcm(track.file(), track.audio())) {
      progress.update(Stage.TRANSCRIBE, 0);
      feed(
          pcm,
          chunker,
          lanes,
          track.speaker(),
          pending,
          seconds -> {
            done.add(seconds);
            progress.update(
                Stage.TRANSCRIBE, fraction(done.sum() + chunker.skippedSeconds(), total));
          });
      Heard heard = collect(pending);
      requireWhole(track, chunker.decodedSeconds());
      done.add(chunker.skippedSeconds());
      return heard;
    } catch (java.io.InterruptedIOException e) {
      throw interrupted(e);
    } catch (IOException e) {
      throw new io.hindsight.media.UnusableMediaException(
          track.file(), "cannot be read to the end: " + e.getMessage(), e);
    } catch (ExecutionException e) {
      throw recognitionFailed(e);
    } catch (InterruptedException e) {
      throw interrupted(e);
    } finally {
      pending.forEach(f -> f.cancel(true));
    }
  }

  /**
   * Cuts {@code pcm} at pauses and hands each chunk to the lanes as soon as it is cut, adding its
   * future to {@code pending}; {@code heard} learns each chunk's seconds once it is recognized.
   */
  static void feed(
      InputStream pcm,
      SilenceChunker chunker,
      Lanes lanes,
      String speaker,
      List<Future<Heard>> pending,
      java.util.function.DoubleConsumer heard)
      throws IOException {
    // A few chunks per lane in flight keep every core busy while the decoder runs ahead.
    Semaphore inFlight = new Semaphore(LANES * 3);
    chunker.split(
        pcm,
        chunk -> {
          awaitRoom(inFlight);
          pending.add(
              lanes.submit(
                  chunk.seconds(),
                  recognizer -> {
                    try {
                      return recognizer
                          .hear(lanes.untilStopped(chunk.stream()), chunk.firstSample())
                          .shiftedBy(chunk.offsetSeconds(), speaker);
                    } finally {
                      heard.accept(chunk.seconds());
                      inFlight.release();
                    }
                  }));
        });
  }

  /** The chunks' words and voices, in chunk order. */
  static Heard collect(List<Future<Heard>> pending)
      throws ExecutionException, InterruptedException {
    List<Word> words = new ArrayList<>();
    List<SpeakerVector> voices = new ArrayList<>();
    for (Future<Heard> future : pending) {
      Heard heard = future.get();
      words.addAll(heard.words());
      voices.addAll(heard.voices());
    }
    return new Heard(words, voices);
  }

  static HindsightException recognitionFailed(ExecutionException e) {
    Throwable cause =
        e.getCause() instanceof java.util.concurrent.CompletionException c
            ? c.getCause()
            : e.getCause();
    return new HindsightException(
        HindsightException.Kind.INTERNAL, "speech recognition failed: " + cause, cause);
  }

  /** Waits for a free place in flight; an interrupt (shutdown) stops reading the track. */
  private static void awaitRoom(Semaphore inFlight) throws java.io.InterruptedIOException {
    try {
      if (Thread.currentThread().isInterrupted()) {
        throw new InterruptedException();
      }
      inFlight.acquire();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new java.io.InterruptedIOException("transcription was interrupted");
    }
  }

  /** Keeps the thread's interrupt, so the job is left to be resumed rather than failed. */
  static HindsightException interrupted(Exception e) {
    Thread.currentThread().interrupt();
    return new HindsightException(
        HindsightException.Kind.INTERNAL, "transcription was interrupted", e);
  }

  /**
   * A file whose header promises more audio than can be decoded was cut short in transit; keeping
   * it would silently lose the end of the conversation.
   */
  static void requireWhole(Track track, double decodedSeconds) {
    double expected = track.durationSeconds();
    if (expected > 0 && decodedSeconds < expected * 0.95 - 0.5) {
      throw new io.hindsight.media.UnusableMediaException(
          track.file(),
          String.format(
              java.util.Locale.ROOT,
              "looks truncated: it should last %.1f s but only %.1f s of audio could be decoded",
              expected,
              decodedSeconds));
    }
  }

  static double fraction(double seconds, double total) {
    return total <= 0 ? 0 : Math.min(1, seconds / total);
  }

  static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "transcribe-worker");
    t.setDaemon(true);
    return t;
  }
}
