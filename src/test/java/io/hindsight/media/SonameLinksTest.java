package io.hindsight.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.bytedeco.javacpp.Loader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundle's unversioned libraries get the names their neighbours ask for. */
class SonameLinksTest {

  @TempDir Path folder;

  @Test
  void linksEachLibraryUnderTheNameInItsOwnHeader() throws Exception {
    File[] bundle = Loader.cacheResources("/org/bytedeco/ffmpeg/" + Loader.getPlatform() + "/");
    Path libva = bundle[0].toPath().resolve("libva.so");
    Files.copy(libva, folder.resolve("libva.so"));
    Files.writeString(folder.resolve("notes.so"), "not a library");

    assertEquals(Optional.of("libva.so.2"), SonameLinks.soname(folder.resolve("libva.so")));
    SonameLinks.make(folder);
    SonameLinks.make(folder); // a second run, or another process, finds the link made

    Path link = folder.resolve("libva.so.2");
    assertTrue(Files.isSymbolicLink(link));
    assertEquals(Path.of("libva.so"), Files.readSymbolicLink(link));
    assertEquals(Optional.empty(), SonameLinks.soname(folder.resolve("notes.so")));
  }
}
