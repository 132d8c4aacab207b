package io.hindsight.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * The seam to ffmpeg and ffprobe. Production uses {@link FfmpegMediaTools}; unit tests use a fake
 * so they run without the binaries.
 */
public interface MediaTools {

  /** Sample rate of the PCM that {@link #openPcm} produces, the rate Vosk models expect. */
  int PCM_SAMPLE_RATE = 16_000;

  /** Bytes per second of 16-bit mono PCM at {@link #PCM_SAMPLE_RATE}. */
  int PCM_BYTES_PER_SECOND = PCM_SAMPLE_RATE * 2;

  /**
   * Reads the container and its streams.
   *
   * @throws io.hindsight.HindsightException of kind NOT_MEDIA when the file is not usable media
   */
  MediaInfo probe(Path file);

  /**
   * Streams one audio track as 16 kHz mono signed 16-bit little-endian PCM. The stream ends at the
   * end of the audio; closing it early stops the decoder. A decoding failure surfaces as an {@link
   * IOException} from {@code read} or {@code close}.
   *
   * @param track which audio stream, and optionally which single channel of it
   */
  InputStream openPcm(Path file, AudioTrack track) throws IOException;

  /**
   * As {@link #openPcm(Path, AudioTrack)}, decoding media that arrives on {@code media} (a file
   * still being uploaded) front to back, never seeking. Only for files {@link Streamable} says
   * stream.
   *
   * @throws UnsupportedOperationException when these tools cannot decode a stream
   */
  default InputStream openPcm(InputStream media, AudioTrack track) throws IOException {
    throw new UnsupportedOperationException("these media tools decode only files");
  }

  /** Whether {@link #openPcm(InputStream, AudioTrack)} works. */
  default boolean decodesStreams() {
    return false;
  }

  /**
   * Tools made only when first used: locating the bundled ffmpeg takes seconds, and opening the
   * library (as {@code serve} does at start) must not wait for it.
   */
  static MediaTools deferred(Supplier<? extends MediaTools> tools) {
    return new MediaTools() {
      @Override
      public MediaInfo probe(Path file) {
        return tools.get().probe(file);
      }

      @Override
      public InputStream openPcm(Path file, AudioTrack track) throws IOException {
        return tools.get().openPcm(file, track);
      }

      @Override
      public InputStream openPcm(InputStream media, AudioTrack track) throws IOException {
        return tools.get().openPcm(media, track);
      }

      @Override
      public boolean decodesStreams() {
        return tools.get().decodesStreams();
      }
    };
  }
}
