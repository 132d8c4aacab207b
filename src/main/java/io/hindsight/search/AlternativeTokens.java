package io.hindsight.search;

import io.hindsight.transcribe.Alternative;
import io.hindsight.transcribe.Word;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The words the recognizer almost heard in one segment, as tokens of the alternatives field. Each
 * alternative is analyzed like the text (so "talked" finds "talking") and carries the offsets of
 * the word it was heard in place of: a hit on an alternative marks, in the text, the word that
 * stands where it was said.
 */
final class AlternativeTokens extends TokenStream {

  private record Token(String term, int start, int end) {}

  private final List<Token> tokens;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
  private int next;

  private AlternativeTokens(List<Token> tokens) {
    this.tokens = tokens;
  }

  /**
   * @param text the segment's text
   * @param words the segment's words, in the order of the text
   * @return null when no word has an alternative
   */
  static AlternativeTokens of(String text, List<Word> words, Analyzer analyzer) {
    List<Token> tokens = new ArrayList<>();
    int cursor = 0;
    for (Word word : words) {
      int at = text.indexOf(word.word(), cursor);
      if (at < 0) {
        continue; // an edited segment whose words no longer match its text
      }
      cursor = at + word.word().length();
      for (Alternative alternative : word.alternatives()) {
        for (String stem : analyzed(analyzer, alternative.word())) {
          tokens.add(new Token(stem, at, cursor));
        }
      }
    }
    return tokens.isEmpty() ? null : new AlternativeTokens(tokens);
  }

  private static List<String> analyzed(Analyzer analyzer, String word) {
    List<String> terms = new ArrayList<>(1);
    try (TokenStream stream = analyzer.tokenStream(IndexDocuments.TEXT, word)) {
      CharTermAttribute t = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(t.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // analyzing a string in memory
    }
    return terms;
  }

  @Override
  public boolean incrementToken() {
    if (next >= tokens.size()) {
      return false;
    }
    clearAttributes();
    Token token = tokens.get(next++);
    term.setEmpty().append(token.term());
    offset.setOffset(token.start(), token.end());
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    next = 0;
  }
}
