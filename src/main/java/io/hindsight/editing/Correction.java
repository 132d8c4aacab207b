package io.hindsight.editing;

import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a member's correction says the recognizer heard for what was said: "jon" for "John", "pre a"
 * for "Priya". Read from the words a save typed and the recognized words they took the place of (a
 * typed run spans the time of the words it replaced).
 */
public record Correction(String heard, String written) {

  /** Longer runs are rewrites, not mishearings. */
  static final int MAX_WORDS = 4;

  /** The corrections a save made: each new run of typed words against what stood in its time. */
  static List<Correction> between(Transcript before, Transcript after) {
    List<Correction> found = new ArrayList<>();
    List<Word> words = after.words();
    for (int i = 0; i < words.size(); ) {
      if (!words.get(i).edited()) {
        i++;
        continue;
      }
      int end = i;
      while (end + 1 < words.size() && words.get(end + 1).edited()) {
        end++;
      }
      double from = words.get(i).start();
      double to = words.get(end).end();
      String written = text(words.subList(i, end + 1));
      String heard =
          text(
              before.words().stream()
                  .filter(w -> w.start() >= from - 1e-6 && w.end() <= to + 1e-6)
                  .toList());
      if (!heard.isEmpty()
          && !heard.equalsIgnoreCase(written)
          && end - i < MAX_WORDS
          && heard.split(" ").length <= MAX_WORDS) {
        found.add(new Correction(heard.toLowerCase(Locale.ROOT), written));
      }
      i = end + 1;
    }
    return found;
  }

  private static String text(List<Word> words) {
    return String.join(" ", words.stream().map(Word::word).toList());
  }
}
