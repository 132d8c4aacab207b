package io.hindsight.transcribe;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One recognized word.
 *
 * @param start seconds from the start of the recording
 * @param end seconds from the start of the recording
 * @param conf the recognizer's confidence, 0..1
 * @param speaker who said it, when the recording had one track per person; otherwise null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Word(String word, double start, double end, double conf, String speaker) {

  public Word shiftedBy(double seconds) {
    return new Word(word, start + seconds, end + seconds, conf, speaker);
  }

  public Word spokenBy(String who) {
    return new Word(word, start, end, conf, who);
  }
}
