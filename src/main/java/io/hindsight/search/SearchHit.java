package io.hindsight.search;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * One matching moment: a transcript segment, or a note ({@code kind} "note").
 *
 * @param text the segment's or note's plain text
 * @param matches where {@code text} matched the query, in order; empty when nothing in it can be
 *     marked (a filter-only match)
 * @param author who wrote a note; null for a segment
 * @param visibility a note's visibility, "private" or "pair"; null for a segment
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SearchHit(
    String recordingId,
    String title,
    String pair,
    double startSeconds,
    double endSeconds,
    String text,
    @JsonIgnore List<MatchSpan> matches,
    String speaker,
    String kind,
    String author,
    String visibility) {

  public SearchHit {
    matches = List.copyOf(matches);
  }
}
