package io.hindsight.media;

import java.util.List;

/**
 * What ffprobe found in a file that matters to Hindsight.
 *
 * @param durationSeconds the container's duration; 0 when the container does not say
 * @param audioStreams the audio streams in file order
 * @param hasVideo whether a real video stream is present (cover art does not count)
 */
public record MediaInfo(
    String formatName, double durationSeconds, List<AudioStream> audioStreams, boolean hasVideo) {

  public MediaInfo {
    audioStreams = List.copyOf(audioStreams);
  }

  /**
   * One audio stream.
   *
   * @param audioIndex the position among the file's audio streams, as ffmpeg's {@code 0:a:N}
   * @param title the stream's title tag, often the participant's name in per-person recordings
   */
  public record AudioStream(int audioIndex, String codec, int channels, String title) {}
}
