package io.hindsight.excerpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import io.hindsight.media.TimeSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ExcerptInputTest {

  private static final double RECORDING = 300;

  @ParameterizedTest
  @CsvSource({
    "10, 40, 10, 40",
    "0, 180, 0, 180",
    // Within the slack past the end means "to the end".
    "280, 301, 280, 300",
  })
  void aRangeInsideTheRecordingIsKept(double from, double to, double start, double end) {
    TimeSpan span = ExcerptInput.range(from, to, 180, () -> RECORDING);
    assertEquals(start, span.start(), 1e-9);
    assertEquals(end, span.end(), 1e-9);
  }

  @ParameterizedTest
  @CsvSource({
    "290, 320, the recording is only 5:00 long",
    "400, 420, the recording is only 5:00 long",
    "90, 60, To (1:00) is not after From (1:30)",
    "60, 60, must end after it starts",
    "-5, 10, cannot start before the recording",
    "0, 181, at most 3 minutes",
    "NaN, 10, as times in the recording",
  })
  void aRangeThatCannotBeAnExcerptSaysWhyInWords(double from, double to, String says) {
    HindsightException refused =
        assertThrows(
            HindsightException.class, () -> ExcerptInput.range(from, to, 180, () -> RECORDING));
    assertTrue(refused.getMessage().contains(says), refused.getMessage());
    assertTrue(!refused.getMessage().contains("Seconds"), "no API field names: " + refused);
  }
}
