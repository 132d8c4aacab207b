package io.hindsight.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two servers on one shared data folder: each spools uploads in its own folder and clears only it.
 */
class UploadSpoolTest {

  @TempDir Path data;

  @Test
  void aStartingServerClearsItsOwnSpoolAndNotAnotherServersUploadInProgress() throws Exception {
    Path a = UploadSpool.of(data, data.resolve("index"));
    Path b = UploadSpool.of(data, data.resolve("index-b"));
    assertNotEquals(a, b);
    assertEquals(data.resolve("uploads"), a.getParent());
    assertEquals(a, UploadSpool.of(data, data.resolve("index")), "the same after a restart");

    Files.createDirectories(a);
    Files.createDirectories(b);
    Path abandoned = Files.writeString(a.resolve("cut-off.part"), "half an upload");
    Path arriving = Files.writeString(b.resolve("arriving.part"), "an upload under way");

    UploadSpool.clearAbandoned(a); // server A restarts while B receives an upload
    assertFalse(Files.exists(abandoned));
    assertTrue(Files.exists(arriving), "B's upload was not cut off");
  }
}
