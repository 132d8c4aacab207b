package io.hindsight.excerpt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds given phrases, case- and accent-insensitively, also in the possessive ("sarah's",
 * "james'"). Where several phrases start at the same word, the longest wins, so "sarah miller" is
 * one match rather than "sarah" and a stray "miller".
 */
final class PhraseDetector implements Detector {

  /** What a transcript may put before a last name. Vosk writes titles out ("mister"). */
  private static final List<String> TITLES =
      List.of("mr", "mister", "mrs", "missus", "miss", "ms", "mx", "dr", "doctor", "professor");

  private final RedactionReason reason;
  private final List<List<String>> phrases;

  private PhraseDetector(RedactionReason reason, Collection<List<String>> phrases) {
    this.reason = reason;
    List<List<String>> longestFirst = new ArrayList<>(phrases);
    longestFirst.removeIf(List::isEmpty);
    longestFirst.sort(Comparator.comparingInt((List<String> p) -> p.size()).reversed());
    this.phrases = List.copyOf(longestFirst);
  }

  /**
   * A member's full name, first name, first and last name without middle names, and title plus last
   * name. A last name alone is not matched: "brown" or "miller" are too often just words.
   */
  static PhraseDetector names(Collection<String> fullNames) {
    Set<List<String>> phrases = new LinkedHashSet<>();
    for (String name : fullNames) {
      if (name == null || name.isBlank()) {
        continue;
      }
      String[] parts = name.strip().split("\\s+");
      List<String> first = SpokenText.tokensOf(parts[0]);
      phrases.add(SpokenText.tokensOf(name));
      phrases.add(first);
      if (parts.length > 1) {
        List<String> last = SpokenText.tokensOf(parts[parts.length - 1]);
        phrases.add(concat(first, last));
        for (String title : TITLES) {
          phrases.add(concat(List.of(title), last));
        }
      }
    }
    return new PhraseDetector(RedactionReason.NAME, phrases);
  }

  /** The pair's "always redact" words and phrases. */
  static PhraseDetector custom(Collection<String> entries) {
    Set<List<String>> phrases = new LinkedHashSet<>();
    for (String entry : entries) {
      if (entry != null && !entry.isBlank()) {
        phrases.add(SpokenText.tokensOf(entry));
      }
    }
    return new PhraseDetector(RedactionReason.CUSTOM, phrases);
  }

  @Override
  public RedactionReason reason() {
    return reason;
  }

  @Override
  public List<Match> find(SpokenText text) {
    return Detector.scan(text, this::longestAt);
  }

  private int longestAt(SpokenText text, int from) {
    for (List<String> phrase : phrases) {
      if (matchesAt(text, from, phrase)) {
        return from + phrase.size();
      }
    }
    return from;
  }

  private static boolean matchesAt(SpokenText text, int from, List<String> phrase) {
    if (from + phrase.size() > text.size()) {
      return false;
    }
    int last = phrase.size() - 1;
    for (int k = 0; k < last; k++) {
      if (!text.is(from + k, phrase.get(k))) {
        return false;
      }
    }
    return isFormOf(text.token(from + last), phrase.get(last));
  }

  /** The word itself or its possessive, as Vosk may write it: "sarah's", "james'". */
  private static boolean isFormOf(String token, String word) {
    return token.equals(word)
        || token.equals(word + "'s")
        || (word.endsWith("s") && token.equals(word + "'"));
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> both = new ArrayList<>(a);
    both.addAll(b);
    return both;
  }
}
