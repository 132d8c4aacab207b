package io.hindsight.testing;

import io.hindsight.HindsightException;
import io.hindsight.media.AudioTrack;
import io.hindsight.media.MediaInfo;
import io.hindsight.media.MediaTools;
import io.hindsight.media.UnusableMediaException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * MediaTools without ffmpeg. A file is media in one of two ways: its name was registered with the
 * PCM of its audio streams ({@link #with}), or its text is {@link #file(double) FAKEMEDIA
 * <seconds>}, a video of that length whose audio is a loud tone (so the silence chunker keeps all
 * of it). Anything else is not media. Records every decode so tests can assert on them.
 */
public final class FakeMediaTools implements MediaTools {

  static final String MAGIC = "FAKEMEDIA";

  private final Map<String, List<byte[]>> tracks = new HashMap<>();
  private final Map<String, Double> claimedDurations = new HashMap<>();
  public final List<String> decoded = new ArrayList<>();

  /** The bytes of a fake video lasting {@code seconds}. */
  public static byte[] file(double seconds) {
    return (MAGIC + " " + seconds + "\n").getBytes(StandardCharsets.UTF_8);
  }

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
    if (pcm == null) {
      double seconds = fakeVideoSeconds(file);
      return new MediaInfo(
          "mov,mp4,m4a,3gp,3g2,mj2",
          seconds,
          List.of(new MediaInfo.AudioStream(0, "aac", 1, null)),
          true);
    }
    if (!Files.exists(file)) {
      throw notMedia(file);
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
    String name = file.getFileName().toString();
    decoded.add(name + "#" + track.audioIndex());
    List<byte[]> pcm = tracks.get(name);
    // Stored copies are renamed by the library; fall back to the single registered file.
    if (pcm == null && tracks.size() == 1) {
      pcm = tracks.values().iterator().next();
    }
    if (pcm == null) {
      return new ByteArrayInputStream(tone(fakeVideoSeconds(file)));
    }
    return new ByteArrayInputStream(pcm.get(track.audioIndex()));
  }

  private static double fakeVideoSeconds(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (!text.startsWith(MAGIC)) {
        throw notMedia(file);
      }
      return Double.parseDouble(text.substring(MAGIC.length()).strip());
    } catch (IOException | NumberFormatException e) {
      throw notMedia(file);
    }
  }

  private static HindsightException notMedia(Path file) {
    return new UnusableMediaException(file, "is not a media file ffmpeg can read");
  }

  private static byte[] tone(double seconds) {
    byte[] pcm = new byte[(int) (seconds * PCM_BYTES_PER_SECOND) & ~1];
    for (int i = 0; i < pcm.length; i += 2) {
      short sample = (short) ((i / 2) % 40 < 20 ? 12000 : -12000);
      pcm[i] = (byte) sample;
      pcm[i + 1] = (byte) (sample >> 8);
    }
    return pcm;
  }
}
