package io.hindsight.web;

import io.hindsight.HindsightException;
import java.nio.file.Path;

/**
 * How the web app is served.
 *
 * @param uploadDir where uploads stream to while they arrive; on the data folder's file system so a
 *     finished upload is moved into place, not copied
 * @param maxUploadBytes the largest upload accepted; larger ones answer 413
 * @param secureCookies always mark the session cookie Secure (behind a TLS proxy); it is marked
 *     Secure anyway on requests that arrive over https
 * @param trustedProxy the IP address of the reverse proxy in front, whose {@code X-Forwarded-For}
 *     names the client; null to trust no one's
 */
public record WebConfig(
    Path uploadDir, long maxUploadBytes, boolean secureCookies, String trustedProxy) {

  public static final long DEFAULT_MAX_UPLOAD_BYTES = 4L * 1024 * 1024 * 1024;

  public WebConfig {
    if (trustedProxy != null && ClientAddress.literal(trustedProxy) == null) {
      throw HindsightException.badInput(
          "--trusted-proxy must be an IP address, such as 127.0.0.1, not '" + trustedProxy + "'");
    }
  }

  public WebConfig(Path uploadDir, long maxUploadBytes, boolean secureCookies) {
    this(uploadDir, maxUploadBytes, secureCookies, null);
  }

  public static WebConfig defaults(Path dataDir) {
    return new WebConfig(dataDir.resolve("uploads"), DEFAULT_MAX_UPLOAD_BYTES, false);
  }
}
