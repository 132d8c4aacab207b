package io.hindsight.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One matching moment: a transcript segment, or a note ({@code kind} "note"). {@code snippet} is
 * HTML: the text escaped, with matched words in {@code <mark>}.
 *
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
    String snippet,
    String speaker,
    String kind,
    String author,
    String visibility) {}
