package io.hindsight.transcribe;

/**
 * What one utterance sounded like: the speaker model's x-vector over its frames. Kept compact (128
 * floats) so that a two-hour recording's few thousand utterances fit in a small heap.
 *
 * @param start seconds from the start of the recording (of its first word)
 * @param end seconds from the start of the recording (of its last word)
 * @param frames how many 10 ms frames the vector was computed from: its reliability
 */
public record SpeakerVector(double start, double end, int frames, float[] vector) {

  public SpeakerVector shiftedBy(double seconds) {
    return new SpeakerVector(start + seconds, end + seconds, frames, vector);
  }

  public double seconds() {
    return end - start;
  }
}
