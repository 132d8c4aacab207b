package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import io.hindsight.job.Progress;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.testing.FakeMediaTools;
import io.hindsight.testing.FakeSpeechModel;
import io.hindsight.testing.Pcm;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TranscriberTest {

  @TempDir Path dir;

  private static byte[] talk(int utterances, double hz) {
    Pcm pcm = Pcm.builder().silence(0.4);
    for (int i = 0; i < utterances; i++) {
      pcm.tone(2.0 + (i % 3) * 0.4, hz).silence(0.6 + (i % 2) * 0.3);
    }
    return pcm.bytes();
  }

  private Path file(String name) throws Exception {
    return Files.writeString(dir.resolve(name), "x");
  }

  private Transcript run(
      FakeMediaTools media,
      int threads,
      List<Path> files,
      List<String> speakers,
      ProgressListener listener) {
    TrackPlanner.Plan plan = new TrackPlanner(media).plan(files, speakers, false);
    ProgressTracker tracker = new ProgressTracker(listener);
    Transcript t = new Transcriber(media, new FakeSpeechModel(), threads).transcribe(plan, tracker);
    tracker.done();
    return t;
  }

  @Test
  void chunkedTranscriptMatchesASinglePassOverTheSameAudio() throws Exception {
    FakeMediaTools media = new FakeMediaTools().with("talk.wav", talk(60, 300));
    Path file = file("talk.wav");
    TrackPlanner.Plan plan = new TrackPlanner(media).plan(List.of(file), List.of(), false);

    Transcript chunked = run(media, 2, List.of(file), List.of(), ProgressListener.NONE);
    Transcript whole = new SinglePassTranscriber(media, new FakeSpeechModel()).transcribe(plan);

    assertEquals(60, whole.words().size());
    assertEquals(whole.words().size(), chunked.words().size());
    for (int i = 0; i < whole.words().size(); i++) {
      assertEquals(whole.words().get(i).start(), chunked.words().get(i).start(), 0.011);
      assertEquals(whole.words().get(i).end(), chunked.words().get(i).end(), 0.011);
    }
  }

  @Test
  void theNumberOfThreadsChangesNothing() throws Exception {
    FakeMediaTools media = new FakeMediaTools().with("talk.wav", talk(80, 300));
    Path file = file("talk.wav");

    Transcript one = run(media, 1, List.of(file), List.of(), ProgressListener.NONE);
    Transcript three = run(media, 3, List.of(file), List.of(), ProgressListener.NONE);

    assertEquals(one, three);
  }

  @Test
  void progressIsMonotonicAndEndsAtExactlyOne() throws Exception {
    FakeMediaTools media = new FakeMediaTools().with("talk.wav", talk(80, 300));
    List<Progress> events = new CopyOnWriteArrayList<>();

    run(media, 2, List.of(file("talk.wav")), List.of(), events::add);

    assertTrue(events.size() > 5, "several events: " + events.size());
    for (int i = 1; i < events.size(); i++) {
      assertTrue(events.get(i).fraction() >= events.get(i - 1).fraction(), "monotonic at " + i);
      assertTrue(events.get(i).stage().ordinal() >= events.get(i - 1).stage().ordinal());
    }
    Progress last = events.get(events.size() - 1);
    assertEquals(1.0, last.fraction());
    assertEquals(Progress.Stage.DONE, last.stage());
    assertTrue(events.subList(0, events.size() - 1).stream().allMatch(p -> p.fraction() < 1.0));
  }

  @Test
  void eachFileIsOneSpeakersTrack() throws Exception {
    FakeMediaTools media =
        new FakeMediaTools()
            .with("ann.wav", Pcm.builder().tone(1, 300).silence(3).bytes())
            .with("bo.wav", Pcm.builder().silence(2).tone(1, 500).silence(1).bytes());

    Transcript t =
        run(media, 2, List.of(file("ann.wav"), file("bo.wav")), List.of(), ProgressListener.NONE);

    assertEquals(2, t.words().size());
    assertEquals("ann", t.words().get(0).speaker());
    assertEquals(0.0, t.words().get(0).start(), 0.02);
    assertEquals("bo", t.words().get(1).speaker());
    assertEquals(2.0, t.words().get(1).start(), 0.02);
    assertEquals(List.of("ann", "bo"), t.segments().stream().map(Segment::speaker).toList());
  }

  @Test
  void speakerNamesFromTheCommandLineWin() throws Exception {
    FakeMediaTools media =
        new FakeMediaTools()
            .with(
                "both.mka",
                Pcm.builder().tone(1, 300).bytes(),
                Pcm.builder().silence(1.5).tone(1, 300).bytes());

    Transcript t =
        run(media, 1, List.of(file("both.mka")), List.of("Ann", "Bo"), ProgressListener.NONE);

    assertEquals(List.of("Ann", "Bo"), t.words().stream().map(Word::speaker).toList());
  }

  @Test
  void wrongNumberOfSpeakerNamesIsAUsageError() throws Exception {
    FakeMediaTools media = new FakeMediaTools().with("one.wav", Pcm.builder().tone(1, 300).bytes());
    Path file = file("one.wav");

    HindsightException e =
        assertThrows(
            HindsightException.class,
            () -> new TrackPlanner(media).plan(List.of(file), List.of("Ann", "Bo"), false));
    assertEquals(HindsightException.Kind.BAD_INPUT, e.kind());
  }

  @Test
  void audioShorterThanTheContainerClaimsIsRefusedAsTruncated() throws Exception {
    FakeMediaTools media =
        new FakeMediaTools().with("cut.mp4", talk(10, 300)).claimingDuration("cut.mp4", 600);

    HindsightException e =
        assertThrows(
            HindsightException.class,
            () -> run(media, 2, List.of(file("cut.mp4")), List.of(), ProgressListener.NONE));
    assertEquals(HindsightException.Kind.NOT_MEDIA, e.kind());
    assertTrue(e.getMessage().contains("truncated"), e.getMessage());
  }
}
