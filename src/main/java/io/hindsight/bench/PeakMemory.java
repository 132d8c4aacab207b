package io.hindsight.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Peak memory of this process between {@link #reset()} and a read: the Java heap (from the memory
 * pools) and the resident set (from Linux's VmHWM), which includes the speech model's native memory
 * and so is the number that matters for a machine's size.
 */
final class PeakMemory {

  private static final Path STATUS = Path.of("/proc/self/status");
  private static final Path CLEAR_REFS = Path.of("/proc/self/clear_refs");

  private PeakMemory() {}

  static void reset() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    try {
      // "5" resets the kernel's high-water mark of the resident set (Linux 4.0+).
      Files.writeString(CLEAR_REFS, "5");
    } catch (IOException | RuntimeException ignored) {
      // Not Linux, or not allowed: the RSS peak then covers the whole process.
    }
  }

  /** Sum of the heap pools' peaks; a slight over-estimate, never an under-estimate. */
  static long heapBytes() {
    long total = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        total += pool.getPeakUsage().getUsed();
      }
    }
    return total;
  }

  /** Peak resident set size in bytes, or -1 where the kernel does not say. */
  static long residentBytes() {
    try {
      for (String line : Files.readAllLines(STATUS)) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // Fall through.
    }
    return -1;
  }

  static String mb(long bytes) {
    return bytes < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.0f MB", bytes / 1048576.0);
  }
}
