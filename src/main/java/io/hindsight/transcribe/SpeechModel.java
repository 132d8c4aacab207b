package io.hindsight.transcribe;

/**
 * The seam to the speech recognizer. One model is shared; each thread asks it for its own
 * recognizer. Production uses {@link VoskSpeechModel}; unit tests use a fake.
 */
public interface SpeechModel extends AutoCloseable {

  SpeechRecognizer newRecognizer();

  /**
   * Makes every recognizer also describe each utterance's voice from now on ({@link
   * SpeechRecognizer#hear}), at about 10-15% more CPU. Loading the same folder again does nothing.
   */
  default void useSpeakerModel(java.nio.file.Path folder) {}

  @Override
  void close();
}
