package io.hindsight.media;

import java.util.List;

/**
 * The container and codecs of a clip, each playable by current browsers and each available in the
 * bundled ffmpeg (which has libopenh264 and libvpx, but no libx264).
 */
public enum ClipFormat {
  /** H.264 (OpenH264) and AAC in MP4; audio-only clips are AAC in M4A. Plays nearly everywhere. */
  MP4("mp4", "m4a", "video/mp4", "audio/mp4") {
    @Override
    List<String> videoCodec() {
      return List.of("-c:v", "libopenh264", "-b:v", "1500k", "-pix_fmt", "yuv420p");
    }

    @Override
    List<String> audioCodec() {
      return List.of("-c:a", "aac", "-b:a", "96k");
    }

    @Override
    List<String> muxer() {
      // The index at the front lets a browser start playing before the whole file arrived.
      return List.of("-f", "mp4", "-movflags", "+faststart");
    }
  },

  /** VP9 and Opus in WebM, for every clip. Slower to encode, free of patents. */
  WEBM("webm", "webm", "video/webm", "audio/webm") {
    @Override
    List<String> videoCodec() {
      return List.of(
          "-c:v",
          "libvpx-vp9",
          "-b:v",
          "0",
          "-crf",
          "36",
          "-deadline",
          "realtime",
          "-cpu-used",
          "8",
          "-row-mt",
          "1",
          "-pix_fmt",
          "yuv420p");
    }

    @Override
    List<String> audioCodec() {
      return List.of("-c:a", "libopus", "-b:a", "64k");
    }

    @Override
    List<String> muxer() {
      return List.of("-f", "webm");
    }
  };

  private final String videoExtension;
  private final String audioExtension;
  private final String videoType;
  private final String audioType;

  ClipFormat(String videoExtension, String audioExtension, String videoType, String audioType) {
    this.videoExtension = videoExtension;
    this.audioExtension = audioExtension;
    this.videoType = videoType;
    this.audioType = audioType;
  }

  public String extension(boolean video) {
    return video ? videoExtension : audioExtension;
  }

  public String contentType(boolean video) {
    return video ? videoType : audioType;
  }

  abstract List<String> videoCodec();

  abstract List<String> audioCodec();

  abstract List<String> muxer();
}
