package io.hindsight.excerpt;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

/**
 * Finds spoken e-mail addresses: a user part, "at", and a domain ("john dot smith at gmail dot
 * com", "j o h n underscore two at example dot co dot uk"). The whole address is one match.
 *
 * <p>An ordinary "at" is left alone: the words after it must form a domain that ends in a known
 * top-level domain, and the word before it must be able to stand for a user name. "look at example
 * dot com" is therefore not an e-mail address (its domain is a web address).
 *
 * <p>Recognizers often mishear the "at" and the words around it ("david at example dot com" can
 * come out as "david out and mental dot com"). So right after "email is", "mail me at" and the
 * like, up to {@value #MAX_MISHEARD_WORDS} words before a domain are taken as the address too.
 */
final class EmailDetector implements Detector {

  static final int MAX_MISHEARD_WORDS = 4;

  /** Words that announce an address: "email", "e-mail" (said "e mail") and "mail". */
  private static final Set<String> CUES = Set.of("email", "mail");

  /** Words between a cue and the address: "email address is", "mail me at", "email: ...". */
  private static final Set<String> AFTER_CUE = Set.of("address", "is", "me", "at", "colon");

  /** Words between parts of a user name. */
  private static final Set<String> JOINERS = Set.of("dot", "underscore", "dash", "hyphen");

  /** Words that often stand before "at" in speech and are unlikely user names on their own. */
  private static final Set<String> NOT_A_USER =
      Set.of(
          ("me us him her them it you i we they is are was were be been am look looking "
                  + "looked looks here there good better best bad work working home meet see call "
                  + "email mail write reach find found visit available online live lives up out "
                  + "back this that what where just only not all site website page guide link and "
                  + "or but so the a an to of in on for with from located hosted posted even least "
                  + "most first last now then right once")
              .split(" "));

  @Override
  public RedactionReason reason() {
    return RedactionReason.EMAIL;
  }

  @Override
  public List<Match> find(SpokenText text) {
    List<Match> matches = spokenAddresses(text);
    matches.addAll(announcedAddresses(text));
    matches.sort(Comparator.comparingInt(Match::from));
    List<Match> merged = new ArrayList<>();
    for (Match m : matches) {
      Match last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
      if (last != null && m.from() < last.to()) {
        merged.set(merged.size() - 1, new Match(last.from(), Math.max(last.to(), m.to())));
      } else {
        merged.add(m);
      }
    }
    return merged;
  }

  /** "user at domain": the "at" heard as said. */
  private static List<Match> spokenAddresses(SpokenText text) {
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

  /** Whatever stands between "email is" (or the like) and a domain a few words later. */
  private static List<Match> announcedAddresses(SpokenText text) {
    List<Match> matches = new ArrayList<>();
    for (int cue = 0; cue < text.size(); cue++) {
      if (!text.isIn(cue, CUES)) {
        continue;
      }
      int start = cue + 1;
      while (text.isIn(start, AFTER_CUE)) {
        start++;
      }
      for (int from = start; from <= start + MAX_MISHEARD_WORDS && from < text.size(); from++) {
        int end = Domains.end(text, from);
        if (end > 0) {
          matches.add(new Match(start, end));
          break;
        }
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
