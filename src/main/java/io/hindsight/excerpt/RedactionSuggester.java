package io.hindsight.excerpt;

import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.SortedSet;

/**
 * Suggests which words of an excerpt to redact, working on the spoken form Vosk writes (lowercase
 * words, no punctuation, numbers as words). It finds:
 *
 * <ul>
 *   <li>{@link RedactionReason#NAME}: the pair members' full and first names, also possessive;
 *   <li>{@link RedactionReason#CUSTOM}: the pair's "always redact" words and phrases;
 *   <li>{@link RedactionReason#EMAIL}: spoken e-mail addresses, whole;
 *   <li>{@link RedactionReason#PHONE}: four or more number words in a row;
 *   <li>{@link RedactionReason#WEB_ADDRESS}: spoken web addresses with their paths.
 * </ul>
 *
 * <p>These are suggestions for people to review, not a guarantee: speech recognition mishears ("at
 * example" may come out as "out and mental"), and what it mishears cannot be matched. The
 * suggestions come in word order and never nest: one inside another (a name inside an e-mail
 * address) is dropped. Ordinary uses of "at" and "dot" are not suggested.
 */
public final class RedactionSuggester {

  private final List<Detector> detectors;

  /**
   * @param memberNames the pair members' full names, such as "Sarah Miller"
   * @param alwaysRedact the pair's words and phrases to redact wherever they are said
   */
  public RedactionSuggester(Collection<String> memberNames, Collection<String> alwaysRedact) {
    // Wider findings first, so that at equal ranges the more telling reason is kept.
    this.detectors =
        List.of(
            new EmailDetector(),
            new WebAddressDetector(),
            new NumberRunDetector(),
            PhraseDetector.names(memberNames),
            PhraseDetector.custom(alwaysRedact));
  }

  /** Suggestions as index ranges into {@code words}, in order, none inside another. */
  public List<SuggestedRedaction> suggest(List<Word> words) {
    return find(detectors, words);
  }

  /**
   * The indexes of every word of {@code words} that is part of one of {@code phrases}, matched as
   * the "always redact" list is: what a member names to redact by hand.
   */
  public static SortedSet<Integer> wordsMatching(List<Word> words, Collection<String> phrases) {
    return SuggestedRedaction.wordIndexes(find(List.of(PhraseDetector.custom(phrases)), words));
  }

  private static List<SuggestedRedaction> find(List<Detector> detectors, List<Word> words) {
    SpokenText text = SpokenText.of(words.stream().map(Word::word).toList());
    List<SuggestedRedaction> found = new ArrayList<>();
    for (Detector detector : detectors) {
      for (Detector.Match match : detector.find(text)) {
        int from = text.word(match.from());
        int to = text.word(match.to() - 1) + 1;
        found.add(new SuggestedRedaction(from, to, detector.reason()));
      }
    }
    // Stable sort: by start, longer first, then in detector order.
    found.sort(
        Comparator.comparingInt(SuggestedRedaction::from)
            .thenComparing(Comparator.comparingInt(SuggestedRedaction::to).reversed()));
    List<SuggestedRedaction> outermost = new ArrayList<>();
    for (SuggestedRedaction s : found) {
      if (outermost.stream().noneMatch(kept -> kept.contains(s))) {
        outermost.add(s);
      }
    }
    return List.copyOf(outermost);
  }
}
