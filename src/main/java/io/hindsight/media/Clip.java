package io.hindsight.media;

import java.nio.file.Path;

/**
 * A finished clip.
 *
 * @param file the complete clip; it only ever appears under this name when fully written
 * @param contentType the MIME type to serve it with
 * @param hasVideo whether it has a picture; otherwise it is audio only
 * @param durationSeconds the length asked for
 */
public record Clip(Path file, String contentType, boolean hasVideo, double durationSeconds) {}
