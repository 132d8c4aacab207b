package io.hindsight;

/**
 * A failure a person can act on. The message is one plain sentence; {@link #kind()} decides the CLI
 * exit code and the HTTP status, so both front ends report the same problem the same way.
 */
public class HindsightException extends RuntimeException {

  /** What went wrong, in the terms both the CLI contract and the HTTP API use. */
  public enum Kind {
    BAD_INPUT(2, 400),
    NOT_MEDIA(3, 415),
    NO_CONSENT(4, 409),
    NOT_FOUND(1, 404),
    CONFLICT(1, 409),
    /** Something that existed and was taken away for good: a revoked or expired share link. */
    GONE(1, 410),
    FORBIDDEN(1, 403),
    UNAUTHORIZED(1, 401),
    TOO_LARGE(1, 413),
    TOO_MANY_REQUESTS(1, 429),
    INTERNAL(1, 500);

    public final int exitCode;
    public final int httpStatus;

    Kind(int exitCode, int httpStatus) {
      this.exitCode = exitCode;
      this.httpStatus = httpStatus;
    }
  }

  private final Kind kind;

  public HindsightException(Kind kind, String message) {
    this(kind, message, null);
  }

  public HindsightException(Kind kind, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  public static HindsightException badInput(String message) {
    return new HindsightException(Kind.BAD_INPUT, message);
  }

  public static HindsightException notFound(String message) {
    return new HindsightException(Kind.NOT_FOUND, message);
  }

  public static HindsightException notMedia(String message) {
    return new HindsightException(Kind.NOT_MEDIA, message);
  }
}
