package io.hindsight.cli;

import io.hindsight.HindsightException;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A serving node's spool for request bodies while they arrive: {@code DATA/uploads/NODE}, on the
 * data folder's file system so that a finished upload moves into staging by a rename. NODE is the
 * host name and a hash of the node's own index folder, which no two serving nodes share, so a node
 * restarting on the same index finds its own spool again, and a shared data folder gives each node
 * its own.
 */
final class UploadSpool {

  private UploadSpool() {}

  static Path of(Path data, Path index) {
    return data.resolve("uploads").resolve(node(index));
  }

  static String node(Path index) {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      host = "localhost";
    }
    String safe = host.replaceAll("[^A-Za-z0-9.-]", "_");
    return safe + "-" + hash(index.toAbsolutePath().normalize().toString());
  }

  /**
   * Deletes what a crash of this node left half received. No request of this node can still be
   * writing it, and other nodes' spools are left alone: they may be receiving uploads right now.
   */
  static void clearAbandoned(Path spool) {
    try {
      Files.createDirectories(spool);
      try (var files = Files.list(spool)) {
        files.forEach(f -> f.toFile().delete());
      }
    } catch (IOException e) {
      throw HindsightException.badInput(
          "cannot use the upload folder " + spool + ": " + e.getMessage());
    }
  }

  private static String hash(String text) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 4);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
