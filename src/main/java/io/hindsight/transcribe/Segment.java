package io.hindsight.transcribe;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A short utterance: the unit of search hits and captions. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Segment(double start, double end, String text, String speaker) {}
