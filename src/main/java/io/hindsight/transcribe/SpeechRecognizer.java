package io.hindsight.transcribe;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Recognizes speech in 16 kHz mono 16-bit PCM. Not thread-safe: one per worker thread. */
public interface SpeechRecognizer extends AutoCloseable {

  /**
   * Recognizes the whole stream and gets ready for the next one. The words depend only on the audio
   * and on where it lies in its track, never on what this recognizer heard before, so a chunk gives
   * the same words on any thread.
   *
   * @param firstSample where {@code pcm} begins in its track, in samples
   * @return words with times in seconds from the start of {@code pcm}
   */
  List<Word> recognize(InputStream pcm, long firstSample) throws IOException;

  /**
   * As {@link #recognize(InputStream, long)}, plus one speaker vector per utterance once the model
   * has a speaker model ({@link SpeechModel#useSpeakerModel}); without one, no vectors.
   */
  default Heard hear(InputStream pcm, long firstSample) throws IOException {
    return new Heard(recognize(pcm, firstSample), List.of());
  }

  /** Recognizes a stream that is a whole track of its own. */
  default List<Word> recognize(InputStream pcm) throws IOException {
    return recognize(pcm, 0);
  }

  @Override
  void close();
}
