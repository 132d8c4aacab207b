package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.media.AudioTrack;
import io.hindsight.media.MediaInfo;
import io.hindsight.media.MediaTools;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * ffmpeg's stand-in: a "media file" is text starting with {@code FAKEMEDIA <seconds>}; anything
 * else is not media. Its audio is a loud tone, so the silence chunker keeps all of it.
 */
final class FakeMedia implements MediaTools {

  static final String MAGIC = "FAKEMEDIA";

  static byte[] file(double seconds) {
    return (MAGIC + " " + seconds + "\n").getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public MediaInfo probe(Path file) {
    try {
      String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
      if (!text.startsWith(MAGIC)) {
        throw HindsightException.notMedia(
            file.getFileName() + " is not a media file ffmpeg can read");
      }
      double seconds = Double.parseDouble(text.substring(MAGIC.length()).strip());
      return new MediaInfo(
          "mov,mp4,m4a,3gp,3g2,mj2",
          seconds,
          List.of(new MediaInfo.AudioStream(0, "aac", 1, null)),
          true);
    } catch (IOException e) {
      throw HindsightException.notMedia("cannot read " + file);
    }
  }

  @Override
  public InputStream openPcm(Path file, AudioTrack track) {
    double seconds = probe(file).durationSeconds();
    byte[] pcm = new byte[(int) (seconds * PCM_BYTES_PER_SECOND) & ~1];
    for (int i = 0; i < pcm.length; i += 2) {
      short sample = (short) ((i / 2) % 40 < 20 ? 12000 : -12000);
      pcm[i] = (byte) sample;
      pcm[i + 1] = (byte) (sample >> 8);
    }
    return new ByteArrayInputStream(pcm);
  }
}
