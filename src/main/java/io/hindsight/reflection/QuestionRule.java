package io.hindsight.reflection;

import java.util.List;
import java.util.Set;

/**
 * Tells a question from recognized speech, which has neither a question mark nor the rising voice
 * the recognizer dropped: it opens with a question word or an auxiliary before its subject ("what
 * did you", "do you"), asks after a pause in the middle ("that's great what did you do next"), or
 * ends in a tag ("..., right", "isn't it"). "What i mean is" and "when you said that" are not
 * questions: there the question word starts a clause.
 */
final class QuestionRule {

  private static final Set<String> WH =
      Words.set("what", "why", "how", "when", "where", "who", "whom", "which", "whose");

  private static final Set<String> WH_CONTRACTED =
      Words.set(
          "what's",
          "how's",
          "where's",
          "who's",
          "why's",
          "when's",
          "whats",
          "hows",
          "wheres",
          "whos",
          "what're",
          "how're",
          "where're",
          "who're",
          "what'd",
          "how'd",
          "where'd",
          "why'd",
          "who'd");

  private static final Set<String> AUX =
      Words.set(
          "do",
          "does",
          "did",
          "is",
          "are",
          "was",
          "were",
          "can",
          "could",
          "would",
          "will",
          "should",
          "shall",
          "have",
          "has",
          "had",
          "may",
          "might",
          "am",
          "must",
          "isn't",
          "aren't",
          "wasn't",
          "weren't",
          "don't",
          "doesn't",
          "didn't",
          "can't",
          "couldn't",
          "wouldn't",
          "won't",
          "shouldn't",
          "haven't",
          "hasn't");

  private static final Set<String> SUBJECTS =
      Words.set(
          "i",
          "you",
          "we",
          "they",
          "he",
          "she",
          "it",
          "that",
          "this",
          "there",
          "these",
          "those",
          "your",
          "my",
          "our",
          "their",
          "his",
          "her",
          "anyone",
          "anybody",
          "someone",
          "somebody",
          "everyone",
          "everybody",
          "anything",
          "something",
          "everything",
          "people",
          "ya",
          "u",
          "the",
          "a",
          "any",
          "y'all");

  /** Who a clause is about, contracted too: "what i'll do is", "how it's done". */
  private static final Set<String> CLAUSE_SUBJECTS =
      Words.set(
          "i'll", "i'm", "im", "i've", "i'd", "you're", "you've", "you'd", "you'll", "we're",
          "we've", "we'll", "they're", "they've", "it's", "that's", "there's", "he's", "she's",
          "he'd", "she'd", "we'd", "they'd");

  /** After "do" or "have", these make an instruction: "do it now", "have a look". */
  private static final Set<String> IMPERATIVE_OBJECTS =
      Words.set("it", "that", "this", "the", "a", "an", "your", "my", "some", "fun", "more");

  /** Words after "what" or "how" that ask: "what about", "how many", "how come". */
  private static final Set<String> WH_ASKING =
      Words.set(
          "about",
          "else",
          "not",
          "exactly",
          "kind",
          "sort",
          "type",
          "time",
          "part",
          "way",
          "many",
          "much",
          "long",
          "often",
          "far",
          "old",
          "big",
          "come",
          "if",
          "happened",
          "happens",
          "made",
          "makes",
          "brought",
          "got",
          "would",
          "so",
          "matters",
          "helped",
          "worked",
          "works",
          "went",
          "changed",
          "stopped");

  private static final Set<String> ASKING_OPENERS =
      Words.set("any", "anything", "anyone", "anybody", "thoughts", "questions");

  private static final List<List<String>> ASKING_PHRASES =
      Words.phrases(
          "tell me about",
          "tell me more",
          "tell me what",
          "tell me how",
          "tell me why",
          "i wonder",
          "i'm wondering",
          "i was wondering",
          "i'm curious",
          "im curious",
          "curious what",
          "curious how",
          "curious whether",
          "walk me through",
          "you mean",
          "thoughts on");

  private static final List<List<String>> TAGS =
      Words.phrases(
          "isn't it",
          "aren't you",
          "don't you",
          "didn't you",
          "doesn't it",
          "wasn't it",
          "won't you",
          "isn't that",
          "or not",
          "don't you think",
          "do you think",
          "you think",
          "wouldn't you say",
          "does that make sense",
          "make sense",
          "is that right",
          "is that okay",
          "is that ok",
          "you know what i mean",
          "agreed",
          "yeah or no",
          "huh");

  /** A closing "right" asks; these before it make it an answer: "that's right", "all right". */
  private static final Set<String> RIGHT_AS_ANSWER =
      Words.set(
          "that's", "thats", "all", "you're", "youre", "exactly", "turn", "the", "on", "go", "to",
          "is", "was", "it's", "its", "just", "quite", "alright", "yeah", "yes", "so", "are",
          "were", "be", "get", "got", "do", "did", "feel", "feels", "right", "rights");

  private QuestionRule() {}

  static boolean isQuestion(String utterance) {
    List<String> words = Words.of(utterance);
    return opensAsQuestion(words) || asksInside(words) || endsInTag(words);
  }

  /** Whether the utterance, past its fillers, starts the way questions start. */
  static boolean opensAsQuestion(List<String> words) {
    int at = Words.firstContent(words);
    if (at >= words.size()) {
      return false;
    }
    String first = words.get(at);
    String next = at + 1 < words.size() ? words.get(at + 1) : null;
    for (List<String> phrase : ASKING_PHRASES) {
      if (Words.startsAt(words, at, phrase)) {
        return true;
      }
    }
    if (WH_CONTRACTED.contains(first) || ASKING_OPENERS.contains(first)) {
      return true;
    }
    if (WH.contains(first)) {
      return next == null
          || AUX.contains(next)
          || WH_ASKING.contains(next)
          || asksWithNoun(first, next);
    }
    if (AUX.contains(first) && next != null && SUBJECTS.contains(next)) {
      boolean instruction =
          (first.equals("do") || first.equals("have")) && IMPERATIVE_OBJECTS.contains(next);
      return !instruction;
    }
    return false;
  }

  /** "which one", "who wants": a question word before a noun or verb asks; "when the" tells. */
  private static boolean asksWithNoun(String wh, String next) {
    boolean clauseStart = Words.set("when", "where", "why", "how").contains(wh);
    return !clauseStart && !SUBJECTS.contains(next) && !CLAUSE_SUBJECTS.contains(next);
  }

  /** A question after a pause the recognizer joined up: "...and what did you do then". */
  private static boolean asksInside(List<String> words) {
    for (int i = 1; i + 2 < words.size(); i++) {
      if (WH.contains(words.get(i))
          && AUX.contains(words.get(i + 1))
          && SUBJECTS.contains(words.get(i + 2))) {
        return true;
      }
    }
    for (int i = 1; i + 1 < words.size(); i++) {
      String before = words.get(i - 1);
      if (Set.of("do", "did", "would", "could", "have", "are", "were").contains(words.get(i))
          && words.get(i + 1).equals("you")
          && Words.FILLERS.contains(before)) {
        return true;
      }
    }
    return false;
  }

  private static boolean endsInTag(List<String> words) {
    int n = words.size();
    if (n >= 4 && words.get(n - 1).equals("right") && !RIGHT_AS_ANSWER.contains(words.get(n - 2))) {
      return true;
    }
    for (List<String> tag : TAGS) {
      if (n > tag.size() + 1 && Words.startsAt(words, n - tag.size(), tag)) {
        return true;
      }
    }
    return false;
  }
}
