package io.hindsight.media;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GrowingFileTest {

  @TempDir Path dir;

  @Test
  void aReaderFollowsTheWriterToTheEnd() throws Exception {
    try (GrowingFile file = new GrowingFile(dir.resolve("spool"))) {
      InputStream reader = file.reader();
      CompletableFuture<byte[]> read =
          CompletableFuture.supplyAsync(
              () -> {
                try (reader) {
                  return reader.readAllBytes();
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              });
      byte[] expected = new byte[100_000];
      for (int i = 0; i < expected.length; i++) {
        expected[i] = (byte) (i * 31);
      }
      for (int at = 0; at < expected.length; at += 10_000) {
        file.append(expected, at, 10_000);
        Thread.sleep(5);
      }
      Thread.sleep(50);
      assertEquals(false, read.isDone(), "waits for more until complete");
      file.complete();
      assertArrayEquals(expected, read.get(10, TimeUnit.SECONDS));
      assertEquals(expected.length, file.size());
    }
  }

  @Test
  void aReaderFailsWhenTheUploadStopsMidway() throws Exception {
    GrowingFile file = new GrowingFile(dir.resolve("spool"));
    file.append(new byte[10], 0, 10);
    InputStream reader = file.reader();
    assertEquals(10, reader.readNBytes(10).length);
    CompletableFuture<Integer> next =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                return reader.read();
              } catch (IOException e) {
                return -2;
              }
            });
    Thread.sleep(50);
    file.close();
    assertEquals(-2, next.get(10, TimeUnit.SECONDS), "an IOException, not a clean end");
    assertThrows(IOException.class, reader::read);
  }
}
