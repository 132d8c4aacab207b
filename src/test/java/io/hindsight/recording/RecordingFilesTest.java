package io.hindsight.recording;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hindsight.Ids;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The list's preview reads only the first words of a stored transcript. */
class RecordingFilesTest {

  @TempDir Path data;

  @Test
  void firstWordsAreTheTranscriptsOpeningWordsInOrder() throws Exception {
    RecordingFiles files = new RecordingFiles(data);
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < 1_000; i++) {
      words.add(new Word("w" + i, i, i + 0.5, 0.9, null));
    }
    String id = Ids.newId();
    Path folder = Files.createDirectories(files.folder(id));
    files.writeTranscript(folder, Transcript.of(1_000, words));

    assertEquals(List.of("w0", "w1", "w2"), files.firstWords(id, 3));
    assertEquals(1_000, files.firstWords(id, 5_000).size());
    assertEquals(List.of(), files.firstWords(Ids.newId(), 3));
  }
}
