package io.hindsight.recording;

import io.hindsight.search.TranscriptIndex;

/**
 * The notes of one recording are being rebuilt in {@code index} (a note or follow-up of it changed
 * somewhere): features with such documents add the recording's to {@code index} now, without
 * committing.
 */
public record NotesRebuilt(Recording recording, TranscriptIndex index) {}
