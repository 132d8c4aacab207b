package io.hindsight.excerpt;

import java.util.Set;

/** Numbers as Vosk writes them: as words ("twenty three"), never as digits. */
final class NumberWords {

  private static final Set<String> WORDS =
      Set.of(
          ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
                  + "fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty "
                  + "sixty seventy eighty ninety hundred thousand million nought")
              .split(" "));

  private NumberWords() {}

  /** A number word, or digits that a person typed into a corrected transcript. */
  static boolean isNumber(SpokenText text, int i) {
    return text.isIn(i, WORDS) || (text.isWord(i) && isDigits(text.token(i)));
  }

  static boolean isDigits(String token) {
    return !token.isEmpty() && token.chars().allMatch(c -> c >= '0' && c <= '9');
  }
}
