package io.hindsight.media;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

/** Runs an external command to completion. The seam that lets unit tests see ffmpeg commands. */
interface CommandRunner {

  /**
   * Runs {@code command} and waits for it.
   *
   * @throws IOException when it cannot start, exits with a failure (the message then ends with the
   *     last line it wrote to stderr), or outlives {@code timeout} (it is then killed)
   */
  void run(List<String> command, Duration timeout) throws IOException;
}
