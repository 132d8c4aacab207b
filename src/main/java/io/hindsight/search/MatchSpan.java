package io.hindsight.search;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Where a hit's text matched the query: {@code [start, end)} in UTF-16 offsets into the hit's plain
 * text. Search returns these, never markup; each front end renders them its own way.
 */
public record MatchSpan(int start, int end) {

  public MatchSpan {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("not a span: [" + start + ", " + end + ")");
    }
  }

  /**
   * {@code text} with each span between {@code open} and {@code close}, and every piece of the text
   * passed through {@code escape} (the markers are not).
   *
   * @param spans in order, not overlapping, within the text
   */
  public static String render(
      String text, List<MatchSpan> spans, UnaryOperator<String> escape, String open, String close) {
    StringBuilder out = new StringBuilder(text.length() + spans.size() * 16);
    int at = 0;
    for (MatchSpan span : spans) {
      out.append(escape.apply(text.substring(at, span.start())))
          .append(open)
          .append(escape.apply(text.substring(span.start(), span.end())))
          .append(close);
      at = span.end();
    }
    return out.append(escape.apply(text.substring(at))).toString();
  }
}
