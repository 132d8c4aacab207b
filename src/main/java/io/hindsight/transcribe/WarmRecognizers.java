package io.hindsight.transcribe;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Recognizers kept from one transcription to the next. A new Vosk recognizer expands its decoding
 * graph as it goes, so its first minute of audio runs two to three times slower than later ones;
 * the server keeps its recognizers, and a clip uploaded after the first recording is transcribed at
 * the warm speed. Only the graph cache is kept: a recognizer forgets the audio and words of each
 * stream once it is done (see {@link SpeechRecognizer#recognize}), so nothing of one recording, or
 * one pair, reaches the next.
 */
public final class WarmRecognizers implements SpeechModel {

  private final SpeechModel model;
  private final int maxIdle;
  private final Deque<SpeechRecognizer> idle = new ArrayDeque<>();
  private boolean closed;

  /**
   * @param model the shared model, which stays open when this closes
   * @param maxIdle recognizers kept for the next transcription; more are closed when returned
   */
  public WarmRecognizers(SpeechModel model, int maxIdle) {
    this.model = model;
    this.maxIdle = maxIdle;
  }

  /** A kept recognizer if one is free, else a new one; closing it hands it back. */
  @Override
  public SpeechRecognizer newRecognizer() {
    SpeechRecognizer kept;
    synchronized (this) {
      kept = idle.pollFirst();
    }
    return new Lent(kept != null ? kept : model.newRecognizer());
  }

  @Override
  public void useSpeakerModel(java.nio.file.Path folder) {
    model.useSpeakerModel(folder);
  }

  /** Recognizers waiting for the next transcription. */
  synchronized int idleCount() {
    return idle.size();
  }

  private void handBack(SpeechRecognizer recognizer, boolean healthy) {
    synchronized (this) {
      if (healthy && !closed && idle.size() < maxIdle) {
        idle.push(recognizer);
        return;
      }
    }
    recognizer.close();
  }

  @Override
  public void close() {
    List<SpeechRecognizer> toClose;
    synchronized (this) {
      closed = true;
      toClose = List.copyOf(idle);
      idle.clear();
    }
    toClose.forEach(SpeechRecognizer::close);
  }

  /** A recognizer on loan; one that failed is not lent again. */
  private final class Lent implements SpeechRecognizer {
    private final SpeechRecognizer recognizer;
    private boolean healthy = true;
    private boolean returned;

    Lent(SpeechRecognizer recognizer) {
      this.recognizer = recognizer;
    }

    @Override
    public List<Word> recognize(InputStream pcm, long firstSample) throws IOException {
      try {
        return recognizer.recognize(pcm, firstSample);
      } catch (IOException | RuntimeException | Error e) {
        healthy = false;
        throw e;
      }
    }

    @Override
    public Heard hear(InputStream pcm, long firstSample) throws IOException {
      try {
        return recognizer.hear(pcm, firstSample);
      } catch (IOException | RuntimeException | Error e) {
        healthy = false;
        throw e;
      }
    }

    @Override
    public void close() {
      if (!returned) {
        returned = true;
        handBack(recognizer, healthy);
      }
    }
  }
}
