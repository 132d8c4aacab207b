package io.hindsight.transcribe;

/**
 * The seam to the speech recognizer. One model is shared; each thread asks it for its own
 * recognizer. Production uses {@link VoskSpeechModel}; unit tests use a fake.
 */
public interface SpeechModel extends AutoCloseable {

  SpeechRecognizer newRecognizer();

  @Override
  void close();
}
