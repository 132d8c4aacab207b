package io.hindsight.media;

import io.hindsight.HindsightException;
import java.nio.file.Path;

/**
 * A file that is not usable media (kind NOT_MEDIA), saying what is wrong with it. The message
 * starts with the file's name; {@link #named} tells the same problem under the name the person
 * knows the file by, since stored copies are named by the server.
 */
public final class UnusableMediaException extends HindsightException {

  private final transient Path file;
  private final String problem;

  /**
   * @param problem what is wrong, to follow the file's name: "has no audio stream"
   */
  public UnusableMediaException(Path file, String problem) {
    this(file, problem, null);
  }

  public UnusableMediaException(Path file, String problem, Throwable cause) {
    this(file, file.getFileName().toString(), problem, cause);
  }

  private UnusableMediaException(Path file, String name, String problem, Throwable cause) {
    super(Kind.NOT_MEDIA, name + " " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  /** The file the problem was found in. */
  public Path file() {
    return file;
  }

  /** The same problem, told of {@code name}: "'talk.mp4'", "the recording". */
  public UnusableMediaException named(String name) {
    return new UnusableMediaException(file, name, problem, getCause());
  }

  /** The same problem, told of {@code name} and followed by {@code advice}. */
  public UnusableMediaException named(String name, String advice) {
    return new UnusableMediaException(file, name, problem + ". " + advice, getCause());
  }
}
