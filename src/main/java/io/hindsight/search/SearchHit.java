package io.hindsight.search;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One matching moment. {@code snippet} is HTML: the text escaped, with matched words in {@code
 * <mark>}.
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
    String kind) {}
