package io.hindsight.search;

import io.hindsight.transcribe.Transcript;
import java.time.LocalDate;

/** What the index needs to know about a recording besides its transcript. */
public record IndexedRecording(
    String recordingId, String pair, String title, LocalDate recordedAt, Transcript transcript) {}
