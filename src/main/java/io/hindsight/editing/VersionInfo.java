package io.hindsight.editing;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * Who saved a transcript version, when, and what it changed.
 *
 * @param author the member's name; null for the recognized text
 * @param at ISO-8601 instant
 * @param base the version whose text this one changed (0 for the recognized text)
 * @param restores for an undo, the version whose text it brings back
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VersionInfo(
    int version,
    String author,
    String authorId,
    String at,
    String summary,
    int base,
    Integer restores) {

  /** The version this one's text is: itself, or the one an undo brought back. */
  int textOf() {
    return restores != null ? restores : version;
  }
}
