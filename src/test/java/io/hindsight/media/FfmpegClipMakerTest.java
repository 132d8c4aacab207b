package io.hindsight.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.HindsightException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The clip command and file handling, against a fake ffmpeg that records what it was asked. */
class FfmpegClipMakerTest {

  private static final FfmpegBinaries BINARIES =
      new FfmpegBinaries(Path.of("/opt/ffmpeg"), Path.of("/opt/ffprobe"));
  private static final MediaInfo VIDEO_ONE_TRACK =
      new MediaInfo("mov,mp4", 68.0, List.of(new MediaInfo.AudioStream(0, "aac", 1, null)), true);
  private static final MediaInfo AUDIO_TWO_TRACKS =
      new MediaInfo(
          "matroska",
          68.0,
          List.of(
              new MediaInfo.AudioStream(0, "opus", 1, "Sarah"),
              new MediaInfo.AudioStream(1, "opus", 1, "David")),
          false);

  @TempDir Path dir;

  /** Writes a few bytes where ffmpeg would write the clip, and keeps the command. */
  private static final class FakeRunner implements CommandRunner {
    final List<List<String>> commands = new ArrayList<>();
    IOException failure;

    @Override
    public void run(List<String> command, Duration timeout) throws IOException {
      commands.add(command);
      if (failure != null) {
        Files.writeString(Path.of(command.get(command.size() - 1)), "half a clip");
        throw failure;
      }
      Files.writeString(Path.of(command.get(command.size() - 1)), "clip");
    }

    @Override
    public InputStream stream(List<String> command) {
      throw new UnsupportedOperationException("a clip is written to a file, never streamed");
    }

    List<String> command() {
      return commands.get(0);
    }

    String after(String option) {
      List<String> c = command();
      return c.get(c.indexOf(option) + 1);
    }

    List<String> allAfter(String option) {
      List<String> values = new ArrayList<>();
      List<String> c = command();
      for (int i = 0; i < c.size() - 1; i++) {
        if (c.get(i).equals(option)) {
          values.add(c.get(i + 1));
        }
      }
      return values;
    }
  }

  private record FakeMedia(MediaInfo info) implements MediaTools {
    @Override
    public MediaInfo probe(Path file) {
      return info;
    }

    @Override
    public InputStream openPcm(Path file, AudioTrack track) {
      throw new UnsupportedOperationException("a clip maker never decodes to PCM itself");
    }
  }

  private FakeRunner runner = new FakeRunner();

  private Clip make(MediaInfo info, ClipRequest request) {
    return new FfmpegClipMaker(BINARIES, new FakeMedia(info), runner).make(request);
  }

  private ClipRequest request(List<TimeSpan> redacted) {
    return ClipRequest.bleeped(
        Path.of("/rec/original.mp4"), new TimeSpan(40, 60), redacted, dir.resolve("clip1"));
  }

  @Test
  void videoClipIsReencodedH264AndAacFromTheGraphOnly() {
    Clip clip = make(VIDEO_ONE_TRACK, request(List.of(new TimeSpan(42, 43.5))));

    List<String> c = runner.command();
    assertEquals("/opt/ffmpeg", c.get(0));
    assertEquals(List.of("[v]", "[a]"), runner.allAfter("-map"));
    assertEquals("libopenh264", runner.after("-c:v"));
    assertEquals("aac", runner.after("-c:a"));
    assertFalse(c.contains("copy"), "nothing may be stream-copied: " + c);
    assertEquals("-1", runner.after("-map_metadata"));
    assertEquals("-1", runner.after("-map_chapters"));
    assertTrue(c.contains("-sn") && c.contains("-dn"), "no subtitles or data: " + c);
    assertEquals("mp4", runner.after("-f"));
    assertEquals(dir.resolve("clip1.mp4"), clip.file());
    assertEquals("video/mp4", clip.contentType());
    assertTrue(clip.hasVideo());
    assertEquals(20, clip.durationSeconds(), 1e-9);
  }

  @Test
  void pictureIsSeekedAndSoundCountedFromTheFirstSample() {
    make(VIDEO_ONE_TRACK, request(List.of()));
    List<String> c = runner.command();
    assertEquals(List.of("/rec/original.mp4", "/rec/original.mp4"), runner.allAfter("-i"));
    assertEquals("40", runner.after("-ss"));
    assertEquals(1, runner.allAfter("-ss").size(), "only the picture input is seeked");
    String graph = runner.after("-filter_complex");
    assertTrue(graph.startsWith("[0:V:0]setpts=PTS-STARTPTS,"), graph);
    assertTrue(graph.contains("[1:a:0]asetpts=N/SR/TB,atrim=start=40:end=60,"), graph);
    assertTrue(graph.endsWith("aformat=channel_layouts=mono[a]"), graph);
    assertEquals("20", c.get(c.lastIndexOf("-t") + 1), "the clip lasts the range");
  }

  @Test
  void redactedSpansAreCoveredPerSampleInClipSamples() {
    make(
        VIDEO_ONE_TRACK,
        request(List.of(new TimeSpan(50, 51), new TimeSpan(42, 43.5), new TimeSpan(43.4, 44))));
    String graph = runner.after("-filter_complex");
    assertTrue(
        graph.endsWith(
            ",aeval=exprs='if(between(n,96000,192000)+between(n,480000,528000),"
                + "0.25*sin(2*PI*1000*n/48000),val(0))':c=same[a]"),
        graph);
  }

  @Test
  void silenceReplacesSamplesWithZero() {
    ClipRequest silent =
        new ClipRequest(
            Path.of("/rec/a.mkv"),
            new TimeSpan(0, 10),
            List.of(new TimeSpan(1, 2)),
            ClipRequest.Cover.SILENCE,
            ClipFormat.MP4,
            true,
            dir.resolve("c"));
    make(VIDEO_ONE_TRACK, silent);
    assertTrue(
        runner
            .after("-filter_complex")
            .contains("aeval=exprs='if(between(n,48000,96000),0,val(0))'"),
        runner.after("-filter_complex"));
  }

  @Test
  void spansOutsideTheRangeAreDropped() {
    make(VIDEO_ONE_TRACK, request(List.of(new TimeSpan(10, 12), new TimeSpan(59.5, 70))));
    assertTrue(
        runner.after("-filter_complex").contains("if(between(n,936000,960000),"),
        runner.after("-filter_complex"));
  }

  @Test
  void audioOnlyRecordingMixesEveryTrackIntoOne() {
    Clip clip = make(AUDIO_TWO_TRACKS, request(List.of(new TimeSpan(41, 42))));
    String graph = runner.after("-filter_complex");
    assertTrue(
        graph.startsWith(
            "[0:a:0]asetpts=N/SR/TB[s0];[0:a:1]asetpts=N/SR/TB[s1];"
                + "[s0][s1]amix=inputs=2:duration=longest:normalize=0,atrim=start=40:end=60,"),
        graph);
    assertEquals(List.of("[a]"), runner.allAfter("-map"));
    assertFalse(runner.command().contains("-ss"));
    assertFalse(runner.command().contains("-c:v"));
    assertEquals(dir.resolve("clip1.m4a"), clip.file());
    assertEquals("audio/mp4", clip.contentType());
    assertFalse(clip.hasVideo());
  }

  @Test
  void pictureCanBeLeftOut() {
    ClipRequest noPicture =
        new ClipRequest(
            Path.of("/rec/a.mp4"),
            new TimeSpan(0, 10),
            List.of(),
            ClipRequest.Cover.BLEEP,
            ClipFormat.MP4,
            false,
            dir.resolve("c"));
    Clip clip = make(VIDEO_ONE_TRACK, noPicture);
    assertEquals(List.of("[a]"), runner.allAfter("-map"));
    assertEquals(dir.resolve("c.m4a"), clip.file());
  }

  @Test
  void webmUsesVp9AndOpus() {
    ClipRequest webm =
        new ClipRequest(
            Path.of("/rec/a.mp4"),
            new TimeSpan(0, 10),
            List.of(),
            ClipRequest.Cover.BLEEP,
            ClipFormat.WEBM,
            true,
            dir.resolve("c"));
    Clip clip = make(VIDEO_ONE_TRACK, webm);
    assertEquals("libvpx-vp9", runner.after("-c:v"));
    assertEquals("libopus", runner.after("-c:a"));
    assertEquals("webm", runner.after("-f"));
    assertEquals("video/webm", clip.contentType());
    assertEquals(dir.resolve("c.webm"), clip.file());
  }

  @Test
  void writesToAHiddenPartFileThenRenames() throws IOException {
    Clip clip = make(VIDEO_ONE_TRACK, request(List.of()));
    String output = runner.command().get(runner.command().size() - 1);
    Path temp = Path.of(output);
    assertEquals(dir, temp.getParent());
    assertTrue(temp.getFileName().toString().startsWith(".clip1.mp4."), output);
    assertTrue(output.endsWith(".part"), output);
    assertEquals("clip", Files.readString(clip.file()));
    assertEquals(List.of(clip.file()), filesIn(dir));
  }

  @Test
  void failureLeavesNoFileAndSaysWhy() throws IOException {
    runner.failure = new IOException("Unknown encoder 'libopenh264'");
    HindsightException e =
        assertThrows(HindsightException.class, () -> make(VIDEO_ONE_TRACK, request(List.of())));
    assertEquals(HindsightException.Kind.INTERNAL, e.kind());
    assertEquals(
        "could not cut the clip from original.mp4: Unknown encoder 'libopenh264'", e.getMessage());
    assertEquals(List.of(), filesIn(dir));
  }

  @Test
  void rangeMustLieInTheRecording() {
    MediaInfo short10 = new MediaInfo("wav", 10, VIDEO_ONE_TRACK.audioStreams(), false);
    HindsightException late =
        assertThrows(HindsightException.class, () -> make(short10, request(List.of())));
    assertEquals(HindsightException.Kind.BAD_INPUT, late.kind());
    assertEquals("the clip would start at 40 s, but the recording lasts 10 s", late.getMessage());
    assertTrue(runner.commands.isEmpty());
  }

  @Test
  void rangeEndingJustPastTheEndIsCut() {
    MediaInfo info = new MediaInfo("wav", 59.8, VIDEO_ONE_TRACK.audioStreams(), false);
    Clip clip = make(info, request(List.of()));
    assertEquals(19.8, clip.durationSeconds(), 1e-9);
  }

  @Test
  void requestsAreCheckedAtTheBoundary() {
    assertThrows(
        HindsightException.class,
        () -> ClipRequest.bleeped(Path.of("a"), new TimeSpan(5, 5.05), List.of(), dir));
    assertThrows(
        HindsightException.class,
        () -> ClipRequest.bleeped(Path.of("a"), new TimeSpan(-1, 5), List.of(), dir));
  }

  private static List<Path> filesIn(Path dir) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.toList();
    }
  }
}
