package io.hindsight.voice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.pair.Role;
import io.hindsight.pair.User;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MatcherTest {

  static final User ANN = new User("u1", "ann", "Ann", "p", Role.MENTOR, Instant.EPOCH);
  static final User BEN = new User("u2", "ben", "Ben", "p", Role.MENTEE, Instant.EPOCH);
  static final Map<String, User> MEMBERS = Map.of("Ann", ANN, "Ben", BEN);

  private static Voice along(double x, double y) {
    float[] v = new float[4];
    v[0] = (float) x;
    v[1] = (float) y;
    return new Voice(Voice.unit(v), 10);
  }

  @Test
  void eachVoiceTakesTheMemberItIsClearlyCloserTo() {
    Map<String, VoicePrints.Guess> guesses =
        Matcher.guess(
            Map.of("Speaker 1", along(0.1, 1), "Speaker 2", along(1, 0.1)),
            Map.of("u1", along(1, 0), "u2", along(0, 1)),
            MEMBERS);
    assertEquals("Ben", guesses.get("Speaker 1").label());
    assertEquals("Ann", guesses.get("Speaker 2").label());
    assertTrue(guesses.get("Speaker 2").similarity() > 0.99);
  }

  @Test
  void aVoiceAsCloseToBothPrintsOrFarFromAnyStaysUnnamed() {
    assertTrue(
        Matcher.guess(
                Map.of("Speaker 1", along(1, 1)),
                Map.of("u1", along(1, 0.2), "u2", along(0.2, 1)),
                MEMBERS)
            .isEmpty(),
        "too close to call");
    float[] other = {0, 0, 1, 0};
    assertTrue(
        Matcher.guess(Map.of("Speaker 1", new Voice(other, 10)), Map.of("u1", along(1, 0)), MEMBERS)
            .isEmpty(),
        "unlike anyone known");
  }

  @Test
  void oneMemberNamesOneVoiceAtMostAndNamedTracksStayAsTheyAre() {
    Map<String, VoicePrints.Guess> guesses =
        Matcher.guess(
            Map.of("Speaker 1", along(1, 0), "Speaker 2", along(1, 0.05), "Ben", along(0, 1)),
            Map.of("u1", along(1, 0), "u2", along(0, 1)),
            MEMBERS);
    assertEquals(1, guesses.size(), guesses.toString());
    assertEquals("Ann", guesses.values().iterator().next().label());
  }

  @Test
  void aPrintLearnsAndUnlearnsByWeight() {
    Voice a = along(1, 0);
    Voice both = a.plus(along(0, 1));
    assertEquals(20, both.seconds());
    Voice back = both.minus(along(0, 1));
    assertTrue(back.similarity(a) > 0.999, String.valueOf(back.similarity(a)));
    assertEquals(null, a.minus(a));
  }
}
