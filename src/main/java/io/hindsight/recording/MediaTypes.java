package io.hindsight.recording;

import io.hindsight.media.MediaInfo;

/** The Content-Type to serve a stored original with, from what ffprobe found in it. */
final class MediaTypes {

  private MediaTypes() {}

  static String of(MediaInfo info) {
    String format = info.formatName() == null ? "" : info.formatName();
    boolean video = info.hasVideo();
    if (format.contains("mp4") || format.contains("mov")) {
      return video ? "video/mp4" : "audio/mp4";
    }
    if (format.contains("webm") || format.contains("matroska")) {
      return video ? "video/webm" : "audio/webm";
    }
    if (format.equals("mp3")) {
      return "audio/mpeg";
    }
    if (format.equals("wav")) {
      return "audio/wav";
    }
    if (format.equals("ogg")) {
      return "audio/ogg";
    }
    if (format.equals("flac")) {
      return "audio/flac";
    }
    return "application/octet-stream";
  }
}
