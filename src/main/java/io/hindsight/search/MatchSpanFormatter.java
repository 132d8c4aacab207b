package io.hindsight.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Gives the UnifiedHighlighter's matches as {@link MatchSpan}s instead of marked-up text.
 * Overlapping matches (a phrase and the words in it) become one span, as Lucene's own formatter
 * marks them.
 */
final class MatchSpanFormatter extends PassageFormatter {

  @Override
  public List<MatchSpan> format(Passage[] passages, String content) {
    List<MatchSpan> spans = new ArrayList<>();
    int at = 0;
    for (Passage passage : passages) {
      int[] starts = passage.getMatchStarts();
      int[] ends = passage.getMatchEnds();
      for (int i = 0; i < passage.getNumMatches(); i++) {
        int start = Math.max(starts[i], at);
        int end = ends[i];
        while (i + 1 < passage.getNumMatches() && starts[i + 1] < end) {
          end = Math.max(end, ends[++i]);
        }
        end = Math.min(end, passage.getEndOffset());
        if (end > start) {
          spans.add(new MatchSpan(start, end));
          at = end;
        }
      }
    }
    return List.copyOf(spans);
  }
}
