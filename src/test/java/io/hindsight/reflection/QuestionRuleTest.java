package io.hindsight.reflection;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionRuleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what did you learn from that",
        "so how do you feel about the new role",
        "why",
        "what's the hardest part",
        "how many people report to you",
        "what about the budget",
        "which one did you pick",
        "who wants to start",
        "do you think it worked",
        "and is that something you'd do again",
        "can you tell me more",
        "have you talked to her",
        "would it help to practice",
        "tell me about your week",
        "i was wondering whether you applied",
        "any questions",
        "that's great what did you do next",
        "you sent it on friday right",
        "it went well didn't you think",
        "that was the plan isn't it",
        "okay does that make sense",
      })
  void asks(String utterance) {
    assertTrue(QuestionRule.isQuestion(utterance), utterance);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "what i mean is we need more time",
        "when you said that i felt better",
        "how we did it was by pairing",
        "where i work there is no budget",
        "what i'll do is send you the link",
        "do it now",
        "have a look at the slides",
        "that's right",
        "you're right",
        "turn right",
        "i will send it tomorrow",
        "i know what you did",
        "i think so",
        "",
      })
  void tells(String utterance) {
    assertFalse(QuestionRule.isQuestion(utterance), utterance);
  }
}
