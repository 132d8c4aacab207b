package io.hindsight.web;

import java.nio.file.Path;

/**
 * How the web app is served.
 *
 * @param uploadDir where uploads stream to while they arrive; on the data folder's file system so a
 *     finished upload is moved into place, not copied
 * @param maxUploadBytes the largest upload accepted; larger ones answer 413
 * @param secureCookies always mark the session cookie Secure (behind a TLS proxy); it is marked
 *     Secure anyway on requests that arrive over https
 */
public record WebConfig(Path uploadDir, long maxUploadBytes, boolean secureCookies) {

  public static final long DEFAULT_MAX_UPLOAD_BYTES = 4L * 1024 * 1024 * 1024;

  public static WebConfig defaults(Path dataDir) {
    return new WebConfig(dataDir.resolve("uploads"), DEFAULT_MAX_UPLOAD_BYTES, false);
  }
}
