package io.hindsight.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SchedulerTimingTest {

  @Test
  void byDefaultAKilledWorkersJobIsTakenOverWithinAMinute() {
    SchedulerTiming timing = SchedulerTiming.DEFAULT;
    assertEquals(Duration.ofSeconds(30), timing.deadAfter());
    // Dead after 30 s, found by the check every two heartbeats, claimed on the next poll.
    assertEquals(Duration.ofSeconds(42), timing.longestTakeover());
    assertTrue(timing.longestTakeover().compareTo(Duration.ofSeconds(60)) <= 0);
  }

  @Test
  void intervalsMustBePositive() {
    assertThrows(
        HindsightException.class,
        () -> new SchedulerTiming(Duration.ZERO, 6, Duration.ofSeconds(2)));
    assertThrows(
        HindsightException.class,
        () -> new SchedulerTiming(Duration.ofSeconds(5), 0, Duration.ofSeconds(2)));
  }
}
