package io.hindsight.recording;

import io.hindsight.search.TranscriptIndex;

/**
 * The search index was rebuilt from the transcripts and is about to be committed. Features with
 * their own documents in it (notes) add them to {@code index} now, without committing.
 */
public record IndexRebuilt(TranscriptIndex index) {}
