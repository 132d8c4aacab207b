package io.hindsight.pair;

import io.hindsight.HindsightException;
import io.hindsight.db.Database;
import io.hindsight.transcribe.DisplayCasing;
import io.hindsight.transcribe.Transcript;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A pair's "our words": the names, projects and jargon it uses, written with their casing. They
 * give transcripts their display casing, find and replace its suggestions, and search its
 * expansions.
 */
public final class Vocabulary {

  public static final int MAX_WORDS = 500;
  public static final int MAX_CHARS = 60;

  private final VocabularyRepository repository;
  private final Accounts accounts;

  public Vocabulary(Database db, Accounts accounts) {
    this.repository = new VocabularyRepository(db);
    this.accounts = accounts;
  }

  /** The pair's own words, as the pair wrote them and in its order; none for no pair. */
  public List<String> words(String pair) {
    return pair == null ? List.of() : repository.words(pair);
  }

  /**
   * Replaces the pair's list. Spaces are tidied, blank entries dropped and a word given twice (in
   * any casing) kept once, as first written; a list too long, or a word too long or without a
   * letter or digit, changes nothing.
   */
  public List<String> replace(String pair, List<String> words) {
    if (words == null) {
      throw HindsightException.badInput("send the list as {\"words\": [\"Acme\", \"OKRs\"]}");
    }
    List<String> clean = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (String word : words) {
      String tidy = word == null ? "" : word.strip().replaceAll("\\s+", " ");
      if (tidy.isEmpty()) {
        continue;
      }
      if (tidy.length() > MAX_CHARS) {
        throw HindsightException.badInput(
            "\""
                + tidy.substring(0, 20)
                + "…\" is too long: keep each entry to "
                + MAX_CHARS
                + " characters");
      }
      if (tidy.codePoints().noneMatch(Character::isLetterOrDigit)
          || tidy.codePoints().anyMatch(Character::isISOControl)) {
        throw HindsightException.badInput(
            "\"" + tidy + "\" is not a word: each entry needs a letter or a digit");
      }
      if (seen.add(tidy.toLowerCase(Locale.ROOT))) {
        clean.add(tidy);
      }
    }
    if (clean.size() > MAX_WORDS) {
      throw HindsightException.badInput(
          "that is " + clean.size() + " words: keep the list to " + MAX_WORDS);
    }
    repository.replace(pair, clean);
    return words(pair);
  }

  /**
   * Learns from a member's correction: when what they wrote is one of the pair's words, what the
   * recognizer heard instead is its mishearing, and a search for the word finds it from then on.
   */
  public void learn(String pair, String heard, String written) {
    if (pair != null && !heard.isBlank() && !heard.equalsIgnoreCase(written)) {
      repository.learn(pair, written.strip(), heard.strip().toLowerCase(Locale.ROOT));
    }
  }

  /** The pair's usual mishearings of {@code word}, if it is one of its words; else none. */
  public List<String> heardAs(String pair, String word) {
    return pair == null || word == null ? List.of() : repository.heardAs(pair, word.strip());
  }

  /**
   * The transcript as the pair reads it: with display forms from its members' names, its speakers'
   * names and its own words. The recognized words stay as they are.
   */
  public Transcript readable(String pair, Transcript transcript) {
    List<String> names = accounts.members(pair).stream().map(User::name).toList();
    return DisplayCasing.of(names, words(pair)).apply(transcript);
  }
}
