package io.hindsight.excerpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds phone numbers and other long numbers as Vosk writes them: four or more number words in a
 * row ("five five five one two three four", "oh seven seven double oh", "twenty three fifteen
 * forty"). "double five" counts as two, "triple" as three, and digits someone typed count one each.
 * "oh" (zero) counts only in a run with a real number word, so "oh i see" stays.
 *
 * <p>Vosk sometimes writes a digit as a word that sounds like it ("free for" for "three four").
 * Such words never make a run long enough, so "nine to five for two weeks" stays, but they are
 * taken into a run that is, so a misheard end of a phone number is hidden with the rest.
 */
final class NumberRunDetector implements Detector {

  static final int MIN_NUMBER_WORDS = 4;

  /** Said for zero, but also an interjection. */
  private static final Set<String> ZERO_SOUNDS = Set.of("oh", "o");

  private static final Set<String> REPEATERS = Set.of("double", "triple");

  /** Words Vosk writes for a digit it mishears. */
  private static final Set<String> SOUND_ALIKES =
      Set.of("to", "too", "for", "fore", "free", "tree", "won", "ate");

  @Override
  public RedactionReason reason() {
    return RedactionReason.PHONE;
  }

  @Override
  public List<Match> find(SpokenText text) {
    List<Match> matches = new ArrayList<>();
    int i = 0;
    while (i < text.size()) {
      if (!inRun(text, i)) {
        i++;
        continue;
      }
      int start = i;
      int count = 0;
      boolean hasNumber = false;
      while (inRun(text, i)) {
        count += weight(text, i);
        hasNumber |= NumberWords.isNumber(text, i);
        i++;
      }
      int end = i;
      // A run of only "oh"s is an exclamation; "double" at the end repeats nothing.
      while (end > start && text.isIn(end - 1, REPEATERS)) {
        end--;
      }
      if (hasNumber && count >= MIN_NUMBER_WORDS) {
        matches.add(new Match(start, end));
      }
    }
    return matches;
  }

  private static boolean inRun(SpokenText text, int i) {
    return NumberWords.isNumber(text, i)
        || text.isIn(i, ZERO_SOUNDS)
        || text.isIn(i, REPEATERS)
        || text.isIn(i, SOUND_ALIKES);
  }

  /** How many spoken numbers a token stands for. */
  private static int weight(SpokenText text, int i) {
    String token = text.token(i);
    if (NumberWords.isDigits(token)) {
      return token.length();
    }
    if (SOUND_ALIKES.contains(token)) {
      return 0;
    }
    if (REPEATERS.contains(token)) {
      // "double five" is two fives; the five itself counts one of them.
      return isCounted(text, i + 1) ? (token.equals("double") ? 1 : 2) : 0;
    }
    return 1;
  }

  private static boolean isCounted(SpokenText text, int i) {
    return NumberWords.isNumber(text, i) || text.isIn(i, ZERO_SOUNDS);
  }
}
