package io.hindsight.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.hindsight.transcribe.Alternative;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Kept transcripts are found only for the very audio, model and settings that made them. */
class TranscriptCacheTest {

  @TempDir Path dir;

  private static final Transcript HEARD =
      Transcript.of(
          2,
          List.of(
              new Word("run", 0, 0.3, 0.9, null, false, List.of()),
              new Word("books", 0.4, 0.8, 0.6, null, false, List.of(new Alternative("box", 0.4)))));

  private Path file(String name, String bytes) throws Exception {
    return Files.writeString(dir.resolve(name), bytes);
  }

  @Test
  void aKeptTranscriptIsFoundForTheSameAudioAndSetup() throws Exception {
    Path model = Files.createDirectories(dir.resolve("model"));
    file("model/final.mdl", "weights");
    Path audio = file("a.wav", "audio");
    new TranscriptCache(dir.resolve("kept"), model, "threads 2").keep(audio, HEARD);

    Transcript found =
        new TranscriptCache(dir.resolve("kept"), model, "threads 2")
            .find(file("copy.wav", "audio"));

    assertEquals(HEARD.words(), found.words());
  }

  @Test
  void otherAudioSettingsOrModelFilesFindNothing() throws Exception {
    Path model = Files.createDirectories(dir.resolve("model"));
    Path weights = file("model/final.mdl", "weights");
    Path audio = file("a.wav", "audio");
    new TranscriptCache(dir.resolve("kept"), model, "threads 2").keep(audio, HEARD);

    assertNull(new TranscriptCache(dir.resolve("kept"), model, "threads 2").find(file("b", "x")));
    assertNull(new TranscriptCache(dir.resolve("kept"), model, "threads 4").find(audio));
    Files.writeString(weights, "other weights");
    assertNull(new TranscriptCache(dir.resolve("kept"), model, "threads 2").find(audio));
  }
}
