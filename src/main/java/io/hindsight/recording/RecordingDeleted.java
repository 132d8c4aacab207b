package io.hindsight.recording;

/**
 * A recording is about to be deleted. Announced before anything of it is removed, so features that
 * keep things derived from it elsewhere (its job, shared excerpts) take them back first.
 */
public record RecordingDeleted(Recording recording) {}
