package io.hindsight.pair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoginThrottleTest {

  /** A clock the test moves by hand. */
  private static final class TestClock extends Clock {
    Instant now = Instant.parse("2025-01-01T00:00:00Z");

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }

  @Test
  void aUserNameIsBlockedAfterTooManyFailuresFromAnyAddressUntilTheWindowSlides() {
    TestClock clock = new TestClock();
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), clock);
    for (int i = 0; i < 3; i++) {
      assertEquals(0, throttle.secondsToWait("Ann", "10.0.0." + i));
      throttle.failed("Ann", "10.0.0." + i);
      clock.now = clock.now.plusSeconds(60);
    }
    assertEquals(420, throttle.secondsToWait("ann", "10.9.9.9"), "case-insensitive, any address");
    assertEquals(0, throttle.secondsToWait("ben", "10.9.9.9"));
    clock.now = clock.now.plusSeconds(420);
    assertEquals(0, throttle.secondsToWait("ann", "10.9.9.9"));
  }

  @Test
  void anAddressIsBlockedAfterTryingManyUserNames() {
    TestClock clock = new TestClock();
    LoginThrottle throttle = new LoginThrottle(3, Duration.ofMinutes(10), clock);
    for (String name : new String[] {"a", "b", "c"}) {
      throttle.failed(name, "10.0.0.1");
    }
    assertTrue(throttle.secondsToWait("d", "10.0.0.1") > 0);
    assertEquals(0, throttle.secondsToWait("d", "10.0.0.2"));
  }

  @Test
  void aSuccessClearsTheUserNamesFailures() {
    LoginThrottle throttle = new LoginThrottle(2, Duration.ofMinutes(10), new TestClock());
    throttle.failed("ann", "1");
    throttle.succeeded("ann");
    throttle.failed("ann", "2");
    assertEquals(0, throttle.secondsToWait("ann", "3"));
  }
}
