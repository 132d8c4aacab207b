package io.hindsight.excerpt;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds spoken e-mail addresses: a user part, "at", and a domain ("john dot smith at gmail dot
 * com", "j o h n underscore two at example dot co dot uk"). The whole address is one match.
 *
 * <p>An ordinary "at" is left alone: the words after it must form a domain that ends in a known
 * top-level domain, and the word before it must be able to stand for a user name. "look at
 * example dot com" is therefore not an e-mail address (its domain is a web address).
 */
final class EmailDetector implements Detector {

  /** Words between parts of a user name. */
  private static final Set<String> JOINERS = Set.of("dot", "underscore", "dash", "hyphen");

  /** Words that often stand before "at" in speech and are unlikely user names on their own. */
  private static final Set<String> NOT_A_USER =
      Set.of(
          "me", "us", "him", "her", "them", "it", "you", "i", "we", "they", "is", "are", "was",
          "were", "be", "been", "am", "look", "looking", "looked", "looks", "here", "there",
          "good", "better", "best", "bad", "work", "working", "home", "meet", "see", "call",
          "email", "mail", "write", "reach", "find", "found", "visit", "available", "online",
          "live", "lives", "up", "out", "back", "this", "that", "what", "where", "just", "only",
          "not", "all", "site", "website", "page", "guide", "link", "and", "or", "but", "so",
          "the", "a", "an", "to", "of", "in", "on", "for", "with", "from", "located", "hosted",
          "posted", "even", "least", "most", "first", "last", "now", "then", "right", "once");

  @Override
  public RedactionReason reason() {
    return RedactionReason.EMAIL;
  }

  @Override
  public List<Match> find(SpokenText text) {
    List<Match> matches = new ArrayList<>();
    int searchFrom = 0;
    for (int at = 0; at < text.size(); at++) {
      if (!text.is(at, "at") || Domains.startsWithWww(text, at + 1)) {
        continue;
      }
      int end = Domains.end(text, at + 1);
      int start = userStart(text, at, searchFrom);
      if (end > 0 && start >= 0) {
        matches.add(new Match(start, end));
        searchFrom = end;
        at = end - 1;
      }
    }
    return matches;
  }

  /** Where the user part before token {@code at} begins, or -1 when there is none. */
  private static int userStart(SpokenText text, int at, int floor) {
    int start = partStart(text, at - 1, floor);
    if (start < 0 || (start == at - 1 && text.isIn(start, NOT_A_USER))) {
      return -1;
    }
    while (text.isIn(start - 1, JOINERS) && start - 1 > floor) {
      int previous = partStart(text, start - 2, floor);
      if (previous < 0) {
        break;
      }
      start = previous;
    }
    return start;
  }

  /**
   * The start of the user-name part ending at token {@code last}: one word, a spelled run of
   * letters and digits ("j o h n two"), or a word followed by such a run ("john two three").
   * Initials before a word are included ("j smith").
   */
  private static int partStart(SpokenText text, int last, int floor) {
    if (last < floor || !text.isWord(last)) {
      return -1;
    }
    int start = last;
    if (isSpelled(text, last)) {
      while (start - 1 >= floor && isSpelled(text, start - 1)) {
        start--;
      }
      if (start - 1 >= floor && text.isWord(start - 1) && !text.isIn(start - 1, NOT_A_USER)) {
        start--;
      }
    } else {
      while (start - 1 >= floor && text.isLetter(start - 1) && isInitial(text.token(start - 1))) {
        start--;
      }
    }
    return start;
  }

  private static boolean isSpelled(SpokenText text, int i) {
    return text.isLetter(i) || NumberWords.isNumber(text, i);
  }

  /** "a" and "i" are words far more often than initials. */
  private static boolean isInitial(String letter) {
    return !letter.equals("a") && !letter.equals("i");
  }
}
