package io.hindsight.diarize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Diarizing a two-hour recording's utterances fits in {@code -Xmx256m}, with room to spare. */
class TwoHoursIT {

  @Test
  void twoHoursOfUtterancesAreDiarizedInASmallHeap() throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process =
        new ProcessBuilder(
                java.toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                TwoHours.class.getName(),
                "2")
            .redirectErrorStream(true)
            .start();
    assertTrue(process.waitFor(10, TimeUnit.MINUTES), "it took over ten minutes");
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, process.exitValue(), out);
    System.out.print(out);
    Matcher m = Pattern.compile("accuracy ([0-9.]+).*peak heap (\\d+) MB").matcher(out);
    assertTrue(m.find(), out);
    assertTrue(Double.parseDouble(m.group(1)) >= 0.95, out);
    assertTrue(Integer.parseInt(m.group(2)) < 256, out);
  }
}
