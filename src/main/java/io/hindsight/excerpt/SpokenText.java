package io.hindsight.excerpt;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Words as the detectors read them: lowercase, without accents or surrounding punctuation, and with
 * written forms spelled out the way people say them ("a@b.com" becomes "a at b dot com", "www"
 * becomes "w w w"). Vosk already writes the spoken form; this also covers transcripts a person
 * corrected by hand. Each token remembers the word it came from, so a match on tokens maps back to
 * whole words.
 */
final class SpokenText {

  /** Words that join the parts of an address and are never part of a name in one. */
  static final Set<String> SEPARATORS =
      Set.of("dot", "at", "slash", "backslash", "colon", "dash", "hyphen", "underscore");

  private final List<String> tokens = new ArrayList<>();
  private final List<Integer> wordOf = new ArrayList<>();

  private SpokenText() {}

  static SpokenText of(List<String> words) {
    SpokenText text = new SpokenText();
    for (int w = 0; w < words.size(); w++) {
      for (String token : spoken(words.get(w))) {
        text.tokens.add(token);
        text.wordOf.add(w);
      }
    }
    return text;
  }

  /** The tokens of a name or phrase someone typed, to compare with a transcript's tokens. */
  static List<String> tokensOf(String phrase) {
    List<String> tokens = new ArrayList<>();
    for (String word : phrase.strip().split("\\s+")) {
      tokens.addAll(spoken(word));
    }
    return tokens;
  }

  int size() {
    return tokens.size();
  }

  String token(int i) {
    return tokens.get(i);
  }

  /** The index of the word token {@code i} came from. */
  int word(int i) {
    return wordOf.get(i);
  }

  boolean is(int i, String token) {
    return i >= 0 && i < tokens.size() && tokens.get(i).equals(token);
  }

  boolean isIn(int i, Set<String> set) {
    return i >= 0 && i < tokens.size() && set.contains(tokens.get(i));
  }

  /** A single letter, as when someone spells: "j o h n", "w w w". */
  boolean isLetter(int i) {
    return i >= 0
        && i < tokens.size()
        && tokens.get(i).length() == 1
        && Character.isLetter(tokens.get(i).charAt(0));
  }

  /** Anything that can be part of a name in an address: not a separator, not out of range. */
  boolean isWord(int i) {
    return i >= 0 && i < tokens.size() && !SEPARATORS.contains(tokens.get(i));
  }

  private static List<String> spoken(String word) {
    String plain =
        Normalizer.normalize(word, Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replace('\u2019', '\'')
            .toLowerCase(Locale.ROOT)
            .replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", "");
    List<String> out = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (int i = 0; i < plain.length(); i++) {
      char c = plain.charAt(i);
      String said =
          switch (c) {
            case '@' -> "at";
            case '.' -> "dot";
            case '/' -> "slash";
            case ':' -> "colon";
            case '_' -> "underscore";
            default -> null;
          };
      if (said != null || c == '-' || Character.isWhitespace(c)) {
        // A hyphen is not said aloud: "mary-jane" is spoken "mary jane".
        flush(part, out);
        if (said != null) {
          out.add(said);
        }
      } else {
        part.append(c);
      }
    }
    flush(part, out);
    return out;
  }

  private static void flush(StringBuilder part, List<String> out) {
    if (part.isEmpty()) {
      return;
    }
    String token = part.toString();
    part.setLength(0);
    if (token.equals("www")) {
      out.addAll(List.of("w", "w", "w"));
    } else if (token.startsWith("dot") && Domains.isTopLevel(token.substring(3))) {
      out.addAll(List.of("dot", token.substring(3))); // "dotcom"
    } else {
      out.add(token);
    }
  }
}
