package io.hindsight.reflection;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds a promise in one utterance of recognized speech: a first-person future ("i'll", "i will",
 * "i'm going to", "let me", "i can") followed, within a few softening words, by an action someone
 * can later check ("send", "look into", "get back"). It refuses what sounds alike but promises
 * nothing: negations ("i will never"), other people ("you will"), questions ("can i send"),
 * conditions ("if i can send") and reported speech ("he said i'll send").
 */
final class CommitmentRule {

  private CommitmentRule() {}

  /** The promise in {@code utterance}, if there is one. */
  static Optional<Commitment> find(String utterance) {
    List<String> words = Words.of(utterance);
    if (QuestionRule.opensAsQuestion(words)) {
      return Optional.empty();
    }
    for (int at = 0; at < words.size(); at++) {
      for (List<String> promise : PromiseWords.PROMISES) {
        if (Words.startsAt(words, at, promise) && !cancelledBefore(words, at)) {
          int action =
              actionAfter(words, at + promise.size(), promise.equals(List.of("let", "me")));
          if (action >= 0) {
            String text = Words.join(words, at, at + 24);
            return Optional.of(new Commitment(text, DuePhrase.in(words, action)));
          }
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The index of the action the promise makes, or -1: up to four softening words may come first
   * ("i'll go ahead and send"), but a negation ends the search ("i will never send").
   */
  private static int actionAfter(List<String> words, int from, boolean letMe) {
    for (int at = from; at < words.size() && at <= from + 4; at++) {
      String word = words.get(at);
      if (PromiseWords.NEGATIONS.contains(word)) {
        return -1;
      }
      if (isAction(words, at) && (!letMe || PromiseWords.LET_ME_ACTIONS.contains(word))) {
        return at;
      }
      if (!PromiseWords.SOFTENERS.contains(word)) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAction(List<String> words, int at) {
    String word = words.get(at);
    Set<String> next = PromiseWords.PHRASAL.get(word);
    if (next != null) {
      return at + 1 < words.size() && next.contains(words.get(at + 1));
    }
    return PromiseWords.ACTIONS.contains(word);
  }

  /**
   * Whether what comes just before the promise makes it a condition or somebody else's words. "I
   * said i'll send it" still promises; "she said i'll send it" reports.
   */
  private static boolean cancelledBefore(List<String> words, int at) {
    for (int back = at - 1; back >= 0 && back >= at - 4; back--) {
      String word = words.get(back);
      if (PromiseWords.CLAUSE_ENDS.contains(word)) {
        return false;
      }
      if (back >= at - 2 && PromiseWords.CONDITIONS.contains(word)) {
        return true;
      }
      if (PromiseWords.REPORTING.contains(word)) {
        String subject = back > 0 ? words.get(back - 1) : "";
        return PromiseWords.OTHERS.contains(subject)
            || (!subject.equals("i") && !subject.equals("we"));
      }
    }
    return false;
  }
}
