package io.hindsight.reflection;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Recognized or typed text as the rules see it: lowercase words, apostrophes kept. */
final class Words {

  /** What people say before getting to the point: "so", "okay so", "um". */
  static final Set<String> FILLERS =
      set(
          "so",
          "and",
          "but",
          "okay",
          "ok",
          "well",
          "um",
          "uh",
          "uhm",
          "erm",
          "hmm",
          "yeah",
          "yes",
          "right",
          "alright",
          "then",
          "now",
          "oh",
          "or",
          "also",
          "like",
          "anyway",
          "actually");

  private Words() {}

  static List<String> of(String text) {
    String plain =
        text.toLowerCase(Locale.ROOT)
            .replace('\u2019', '\'')
            .replaceAll("[^\\p{L}\\p{N}' ]+", " ")
            .strip();
    return plain.isEmpty() ? List.of() : Arrays.asList(plain.split("\\s+"));
  }

  /** The index of the first word that is not a filler. */
  static int firstContent(List<String> words) {
    int i = 0;
    while (i < words.size() && FILLERS.contains(words.get(i))) {
      i++;
    }
    return i;
  }

  /** Whether {@code words} has {@code phrase} at {@code at}. */
  static boolean startsAt(List<String> words, int at, List<String> phrase) {
    if (at < 0 || at + phrase.size() > words.size()) {
      return false;
    }
    return words.subList(at, at + phrase.size()).equals(phrase);
  }

  /** A set of words; a word listed twice in a long list is harmless. */
  static Set<String> set(String... words) {
    return Set.copyOf(Arrays.asList(words));
  }

  static List<List<String>> phrases(String... phrases) {
    return Arrays.stream(phrases).map(Words::of).toList();
  }

  static String join(List<String> words, int from, int to) {
    return String.join(" ", words.subList(from, Math.min(to, words.size())));
  }
}
