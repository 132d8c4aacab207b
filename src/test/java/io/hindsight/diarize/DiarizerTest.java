package io.hindsight.diarize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hindsight.transcribe.Diarization;
import io.hindsight.transcribe.SpeakerVector;
import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class DiarizerTest {

  /** Words of a conversation in turns, and the truth: who said each word. */
  private record Conversation(List<Word> words, List<SpeakerVector> voices, List<Integer> truth) {}

  private static Conversation conversation(int people, int turns, long seed) {
    SyntheticVoices voices = new SyntheticVoices(people, 0.4, seed);
    Random random = new Random(seed);
    List<Word> words = new ArrayList<>();
    List<SpeakerVector> vectors = new ArrayList<>();
    List<Integer> truth = new ArrayList<>();
    double t = 0.5;
    int speaker = 1; // the second voice speaks first, so labels follow speech, not cluster ids
    for (int turn = 0; turn < turns; turn++) {
      int count = turn % 5 == 4 ? 1 : 3 + random.nextInt(12); // every fifth turn a backchannel
      double start = t;
      for (int i = 0; i < count; i++) {
        words.add(new Word("w" + words.size(), t, t + 0.3, 1, null));
        truth.add(speaker);
        t += 0.35;
      }
      vectors.add(voices.utterance(speaker, start, t - start - 0.05));
      t += 0.8;
      speaker = (speaker + 1 + random.nextInt(people - 1)) % people;
    }
    return new Conversation(words, vectors, truth);
  }

  private static double accuracy(Conversation c, List<Word> labelled, Diarization request) {
    int right = 0;
    for (int i = 0; i < labelled.size(); i++) {
      // the first speaker heard is voice 1, and then in order of first speech
      if (labelled.get(i).speaker().equals(request.label(c.truth().get(i) == 1 ? 0 : 1))) {
        right++;
      }
    }
    return right / (double) labelled.size();
  }

  @Test
  void labelsTwoVoicesInOrderOfFirstSpeech() {
    Conversation c = conversation(2, 60, 1);
    List<Word> labelled = new Diarizer().label(c.words(), c.voices(), Diarization.ESTIMATE);

    assertEquals("Speaker 1", labelled.get(0).speaker());
    assertEquals(c.words().size(), labelled.size());
    assertEquals(1.0, accuracy(c, labelled, Diarization.ESTIMATE), 0.03);
  }

  @Test
  void usesTheGivenNamesAndCount() {
    Conversation c = conversation(2, 40, 2);
    Diarization named = new Diarization(2, List.of("Ann", "Bo"));
    List<Word> labelled = new Diarizer().label(c.words(), c.voices(), named);

    assertEquals("Ann", labelled.get(0).speaker());
    assertEquals(
        java.util.Set.of("Ann", "Bo"),
        labelled.stream().map(Word::speaker).collect(java.util.stream.Collectors.toSet()));
    assertEquals(1.0, accuracy(c, labelled, named), 0.03);
  }

  @Test
  void wordsOutsideAnyUtteranceTakeTheNearestOne() {
    SyntheticVoices voices = new SyntheticVoices(2, 0.6, 3);
    List<SpeakerVector> vectors = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      vectors.add(voices.utterance(i % 2, i * 10, 4));
    }
    List<Word> words =
        List.of(new Word("late", 4.5, 4.8, 1, null), new Word("early", 9.0, 9.7, 1, null));
    List<Word> labelled = new Diarizer().label(words, vectors, new Diarization(2, List.of()));

    assertEquals(List.of("Speaker 1", "Speaker 2"), labelled.stream().map(Word::speaker).toList());
  }

  @Test
  void withoutVectorsEveryWordIsTheFirstSpeaker() {
    List<Word> words = List.of(new Word("hi", 0, 0.5, 1, null));
    assertEquals(
        "Speaker 1", new Diarizer().label(words, List.of(), Diarization.ESTIMATE).get(0).speaker());
  }

  @Test
  void twoHoursOfUtterancesClusterTheLongestAndPlaceTheRest() {
    // 6,000 utterances: more than MAX_CLUSTERED, so the longest are clustered (a 3,000² matrix of
    // floats, 36 MB) and the others placed by their nearest voice.
    Conversation c = conversation(2, 6000, 4);
    long start = System.nanoTime();
    List<Word> labelled =
        new Diarizer().label(c.words(), c.voices(), new Diarization(2, List.of()));
    assertEquals(1.0, accuracy(c, labelled, new Diarization(2, List.of())), 0.03);
    assertEquals(true, (System.nanoTime() - start) / 1e9 < 60);
  }
}
