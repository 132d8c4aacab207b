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
 * @param match how it was found: {@link #EXACT}, {@link #ALTERNATIVE} or {@link #SOUND}
 * @param recordedAt the day of the session, ISO (2026-03-14); null when not known
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
    String visibility,
    String match,
    String recordedAt) {

  /** Found in the best transcript as written. */
  public static final String EXACT = "exact";

  /** Found only in what the recognizer almost heard (or the pair's usual mishearings). */
  public static final String ALTERNATIVE = "alternative";

  /** Found only by a word that sounds the same. */
  public static final String SOUND = "sound";

  public SearchHit {
    matches = List.copyOf(matches);
  }
}
