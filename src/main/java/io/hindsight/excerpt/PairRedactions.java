package io.hindsight.excerpt;

import io.hindsight.HindsightException;
import io.hindsight.pair.Accounts;
import io.hindsight.pair.User;
import io.hindsight.transcribe.Word;
import java.util.List;
import java.util.Locale;
import java.util.SortedSet;

/**
 * What a pair always hides: its "always redact" list, and the redactions suggested from it and the
 * members' names.
 */
public final class PairRedactions {

  private final ExcerptRepository repository;
  private final Accounts accounts;

  PairRedactions(ExcerptRepository repository, Accounts accounts) {
    this.repository = repository;
    this.accounts = accounts;
  }

  /** The "always redact" words and phrases of a pair. */
  public List<String> words(String pair) {
    return repository.redactWords(pair);
  }

  /** Replaces the list; blank entries are dropped, case is folded. */
  public List<String> replace(String pair, List<String> phrases) {
    List<String> clean =
        ExcerptInput.orEmpty(phrases).stream()
            .filter(p -> p != null && !p.isBlank())
            .map(p -> p.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT))
            .distinct()
            .toList();
    if (clean.size() > 500 || clean.stream().anyMatch(p -> p.length() > 100)) {
      throw HindsightException.badInput("keep the list under 500 entries of 100 characters");
    }
    repository.replaceRedactWords(pair, clean);
    return words(pair);
  }

  /** The indexes of the words the pair would hide among {@code words}. */
  SortedSet<Integer> suggested(String pair, List<Word> words) {
    List<String> names = accounts.members(pair).stream().map(User::name).toList();
    return SuggestedRedaction.wordIndexes(
        new RedactionSuggester(names, repository.redactWords(pair)).suggest(words));
  }
}
