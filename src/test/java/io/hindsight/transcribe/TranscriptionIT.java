package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.testing.Sample;
import io.hindsight.testing.TestFfmpeg;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The real pipeline (bundled ffmpeg, the default Vosk model) on the sample session. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TranscriptionIT {

  @TempDir static Path work;
  private Hindsight app;
  private Transcript chunked;

  @BeforeAll
  void loadModelAndTranscribeOnce() {
    app = new Hindsight(HindsightConfig.of(work.resolve("data")));
    chunked = transcribe(List.of(Sample.video()), List.of(), false, 2);
  }

  @AfterAll
  void close() {
    app.close();
  }

  private Transcript transcribe(
      List<Path> files, List<String> speakers, boolean split, int threads) {
    TrackPlanner.Plan plan = new TrackPlanner(app.media()).plan(files, speakers, split);
    return new Transcriber(app.media(), app.speech(), threads)
        .transcribe(plan, new ProgressTracker(ProgressListener.NONE));
  }

  private static List<String> timed(List<Word> words) {
    return words.stream()
        .map(w -> String.format("%s %.3f-%.3f %.6f", w.word(), w.start(), w.end(), w.conf()))
        .toList();
  }

  private static List<String> words(Transcript t) {
    return t.words().stream().map(Word::word).toList();
  }

  @Test
  void chunkedAndSinglePassAgreeWithinASmallToleranceAtChunkEdges() throws Exception {
    TrackPlanner.Plan plan =
        new TrackPlanner(app.media()).plan(List.of(Sample.video()), List.of(), false);
    Transcript single = new SinglePassTranscriber(app.media(), app.speech()).transcribe(plan);

    // With the default decoder, chunking is no less accurate against the script than the single
    // pass, within 2 points.
    double singleWer = WordErrorRate.of(Sample.referenceWords(), words(single));
    double chunkedWer = WordErrorRate.of(Sample.referenceWords(), words(chunked));
    assertTrue(chunkedWer <= singleWer + 0.02, "chunked " + chunkedWer + " vs single " + singleWer);

    // Word for word, with the model's own wide search, so that the cut is all that differs. The
    // sample (66 s) is cut once, at a pause after 30 s, and the recognizer that takes the second
    // chunk hears it without the first half's speaker adaptation: about 15 % of the words come out
    // otherwise, no less accurately (the bound above, and the same check with this decoder below).
    // More than a fifth would mean words lost or doubled at the cut.
    try (SpeechModel wide =
        VoskSpeechModel.load(ModelFolder.resolve(null), Decoder.ACCURATE.options())) {
      Transcript wideSingle = new SinglePassTranscriber(app.media(), wide).transcribe(plan);
      Transcript wideChunked =
          new Transcriber(app.media(), wide, 2)
              .transcribe(plan, new ProgressTracker(ProgressListener.NONE));
      double difference = WordErrorRate.of(words(wideSingle), words(wideChunked));
      System.out.printf("chunked vs single pass: %.3f word difference%n", difference);
      assertTrue(difference <= 0.20, "difference " + difference);
      assertTrue(
          WordErrorRate.of(Sample.referenceWords(), words(wideChunked))
              <= WordErrorRate.of(Sample.referenceWords(), words(wideSingle)) + 0.02,
          "chunked no less accurate with the model's own settings");
    }
  }

  @Test
  void theNumberOfThreadsChangesNothingInTheOutput() {
    Transcript one = transcribe(List.of(Sample.video()), List.of(), false, 1);
    Transcript twoAgain = transcribe(List.of(Sample.video()), List.of(), false, 2);

    // Word for word, to the time and the confidence, and the same again on a second run.
    assertEquals(one.words(), chunked.words());
    assertEquals(one.segments(), chunked.segments());
    assertEquals(chunked.words(), twoAgain.words());
    assertTrue(one.words().size() > 100, one.words().size() + " words");
  }

  @Test
  void aRecognizerForgetsWhatItHeardBefore() throws Exception {
    byte[] pcm;
    try (var in = app.media().openPcm(Sample.video(), io.hindsight.media.AudioTrack.mixOf(0))) {
      pcm = in.readAllBytes();
    }
    int second = io.hindsight.media.MediaTools.PCM_BYTES_PER_SECOND;
    byte[] first = java.util.Arrays.copyOfRange(pcm, 0, 20 * second);
    byte[] later = java.util.Arrays.copyOfRange(pcm, 20 * second, 40 * second);
    long laterSample = 20L * io.hindsight.media.MediaTools.PCM_SAMPLE_RATE;

    List<Word> afterFirst;
    try (SpeechRecognizer used = app.speech().newRecognizer()) {
      used.recognize(new java.io.ByteArrayInputStream(first), 0);
      afterFirst = used.recognize(new java.io.ByteArrayInputStream(later), laterSample);
    }
    List<Word> fresh;
    try (SpeechRecognizer recognizer = app.speech().newRecognizer()) {
      fresh = recognizer.recognize(new java.io.ByteArrayInputStream(later), laterSample);
    }
    // Times differ only in the last bits, from taking the previous stream's length off them.
    assertEquals(timed(fresh), timed(afterFirst));
    assertTrue(fresh.size() > 20, fresh.toString());
  }

  @Test
  void eachSpeakersTrackIsLabelledWithTheStreamTitle() throws Exception {
    Transcript t = transcribe(List.of(Sample.tracks()), List.of(), false, 2);
    assertSpeakersMatchTheScript(t, Function.identity());
    assertTrue(t.segments().stream().allMatch(s -> s.speaker() != null));
  }

  @Test
  void stereoWithOnePersonPerChannelSplitsIntoTwoSpeakers() throws Exception {
    Path stereo = work.resolve("stereo.m4a");
    TestFfmpeg.ffmpeg(
        "-i",
        Sample.tracks().toString(),
        "-filter_complex",
        "[0:a:0][0:a:1]amerge=inputs=2[s]",
        "-map",
        "[s]",
        "-c:a",
        "aac",
        "-b:a",
        "96k",
        stereo.toString());
    Transcript t = transcribe(List.of(stereo), List.of("Mentor", "Mentee"), true, 2);
    assertSpeakersMatchTheScript(t, who -> who.equals("Sarah") ? "Mentor" : "Mentee");
  }

  /** Every word spoken during a scripted utterance carries that utterance's speaker. */
  private static void assertSpeakersMatchTheScript(Transcript t, Function<String, String> label)
      throws Exception {
    int checked = 0;
    for (Sample.Utterance u : Sample.utterances()) {
      for (Word w : t.words()) {
        double middle = (w.start() + w.end()) / 2;
        if (middle > u.start() && middle < u.end()) {
          assertEquals(label.apply(u.speaker()), w.speaker(), w + " in " + u);
          checked++;
        }
      }
    }
    assertTrue(checked > 100, "checked " + checked + " words");
    Map<String, Long> bySpeaker =
        t.words().stream().collect(Collectors.groupingBy(Word::speaker, Collectors.counting()));
    assertEquals(2, bySpeaker.size(), bySpeaker.toString());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "mp4, -c:v mpeg4 -c:a aac",
    "mov, -c:v mpeg4 -c:a aac",
    "mkv, -c:v mpeg4 -c:a libopus",
    "webm, -c:v libvpx -deadline realtime -c:a libopus",
    "m4a, -vn -c:a aac",
    "mp3, -vn -c:a libmp3lame",
    "wav, -vn -c:a pcm_s16le",
    "ogg, -vn -c:a libopus",
  })
  void everyCommonContainerAndCodecWorks(String extension, String codecs) throws Exception {
    Sample.Utterance first = Sample.utterances().get(0);
    Path file = work.resolve("first." + extension);
    List<String> args =
        new java.util.ArrayList<>(
            List.of("-i", Sample.video().toString(), "-t", String.valueOf(first.end() + 0.5)));
    args.addAll(List.of(codecs.split(" ")));
    args.add(file.toString());
    TestFfmpeg.ffmpeg(args.toArray(String[]::new));

    Transcript t = transcribe(List.of(file), List.of(), false, 2);

    List<String> expected = WordErrorRate.words(first.text());
    double wer = WordErrorRate.of(expected, words(t));
    assertTrue(wer <= 0.5, extension + ": heard " + words(t) + " for " + expected);
  }
}
