package io.hindsight.transcribe;

import io.hindsight.job.Progress.Stage;
import io.hindsight.job.ProgressTracker;
import io.hindsight.media.AudioTrack;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.DoubleAdder;

/**
 * The recognition of one file while it is still arriving: its decoded audio is cut at pauses and
 * every complete chunk goes to the lanes at once, so by the last byte only the last chunks are
 * left. It is cut as a stored file of the same length would be, and heard by lanes of their own, so
 * its words are exactly those a stored file's recognition gives; when that cannot be promised (a
 * short file is cut finer, a decoding failed midway), {@link #heard} declines and the file is
 * transcribed from disk as usual.
 */
public final class StreamedTrack implements AutoCloseable {

  private static final long PROGRESS_MILLIS = 250;

  private final SilenceChunker chunker = SilenceChunker.standard();
  private final ExecutorService workers;
  private final Lanes lanes;
  private final List<Future<Heard>> pending =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final DoubleAdder recognized = new DoubleAdder();
  private final CompletableFuture<Void> fed = new CompletableFuture<>();
  private final Thread reader;
  private final InputStream pcm;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();
  private volatile Runnable onClose = () -> {};

  StreamedTrack(InputStream pcm, SpeechModel model, int threads) {
    this.pcm = pcm;
    this.workers = Executors.newFixedThreadPool(threads, Transcriber::daemon);
    this.lanes = new Lanes(model, workers);
    this.reader =
        new Thread(
            () -> {
              try (pcm) {
                Transcriber.feed(pcm, chunker, lanes, null, pending, recognized::add);
                fed.complete(null);
              } catch (IOException | RuntimeException e) {
                fed.completeExceptionally(e);
              }
            },
            "streamed-decode");
    reader.setDaemon(true);
    reader.start();
  }

  /** Seconds of audio recognized so far, silence dropped between chunks included. */
  public double secondsHeard() {
    return recognized.sum() + chunker.skippedSeconds();
  }

  /** Seconds of audio decoded so far. */
  public double secondsDecoded() {
    return chunker.decodedSeconds();
  }

  /**
   * Waits for the rest of the stream and gives its words, if they can stand for {@code track}: the
   * first audio stream, downmixed, unlabelled, and long enough to be cut as this was.
   *
   * @return empty when the track must be transcribed from its file instead
   */
  Optional<Heard> heard(Track track, ProgressTracker progress) {
    if (track.speaker() != null
        || !track.audio().equals(AudioTrack.mixOf(0))
        || !SilenceChunker.forTrack(track.durationSeconds(), Transcriber.LANES).cutsLike(chunker)) {
      close(); // its cores go to the transcription from the file
      return Optional.empty();
    }
    double total = track.durationSeconds();
    try {
      while (true) {
        progress.update(Stage.TRANSCRIBE, Transcriber.fraction(secondsHeard(), total));
        try {
          fed.get(PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
          break;
        } catch (TimeoutException e) {
          // still decoding: report and wait on
        }
      }
      List<Future<Heard>> chunks;
      synchronized (pending) {
        chunks = List.copyOf(pending);
      }
      for (Future<Heard> chunk : chunks) {
        while (true) {
          try {
            chunk.get(PROGRESS_MILLIS, TimeUnit.MILLISECONDS);
            break;
          } catch (TimeoutException e) {
            progress.update(Stage.TRANSCRIBE, Transcriber.fraction(secondsHeard(), total));
          }
        }
      }
      Heard heard = Transcriber.collect(chunks);
      Transcriber.requireWhole(track, chunker.decodedSeconds());
      return Optional.of(heard);
    } catch (ExecutionException e) {
      // The stream could not be decoded to its end: the stored file decides what is wrong.
      close();
      return Optional.empty();
    } catch (InterruptedException e) {
      throw Transcriber.interrupted(e);
    }
  }

  /** Runs {@code action} once this is closed. */
  public void whenClosed(Runnable action) {
    onClose = action;
  }

  /** Stops decoding and recognizing, and frees the recognizers. */
  @Override
  public void close() {
    if (closed.getAndSet(true)) {
      return;
    }
    reader.interrupt();
    try {
      pcm.close(); // stops the decoder, if it still runs
    } catch (IOException e) {
      // it was failing anyway
    }
    pending.forEach(f -> f.cancel(true));
    try {
      lanes.close();
    } finally {
      onClose.run();
    }
  }
}
