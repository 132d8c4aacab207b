package io.hindsight.media;

import io.hindsight.HindsightException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

/** {@link ClipMaker} on the ffmpeg binary. See {@link ClipCommand} for how the cut is made. */
public final class FfmpegClipMaker implements ClipMaker {

  /** Slack on the recording's probed length, which containers round. */
  private static final double DURATION_TOLERANCE_SECONDS = 0.5;

  private final FfmpegBinaries binaries;
  private final MediaTools media;
  private final CommandRunner runner;

  public FfmpegClipMaker(FfmpegBinaries binaries, MediaTools media) {
    this(binaries, media, new ProcessCommandRunner(binaries));
  }

  FfmpegClipMaker(FfmpegBinaries binaries, MediaTools media, CommandRunner runner) {
    this.binaries = binaries;
    this.media = media;
    this.runner = runner;
  }

  @Override
  public Clip make(ClipRequest request) {
    MediaInfo info = media.probe(request.source());
    TimeSpan range = rangeWithin(request.range(), info.durationSeconds());
    boolean video = request.keepVideo() && info.hasVideo();
    String name = request.outputStem().getFileName() + "." + request.format().extension(video);
    Path target = request.outputStem().resolveSibling(name);
    Path temp = null;
    try {
      Path folder = target.toAbsolutePath().getParent();
      Files.createDirectories(folder);
      // A hidden name in the same folder: the rename below is then atomic, and a half-written
      // clip is never served or mistaken for a finished one.
      temp = Files.createTempFile(folder, "." + name + ".", ".part");
      runner.run(
          ClipCommand.build(binaries.ffmpeg(), request, info, range, video, temp), timeout(range));
      if (Files.size(temp) == 0) {
        throw new IOException("ffmpeg wrote nothing");
      }
      Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL,
          "could not cut the clip from " + request.source().getFileName() + ": " + e.getMessage(),
          e);
    } finally {
      deleteQuietly(temp);
    }
    return new Clip(target, request.format().contentType(video), video, range.duration());
  }

  /**
   * The requested range, cut at the recording's end. A start past the end is refused rather than
   * giving an empty clip.
   */
  static TimeSpan rangeWithin(TimeSpan range, double recordingSeconds) {
    if (recordingSeconds <= 0) {
      return range; // the container does not say; ffmpeg stops at the end of the media anyway
    }
    if (range.start() >= recordingSeconds - ClipRequest.MIN_SECONDS) {
      throw beyondTheEnd("start", range.start(), recordingSeconds);
    }
    if (range.end() > recordingSeconds + DURATION_TOLERANCE_SECONDS) {
      throw beyondTheEnd("end", range.end(), recordingSeconds);
    }
    return new TimeSpan(range.start(), Math.min(range.end(), recordingSeconds));
  }

  private static HindsightException beyondTheEnd(String which, double at, double recordingSeconds) {
    return HindsightException.badInput(
        "the clip would "
            + which
            + " at "
            + ClipCommand.seconds(at)
            + " s, but the recording lasts "
            + ClipCommand.seconds(recordingSeconds)
            + " s");
  }

  /** Generous: the sound is decoded from the recording's start, the clip encoded in full. */
  private static Duration timeout(TimeSpan range) {
    return Duration.ofSeconds(120 + (long) Math.ceil(range.end() / 2 + range.duration() * 10));
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // Only a leftover hidden .part file; the clip itself is either complete or absent.
    }
  }
}
