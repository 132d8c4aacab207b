package io.hindsight.excerpt;

import java.util.Set;

/**
 * Reads spoken domain names such as "example dot co dot uk" or "w w w dot i b m dot com": labels
 * joined by "dot", the last one a known top-level domain. Shared by the e-mail and web address
 * detectors.
 */
final class Domains {

  /**
   * Top-level domains people say aloud. Those that are also common English words ("me", "us", "in",
   * "it", "to", "is") are left out, so that a misheard "dot" followed by such a word is not taken
   * for an address.
   */
  private static final Set<String> TOP_LEVEL =
      Set.of(
          ("com org net edu gov mil int io co uk info biz dev app ai eu de fr ca au nl ch "
                  + "es se jp ie nz tv ly xyz online tech")
              .split(" "));

  /** Words that rarely begin a real domain name but often stand before a spoken "dot". */
  private static final Set<String> NOT_A_FIRST_LABEL =
      Set.of(
          ("the a an this that these those and or but of to in on at for with is are was "
                  + "be it its i you we they he she my your our their his her me us them so just no "
                  + "not one each every some any all per connect join like new big little small "
                  + "tiny red black")
              .split(" "));

  private Domains() {}

  static boolean isTopLevel(String label) {
    return TOP_LEVEL.contains(label);
  }

  /**
   * Where the longest domain starting at token {@code from} ends (exclusive), or -1 when none
   * starts there. A domain has at least two labels and ends in a top-level domain.
   */
  static int end(SpokenText text, int from) {
    int labelEnd = labelEnd(text, from);
    int end = -1;
    while (labelEnd > 0 && text.is(labelEnd, "dot")) {
      int next = labelEnd(text, labelEnd + 1);
      if (next < 0) {
        break;
      }
      if (isTopLevel(label(text, labelEnd + 1, next))) {
        end = next;
      }
      labelEnd = next;
    }
    return end;
  }

  /** Whether the domain at {@code from} starts "w w w". */
  static boolean startsWithWww(SpokenText text, int from) {
    return text.is(from, "w") && text.is(from + 1, "w") && text.is(from + 2, "w");
  }

  /**
   * Whether the first label at {@code from} is a common word, so "the dot com" is not an address.
   */
  static boolean startsWithCommonWord(SpokenText text, int from) {
    int end = labelEnd(text, from);
    return end == from + 1 && NOT_A_FIRST_LABEL.contains(text.token(from));
  }

  /**
   * Where the label starting at {@code from} ends (exclusive), or -1. A label is a spelled run of
   * letters ("i b m") or one word, and parts may be joined by "dash" or "hyphen" ("my dash site").
   */
  static int labelEnd(SpokenText text, int from) {
    int end = partEnd(text, from);
    while (end > 0 && (text.is(end, "dash") || text.is(end, "hyphen"))) {
      int next = partEnd(text, end + 1);
      if (next < 0) {
        break;
      }
      end = next;
    }
    return end;
  }

  private static int partEnd(SpokenText text, int from) {
    if (!text.isWord(from)) {
      return -1;
    }
    int end = from + 1;
    if (text.isLetter(from)) {
      while (text.isLetter(end)) {
        end++;
      }
    }
    return end;
  }

  /** The label's letters as written: "i b m" is "ibm". */
  private static String label(SpokenText text, int from, int to) {
    StringBuilder label = new StringBuilder();
    for (int i = from; i < to; i++) {
      label.append(text.token(i));
    }
    return label.toString();
  }
}
