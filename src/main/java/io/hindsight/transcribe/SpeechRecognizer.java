package io.hindsight.transcribe;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

/** Recognizes speech in 16 kHz mono 16-bit PCM. Not thread-safe: one per worker thread. */
public interface SpeechRecognizer extends AutoCloseable {

  /**
   * Recognizes the whole stream and gets ready for the next one.
   *
   * @return words with times in seconds from the start of {@code pcm}
   */
  List<Word> recognize(InputStream pcm) throws IOException;

  @Override
  void close();
}
