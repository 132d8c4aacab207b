package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import java.util.List;

/** Gives every word of a mixed track the label of its voice (the seam to io.hindsight.diarize). */
@FunctionalInterface
public interface SpeakerLabeller {

  SpeakerLabeller UNAVAILABLE =
      (words, voices, request) -> {
        throw HindsightException.badInput("diarization is not available here");
      };

  /**
   * @param words the track's words in time order, without speakers
   * @param voices one vector per utterance, in time order
   * @return the same words, each with a speaker
   */
  List<Word> label(List<Word> words, List<SpeakerVector> voices, Diarization request);
}
