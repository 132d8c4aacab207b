package io.hindsight.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeSpanTest {

  @Test
  void unionSortsAndMergesOverlappingAndTouchingSpans() {
    List<TimeSpan> merged =
        TimeSpan.union(
            List.of(
                new TimeSpan(5, 6),
                new TimeSpan(1, 2),
                new TimeSpan(1.5, 3),
                new TimeSpan(3, 4),
                new TimeSpan(5.2, 5.4)));
    assertEquals(List.of(new TimeSpan(1, 4), new TimeSpan(5, 6)), merged);
  }

  @Test
  void withinClipsOrVanishes() {
    TimeSpan bounds = new TimeSpan(10, 20);
    assertEquals(new TimeSpan(10, 11), new TimeSpan(9, 11).within(bounds).orElseThrow());
    assertTrue(new TimeSpan(20, 21).within(bounds).isEmpty());
  }

  @Test
  void mustRunForward() {
    assertThrows(HindsightException.class, () -> new TimeSpan(2, 1));
    assertThrows(HindsightException.class, () -> new TimeSpan(Double.NaN, 1));
  }
}
