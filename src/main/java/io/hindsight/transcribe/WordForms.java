package io.hindsight.transcribe;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One word as written: its core apart from punctuation around it, capitals and stops. */
final class WordForms {

  // Leading punctuation, the word itself (letters and digits, with inner apostrophes or hyphens),
  // and trailing punctuation, so that a typed "(sarah," keeps its brackets and comma.
  private static final Pattern PARTS =
      Pattern.compile("^([^\\p{L}\\p{N}]*)(.*?)([^\\p{L}\\p{N}]*)$");

  private WordForms() {}

  static String key(String text) {
    return core(text).toLowerCase(Locale.ROOT).replace('’', '\'');
  }

  static Matcher parts(String text) {
    Matcher m = PARTS.matcher(text);
    m.matches(); // the pattern matches any text
    return m;
  }

  static String core(String text) {
    return parts(text).group(2);
  }

  static String withCore(String text, String core) {
    Matcher m = parts(text);
    return m.group(1) + core + m.group(3);
  }

  /** No capital anywhere: as recognized, or typed without care for casing. */
  static boolean isLowercase(String text) {
    return text.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isTitleCase(c));
  }

  static String capitalized(String text) {
    Matcher m = parts(text);
    String core = m.group(2);
    if (core.isEmpty()) {
      return text;
    }
    int first = core.codePointAt(0);
    return m.group(1)
        + new String(Character.toChars(Character.toTitleCase(first)))
        + core.substring(Character.charCount(first))
        + m.group(3);
  }

  /** Whether a typed word ends its sentence: "this?", "done." or "(really!)". */
  static boolean endsWithStop(String text) {
    return text.matches(".*[.?!…][\"”’)]*");
  }

  /** Whether a sentence's last word lacks its stop: "really)" does, "really?" and "so," do not. */
  static boolean needsStop(String text) {
    String inner = text.replaceAll("[)\\]\"”’']+$", "");
    return !inner.isEmpty() && Character.isLetterOrDigit(inner.codePointBefore(inner.length()));
  }
}
