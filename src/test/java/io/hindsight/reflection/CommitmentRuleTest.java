package io.hindsight.reflection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CommitmentRuleTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          i'll send you the deck by friday                      | i'll send you the deck by friday | by friday
          okay so let me look into that                          | let me look into that            |
          I'm going to introduce you to Maria next week.         | i'm going to introduce you to maria next week | next week
          i can check with finance before our next session       | i can check with finance before our next session | before our next session
          i'll go ahead and book the room                        | i'll go ahead and book the room  |
          he said that's fine so i'll email him tomorrow         | i'll email him tomorrow          | tomorrow
          i'll have to ask but i'll confirm at the end of the week | i'll confirm at the end of the week | at the end of the week
          if you like i can forward it                           | i can forward it                 |
          i said i'll get back to you and i will                 | i'll get back to you and i will  |
          """)
  void findsThePromiseAndWhenItIsFor(String utterance, String text, String due) {
    Optional<Commitment> found = CommitmentRule.find(utterance);
    assertTrue(found.isPresent(), utterance);
    assertEquals(text, found.get().text());
    assertEquals(due, found.get().due());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "i will never send it",
        "i won't look into it",
        "i'm not going to share that",
        "you will send me the slides",
        "will you send me the slides",
        "can i share my screen",
        "should i follow up with them",
        "if i can look into it",
        "she said i'll get a bonus",
        "my manager told me i will review it",
        "let me know if it helps",
        "let me explain",
        "i'll be there",
        "i'm going to the conference",
        "i can see that",
        "i sent it yesterday",
        "i was going to call you",
        "",
        "   ",
        "?!"
      })
  void refusesWhatSoundsLikeAPromiseButIsNot(String utterance) {
    assertEquals(Optional.empty(), CommitmentRule.find(utterance), utterance);
  }

  @org.junit.jupiter.api.Test
  void theBuiltInSetsMeetTheTarget() throws Exception {
    var out = new java.io.PrintWriter(java.io.Writer.nullWriter());
    for (var score : new FollowUpBenchmark().run(null, out)) {
      assertTrue(score.precision() >= 0.85 && score.recall() >= 0.85, score.toString());
      assertTrue(score.total() >= 50, score.toString());
    }
  }
}
