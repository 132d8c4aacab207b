package io.hindsight.testing;

import io.hindsight.HindsightException;
import io.hindsight.media.AudioTrack;
import io.hindsight.media.MediaInfo;
import io.hindsight.media.MediaTools;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MediaTools without ffmpeg: a file "contains" whatever PCM the test registered for its name. Files
 * not registered are not media. Records every decode so tests can assert on them.
 */
public final class FakeMediaTools implements MediaTools {

  private final Map<String, List<byte[]>> tracks = new HashMap<>();
  private final Map<String, Double> claimedDurations = new HashMap<>();
  public final List<String> decoded = new ArrayList<>();

  /** Registers a file name whose audio streams hold these PCM tracks. */
  public FakeMediaTools with(String fileName, byte[]... pcmTracks) {
    tracks.put(fileName, List.of(pcmTracks));
    return this;
  }

  /** Makes the container claim a longer duration than its audio, like a truncated upload. */
  public FakeMediaTools claimingDuration(String fileName, double seconds) {
    claimedDurations.put(fileName, seconds);
    return this;
  }

  @Override
  public MediaInfo probe(Path file) {
    String name = file.getFileName().toString();
    List<byte[]> pcm = tracks.get(name);
    if (pcm == null || !Files.exists(file)) {
      throw HindsightException.notMedia(name + " is not a media file ffmpeg can read");
    }
    List<MediaInfo.AudioStream> streams = new ArrayList<>();
    for (int i = 0; i < pcm.size(); i++) {
      streams.add(new MediaInfo.AudioStream(i, "pcm_s16le", 1, null));
    }
    double seconds =
        claimedDurations.getOrDefault(name, pcm.get(0).length / (double) PCM_BYTES_PER_SECOND);
    return new MediaInfo("wav", seconds, streams, false);
  }

  @Override
  public InputStream openPcm(Path file, AudioTrack track) {
    // Stored copies are renamed by the library; fall back to the single registered file.
    String name = file.getFileName().toString();
    List<byte[]> pcm = tracks.get(name);
    if (pcm == null && tracks.size() == 1) {
      pcm = tracks.values().iterator().next();
    }
    decoded.add(name + "#" + track.audioIndex());
    return new ByteArrayInputStream(pcm.get(track.audioIndex()));
  }
}
