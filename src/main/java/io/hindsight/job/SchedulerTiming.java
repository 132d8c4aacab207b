package io.hindsight.job;

import java.time.Duration;

/**
 * How often a worker tells the database it is alive, and when its silence makes its job another
 * worker's. db-scheduler checks for dead executions every two heartbeats, and idle workers look for
 * due jobs every {@code poll}, so a killed worker's job waits at most {@link #longestTakeover()}.
 *
 * @param heartbeat how often a running job's heartbeat is written
 * @param missedHeartbeats how many heartbeats a job may miss before it counts as dead
 * @param poll how often an idle worker looks for a queued job
 */
public record SchedulerTiming(Duration heartbeat, int missedHeartbeats, Duration poll) {

  /** 30 s of silence, found within 10 s more, picked within 2 s: at most 42 s, under a minute. */
  public static final SchedulerTiming DEFAULT =
      new SchedulerTiming(Duration.ofSeconds(5), 6, Duration.ofSeconds(2));

  public SchedulerTiming {
    if (heartbeat.isNegative() || heartbeat.isZero() || poll.isNegative() || poll.isZero()) {
      throw io.hindsight.HindsightException.badInput(
          "heartbeat and poll intervals must be positive");
    }
    if (missedHeartbeats < 1) {
      throw io.hindsight.HindsightException.badInput("missed heartbeats must be at least 1");
    }
  }

  /**
   * The default, or what {@code HINDSIGHT_HEARTBEAT_SECONDS}, {@code HINDSIGHT_MISSED_HEARTBEATS}
   * and {@code HINDSIGHT_POLL_SECONDS} say (tests shorten the take-over with them).
   */
  public static SchedulerTiming fromEnvironment() {
    return new SchedulerTiming(
        Duration.ofMillis(
            Math.round(1000 * number("HINDSIGHT_HEARTBEAT_SECONDS", DEFAULT.heartbeat()))),
        (int) number("HINDSIGHT_MISSED_HEARTBEATS", DEFAULT.missedHeartbeats()),
        Duration.ofMillis(Math.round(1000 * number("HINDSIGHT_POLL_SECONDS", DEFAULT.poll()))));
  }

  private static double number(String variable, Object fallback) {
    String value = System.getenv(variable);
    if (value == null || value.isBlank()) {
      return fallback instanceof Duration d ? d.toMillis() / 1000.0 : ((Integer) fallback);
    }
    try {
      return Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      throw io.hindsight.HindsightException.badInput(variable + " must be a number, not " + value);
    }
  }

  public Duration deadAfter() {
    return heartbeat.multipliedBy(missedHeartbeats);
  }

  public Duration longestTakeover() {
    return deadAfter().plus(heartbeat.multipliedBy(2)).plus(poll);
  }
}
