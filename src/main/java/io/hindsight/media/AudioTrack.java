package io.hindsight.media;

/**
 * Which audio to decode: one audio stream, either downmixed or a single channel of it (for stereo
 * recordings that put one participant on each side).
 *
 * @param audioIndex the position among the file's audio streams
 * @param channel the channel to keep, or {@link #ALL_CHANNELS} to downmix
 */
public record AudioTrack(int audioIndex, int channel) {

  public static final int ALL_CHANNELS = -1;

  public static AudioTrack mixOf(int audioIndex) {
    return new AudioTrack(audioIndex, ALL_CHANNELS);
  }
}
