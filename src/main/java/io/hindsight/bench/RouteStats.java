package io.hindsight.bench;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Latencies and errors per route of a load run; thread-safe. */
final class RouteStats {

  /** What a load client does, and the status that means it worked. */
  enum Route {
    SEARCH(200),
    PAGE(200),
    MEDIA(206),
    NOTE(201),
    LOGIN(200),
    UPLOAD(202);

    final int expected;

    Route(int expected) {
      this.expected = expected;
    }

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  private final Map<Route, List<Long>> nanos = new EnumMap<>(Route.class);
  private final Map<Route, Integer> errors = new EnumMap<>(Route.class);
  private final Map<String, Integer> errorKinds = new java.util.TreeMap<>();

  RouteStats() {
    for (Route r : Route.values()) {
      nanos.put(r, new ArrayList<>());
      errors.put(r, 0);
    }
  }

  /** One request; {@code status} -1 when it got no answer (a timeout, a refused connection). */
  synchronized void record(Route route, long elapsedNanos, int status, String failure) {
    nanos.get(route).add(elapsedNanos);
    if (status != route.expected) {
      errors.merge(route, 1, Integer::sum);
      errorKinds.merge(
          route.label() + " " + (status < 0 ? failure : "HTTP " + status), 1, Integer::sum);
    }
  }

  synchronized int count(Route route) {
    return nanos.get(route).size() - errors.get(route);
  }

  synchronized int totalErrors() {
    return errors.values().stream().mapToInt(Integer::intValue).sum();
  }

  synchronized double percentileMs(Route route, double p) {
    long[] sorted = nanos.get(route).stream().mapToLong(Long::longValue).sorted().toArray();
    return percentile(sorted, p) / 1e6;
  }

  synchronized void print(PrintWriter out, double seconds) {
    long total = nanos.values().stream().mapToLong(List::size).sum();
    out.printf(
        Locale.ROOT,
        "requests: %d in %.1f s, %.1f per second, %d errors%n",
        total,
        seconds,
        total / seconds,
        totalErrors());
    out.printf(
        Locale.ROOT,
        "%-8s %8s %8s %9s %9s %9s %7s%n",
        "route",
        "count",
        "per s",
        "p50 ms",
        "p95 ms",
        "p99 ms",
        "errors");
    for (Route r : Route.values()) {
      long[] sorted = nanos.get(r).stream().mapToLong(Long::longValue).sorted().toArray();
      out.printf(
          Locale.ROOT,
          "%-8s %8d %8.1f %9.1f %9.1f %9.1f %7d%n",
          r.label(),
          sorted.length,
          sorted.length / seconds,
          percentile(sorted, 50) / 1e6,
          percentile(sorted, 95) / 1e6,
          percentile(sorted, 99) / 1e6,
          errors.get(r));
    }
    errorKinds.forEach((kind, n) -> out.printf("  error: %s x%d%n", kind, n));
  }

  private static double percentile(long[] sorted, double p) {
    if (sorted.length == 0) {
      return 0;
    }
    int rank = (int) Math.ceil(p / 100 * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(sorted.length - 1, rank))];
  }
}
