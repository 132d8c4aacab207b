package io.hindsight.search;

import java.time.LocalDate;

/**
 * What the index needs to find a note and filter it to whoever may see it.
 *
 * @param visibility "private" (its author only) or "pair" (both members)
 */
public record IndexedNote(
    String noteId,
    String recordingId,
    String pair,
    String title,
    LocalDate recordedAt,
    double atSeconds,
    String text,
    String authorId,
    String authorName,
    String visibility) {}
