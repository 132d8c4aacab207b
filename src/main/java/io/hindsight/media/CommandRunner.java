package io.hindsight.media;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;

/**
 * Runs external commands: the one seam between Hindsight and the ffmpeg processes it starts, for
 * decoding and for cutting clips alike, so unit tests see every command line (as
 * ffmpeg-cli-wrapper's {@code ProcessFunction} does).
 */
interface CommandRunner {

  /**
   * Runs {@code command} and waits for it.
   *
   * @throws IOException when it cannot start, exits with a failure (the message then ends with the
   *     last line it wrote to stderr), or outlives {@code timeout} (it is then killed)
   */
  void run(List<String> command, Duration timeout) throws IOException;

  /**
   * Starts {@code command} and streams what it writes to stdout. Closing the stream early stops the
   * command. A failure surfaces as an {@link IOException} from {@code read} at the end of the
   * output (the message then ends with the last line it wrote to stderr).
   */
  InputStream stream(List<String> command) throws IOException;

  /** As {@link #stream(List)}, with {@code stdin} copied to the command's standard input. */
  default InputStream stream(List<String> command, InputStream stdin) throws IOException {
    throw new IOException("this runner cannot feed a command's standard input");
  }
}
