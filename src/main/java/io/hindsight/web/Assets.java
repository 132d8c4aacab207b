package io.hindsight.web;

import io.hindsight.HindsightException;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Serves the few static files under /assets from the classpath, kept in memory after first use.
 * Javalin's static file handler mounts the whole jar as a file system at start-up, which costs
 * seconds for a jar this size.
 */
final class Assets {

  private static final Pattern SAFE = Pattern.compile("[a-z0-9-]+(/[a-z0-9-]+)*\\.(css|js|svg)");
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "svg", "image/svg+xml");

  private record Asset(byte[] bytes, String type) {}

  private final Map<String, Asset> cache = new ConcurrentHashMap<>();

  void serve(Context ctx) throws IOException {
    String path = ctx.pathParam("path");
    if (!SAFE.matcher(path).matches()) {
      throw HindsightException.notFound("there is nothing at " + ctx.path());
    }
    Asset asset = cache.get(path);
    if (asset == null) {
      try (InputStream in = Assets.class.getResourceAsStream("/public/" + path)) {
        if (in == null) {
          throw HindsightException.notFound("there is nothing at " + ctx.path());
        }
        String extension = path.substring(path.lastIndexOf('.') + 1);
        asset = new Asset(in.readAllBytes(), TYPES.get(extension));
        cache.put(path, asset);
      }
    }
    ctx.header("Cache-Control", "max-age=300");
    ctx.contentType(asset.type()).result(asset.bytes());
  }
}
