package io.hindsight.web;

import io.hindsight.media.Clip;
import io.hindsight.media.ClipFormat;
import io.hindsight.media.ClipMaker;
import io.hindsight.media.ClipRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** The clip maker's stand-in: the "clip" is a text file naming the range and the covered spans. */
final class FakeClips implements ClipMaker {

  @Override
  public Clip make(ClipRequest request) {
    Path file = Path.of(request.outputStem() + "." + request.format().extension(true));
    try {
      Files.writeString(
          file,
          "FAKECLIP " + request.range() + " " + request.cover() + " " + request.redactedInClip(),
          StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Clip(file, ClipFormat.MP4.contentType(true), true, request.range().duration());
  }
}
