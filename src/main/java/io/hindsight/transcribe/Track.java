package io.hindsight.transcribe;

import io.hindsight.media.AudioTrack;
import java.nio.file.Path;

/**
 * One participant's audio (or the whole conversation's, when there is one track).
 *
 * @param speaker the label for every word of this track, or null when the track is a mix
 * @param durationSeconds as probed, used for progress and to detect truncated files
 */
public record Track(Path file, AudioTrack audio, String speaker, double durationSeconds) {}
