package io.hindsight.editing;

import io.hindsight.transcribe.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Gives typed text the recognized timings: words found unchanged (by a longest common subsequence
 * over the tokens, ignoring case and punctuation) keep their times, and the typed words between two
 * kept ones share the time of the words they replace, in proportion to their length.
 */
final class Retimer {

  private Retimer() {}

  /**
   * @param old the segment's words, in order
   * @param tokens the typed words, in order, none blank
   * @param segmentStart where a segment whose words all changed begins
   * @param segmentEnd where it ends
   */
  static List<Word> retime(
      List<Word> old, List<String> tokens, String speaker, double segmentStart, double segmentEnd) {
    int[][] lcs = lengths(old, tokens);
    List<Word> out = new ArrayList<>();
    int i = 0;
    int j = 0;
    int prevOld = -1;
    int prevNew = -1;
    while (i <= old.size() && j <= tokens.size()) {
      boolean end = i == old.size() || j == tokens.size();
      if (!end && !same(old.get(i), tokens.get(j))) {
        if (lcs[i + 1][j] >= lcs[i][j + 1]) {
          i++;
        } else {
          j++;
        }
        continue;
      }
      int anchorOld = end ? old.size() : i;
      int anchorNew = end ? tokens.size() : j;
      if (anchorNew > prevNew + 1) {
        double from =
            anchorOld > prevOld + 1
                ? old.get(prevOld + 1).start()
                : prevOld >= 0 ? old.get(prevOld).end() : segmentStart;
        double to =
            anchorOld > prevOld + 1
                ? old.get(anchorOld - 1).end()
                : anchorOld < old.size() ? old.get(anchorOld).start() : segmentEnd;
        out.addAll(
            spread(tokens.subList(prevNew + 1, anchorNew), speaker, from, Math.max(from, to)));
      }
      if (end) {
        break;
      }
      Word kept = old.get(i);
      out.add(
          kept.word().equals(tokens.get(j))
              ? kept
              : new Word(tokens.get(j), kept.start(), kept.end(), 1.0, kept.speaker(), true));
      prevOld = i++;
      prevNew = j++;
    }
    return out;
  }

  private static int[][] lengths(List<Word> old, List<String> tokens) {
    int[][] lcs = new int[old.size() + 1][tokens.size() + 1];
    for (int a = old.size() - 1; a >= 0; a--) {
      for (int b = tokens.size() - 1; b >= 0; b--) {
        lcs[a][b] =
            same(old.get(a), tokens.get(b))
                ? lcs[a + 1][b + 1] + 1
                : Math.max(lcs[a + 1][b], lcs[a][b + 1]);
      }
    }
    return lcs;
  }

  private static boolean same(Word word, String token) {
    String a = fold(word.word());
    return !a.isEmpty() ? a.equals(fold(token)) : word.word().equals(token);
  }

  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}']", "");
  }

  private static List<Word> spread(List<String> tokens, String speaker, double from, double to) {
    int total = tokens.stream().mapToInt(t -> t.length() + 1).sum();
    List<Word> words = new ArrayList<>();
    double cursor = from;
    for (String token : tokens) {
      double next = cursor + (to - from) * (token.length() + 1) / total;
      words.add(new Word(token, round(cursor), round(Math.min(next, to)), 1.0, speaker, true));
      cursor = next;
    }
    return words;
  }

  private static double round(double seconds) {
    return Math.round(seconds * 1000) / 1000.0;
  }
}
