package io.hindsight.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.media.FfmpegMediaTools;
import io.hindsight.testing.Sample;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real recognizer on the sample with noise the test adds: words it got wrong in its best
 * transcript are still found, through its alternatives and by sound, and marked as such.
 */
class NearMatchIT {

  @TempDir Path work;

  @Test
  void wordsTheBestTranscriptGotWrongAreFoundAsAlternativesAndBySound() throws Exception {
    try (Hindsight app = new Hindsight(HindsightConfig.of(work.resolve("data")))) {
      Path noisy = work.resolve("noisy.m4a");
      FfmpegMediaTools ffmpeg = (FfmpegMediaTools) app.media();
      Process p =
          ffmpeg
              .binaries()
              .process(
                  List.of(
                      ffmpeg.binaries().ffmpeg().toString(),
                      "-v",
                      "error",
                      "-y",
                      "-nostdin",
                      "-i",
                      Sample.video().toString(),
                      "-f",
                      "lavfi",
                      "-i",
                      "anoisesrc=color=pink:amplitude=0.04:seed=7",
                      "-filter_complex",
                      "[0:a][1:a]amix=inputs=2:duration=first:normalize=0",
                      "-vn",
                      "-ac",
                      "1",
                      "-c:a",
                      "aac",
                      "-b:a",
                      "48k",
                      noisy.toString()))
              .inheritIO()
              .start();
      assertEquals(0, p.waitFor());
      TrackPlanner.Plan plan = new TrackPlanner(app.media()).plan(List.of(noisy), List.of(), false);
      Transcript transcript =
          new Transcriber(app.media(), app.speech(), 2)
              .transcribe(plan, new ProgressTracker(ProgressListener.NONE));
      assertTrue(
          transcript.words().stream().anyMatch(w -> !w.alternatives().isEmpty()),
          "Vosk's N-best gives words alternatives");

      Set<String> written = new HashSet<>();
      transcript.words().forEach(w -> written.add(w.word()));
      Map<String, String> found = new HashMap<>();
      try (TranscriptIndex index = TranscriptIndex.open(work.resolve("index"))) {
        index.index(new IndexedRecording("noisysample00000", "p", "Noisy", null, transcript));
        TranscriptSearcher searcher = new TranscriptSearcher(index);
        for (String said : Sample.referenceWords()) {
          if (said.length() < 4 || written.contains(said)) {
            continue; // only words the best transcript does not have
          }
          SearchResult result = searcher.search(SearchRequest.of(said, "p", 1));
          if (!result.hits().isEmpty()) {
            found.put(said, result.hits().get(0).match());
          }
        }
      }
      assertTrue(found.containsValue(SearchHit.ALTERNATIVE), "by an alternative: " + found);
      assertTrue(found.containsValue(SearchHit.SOUND), "by sound: " + found);
      Word any =
          transcript.words().stream().filter(w -> !w.alternatives().isEmpty()).findFirst().get();
      assertTrue(any.alternatives().get(0).conf() > 0 && any.alternatives().get(0).conf() < 1);
    }
  }
}
