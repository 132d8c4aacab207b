package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.Pcm;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Words heard while a file arrives are the words its stored copy gives, or are not used. */
class StreamedTrackTest {

  @TempDir Path dir;

  @Test
  void aLongTrackHeardAsItArrivesIsWordedAsTheStoredFile() throws Exception {
    byte[] pcm = talk(70);
    FakeMediaTools media = new FakeMediaTools().with("talk.wav", pcm);
    FakeSpeechModel model = FakeSpeechModel.saying("alpha", "beta", "gamma");
    Transcriber transcriber = new Transcriber(media, model, 2);
    TrackPlanner.Plan plan = plan(media, pcm);

    Transcript stored = transcriber.transcribe(plan, progress());
    media.decoded.clear();
    try (StreamedTrack streamed = new StreamedTrack(trickle(pcm), model, 2)) {
      Transcript heard = transcriber.transcribeHeard(plan, progress(), streamed).transcript();
      assertEquals(stored.words(), heard.words());
      assertEquals(stored.segments(), heard.segments());
    }
    assertEquals(List.of(), media.decoded, "the stored file was not decoded again");
  }

  @Test
  void aShortTrackIsCutFinerSoItIsTranscribedFromItsFile() throws Exception {
    byte[] pcm = talk(20);
    FakeMediaTools media = new FakeMediaTools().with("talk.wav", pcm);
    FakeSpeechModel model = FakeSpeechModel.saying("alpha", "beta");
    Transcriber transcriber = new Transcriber(media, model, 2);
    TrackPlanner.Plan plan = plan(media, pcm);

    Transcript stored = transcriber.transcribe(plan, progress());
    media.decoded.clear();
    try (StreamedTrack streamed = new StreamedTrack(trickle(pcm), model, 2)) {
      Transcript heard = transcriber.transcribeHeard(plan, progress(), streamed).transcript();
      assertEquals(stored.words(), heard.words());
    }
    assertEquals(List.of("talk.wav#0"), media.decoded);
  }

  @Test
  void aStreamThatFailsMidwayLeavesTheTrackToItsFile() throws Exception {
    byte[] pcm = talk(70);
    FakeMediaTools media = new FakeMediaTools().with("talk.wav", pcm);
    FakeSpeechModel model = FakeSpeechModel.saying("alpha");
    Transcriber transcriber = new Transcriber(media, model, 2);
    TrackPlanner.Plan plan = plan(media, pcm);
    InputStream broken =
        new FilterInputStream(new ByteArrayInputStream(pcm, 0, pcm.length / 2)) {
          @Override
          public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n < 0) {
              throw new IOException("the decoder failed");
            }
            return n;
          }
        };
    try (StreamedTrack streamed = new StreamedTrack(broken, model, 2)) {
      Transcript heard = transcriber.transcribeHeard(plan, progress(), streamed).transcript();
      assertEquals(transcriber.transcribe(plan, progress()).words(), heard.words());
      assertTrue(!heard.words().isEmpty());
    }
  }

  private TrackPlanner.Plan plan(FakeMediaTools media, byte[] pcm) throws IOException {
    Path file = dir.resolve("talk.wav");
    Files.write(file, pcm);
    return new TrackPlanner(media).plan(List.of(file), List.of(), false);
  }

  /** Bursts of tone between short pauses, with a long pause every 12 s. */
  private static byte[] talk(int seconds) {
    Pcm pcm = Pcm.builder();
    for (int s = 0; s < seconds; s += 4) {
      pcm.tone(1.5, 300).silence(0.4).tone(1.5, 450).silence(s % 12 == 8 ? 1.5 : 0.6);
    }
    return pcm.bytes();
  }

  /** A slow arrival: a few kilobytes per read. */
  private static InputStream trickle(byte[] pcm) {
    return new FilterInputStream(new ByteArrayInputStream(pcm)) {
      @Override
      public int read(byte[] b, int off, int len) throws IOException {
        return super.read(b, off, Math.min(len, 3000));
      }
    };
  }

  private static ProgressTracker progress() {
    return new ProgressTracker(ProgressListener.NONE);
  }
}
