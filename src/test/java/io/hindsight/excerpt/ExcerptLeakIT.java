package io.hindsight.excerpt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.Hindsight;
import io.hindsight.HindsightConfig;
import io.hindsight.job.ProgressListener;
import io.hindsight.job.ProgressTracker;
import io.hindsight.media.AudioTrack;
import io.hindsight.media.Clip;
import io.hindsight.media.ClipFormat;
import io.hindsight.media.ClipRequest;
import io.hindsight.media.FfmpegBinaries;
import io.hindsight.media.MediaTools;
import io.hindsight.media.TimeSpan;
import io.hindsight.media.ToneMeter;
import io.hindsight.transcribe.SpeechRecognizer;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The leak tests, on the sample recording with the real ffmpeg and speech model. An excerpt
 * with a member's name, the spoken e-mail address, the phone number and one hand-picked word is
 * transcribed, redacted and cut; then the clip is listened to by the speech model and measured, and
 * its captions read. Each check fails if any redacted speech gets through.
 */
class ExcerptLeakIT {

  private static final List<String> MEMBERS = List.of("Sarah Miller", "David Brown");
  private static final String MANUAL_WORD = "helpful";

  /**
   * Words of reference.txt said in the excerpt only where it is redacted. The speech model must not
   * hear them anywhere in the clip, whatever it made of them in the transcript.
   */
  private static final Set<String> SAID_ONLY_REDACTED =
      Set.of("five", "one", "two", "three", "four", "david", MANUAL_WORD);

  /** Everything said in the redacted parts; none may be heard inside a redacted span. */
  private static final Set<String> SAID_REDACTED =
      Stream.concat(SAID_ONLY_REDACTED.stream(), Stream.of("at", "example", "dot", "com"))
          .collect(Collectors.toUnmodifiableSet());

  @TempDir static Path temp;

  private static Path sampleDir;
  private static Hindsight app;
  private static TimeSpan range;
  private static Redaction redaction;

  /** Transcript words that were redacted and appear nowhere else in the excerpt's transcript. */
  private static Set<String> hiddenWords;

  @BeforeAll
  static void transcribeAndRedact() throws IOException {
    sampleDir = Path.of(System.getProperty("hindsight.sampleDir", "sample-media"));
    Path original = sampleDir.resolve("mentoring-session.mp4");
    if (!Files.isRegularFile(original)) {
      fail("the leak tests need the sample recording at " + original);
    }
    JsonNode utterances = new ObjectMapper().readTree(sampleDir.resolve("timings.json").toFile());
    JsonNode phone = utterance(utterances, "five five five");
    JsonNode email = utterance(utterances, "david at example dot com");
    JsonNode name = utterance(utterances, "welcome david");
    // Phone number, e-mail address, web address, and David's name at the end.
    range = new TimeSpan(phone.path("start").asDouble() - 0.4, name.path("end").asDouble() + 0.2);

    // One worker: two chunks then share one recognizer, which once shifted the second chunk's
    // word times (and with them every bleep) by the length of the first.
    app = new Hindsight(new HindsightConfig(temp.resolve("data"), null, 1));
    List<Word> words = transcribeRange(original);
    System.out.printf(
        "excerpt %.2f-%.2f s%n  transcript: %s%n",
        range.start(), range.end(), String.join(" ", words.stream().map(Word::word).toList()));
    assertWordsWhereSpoken(words, utterances);

    List<SuggestedRedaction> suggested = new RedactionSuggester(MEMBERS, List.of()).suggest(words);
    System.out.println("  suggested: " + suggested);
    int phoneFrom = indexOf(words, "five", phone.path("start").asDouble());
    assertSuggested(words, suggested, RedactionReason.PHONE, phoneFrom, endOf(words, phone));
    int emailFrom = indexOf(words, "david", email.path("start").asDouble());
    assertSuggested(words, suggested, RedactionReason.EMAIL, emailFrom, endOf(words, email));
    int nameAt = indexOf(words, "david", name.path("start").asDouble());
    assertSuggested(words, suggested, RedactionReason.NAME, nameAt, nameAt + 1);
    SortedSet<Integer> redacted = new TreeSet<>(SuggestedRedaction.wordIndexes(suggested));
    redacted.add(indexOf(words, MANUAL_WORD, range.start())); // the member's own choice
    redaction = new Redaction(range, words, redacted);

    Set<String> kept = new HashSet<>();
    Set<String> hidden = new HashSet<>();
    for (int i = 0; i < words.size(); i++) {
      (redacted.contains(i) ? hidden : kept).add(words.get(i).word());
    }
    hidden.removeAll(kept);
    hiddenWords = Set.copyOf(hidden);
    System.out.printf(
        "  shared: %s%n  hidden words: %s%n  spans: %s%n",
        redaction.text(), hiddenWords, redaction.spans());
  }

  @AfterAll
  static void close() {
    if (app != null) {
      app.close();
    }
  }

  @Test
  void bleepedVideoClipHoldsNoRedactedSpeech() throws IOException {
    Path original = sampleDir.resolve("mentoring-session.mp4");
    long started = System.nanoTime();
    Clip clip =
        app.clips()
            .make(ClipRequest.bleeped(original, range, redaction.spans(), temp.resolve("bleeped")));
    System.out.printf(
        "bleeped %s clip of %.1f s cut in %d ms%n",
        clip.contentType(), clip.durationSeconds(), (System.nanoTime() - started) / 1_000_000);
    assertTrue(clip.hasVideo());
    assertEquals(temp.resolve("bleeped.mp4"), clip.file());
    assertOnlyOwnStreams(clip, 2);

    short[] pcm = decode(clip.file());
    assertSpeechModelHearsNoSecret(pcm);
    for (TimeSpan span : inClip(redaction.spans())) {
      ToneMeter.Reading r = measure(pcm, span);
      System.out.printf("  bleep %s: %.1f dBFS, %.6f tone%n", span, r.rmsDbfs(), r.toneShare());
      assertTrue(
          r.toneShare() > ToneMeter.CLEAN_TONE_SHARE,
          "the span " + span + " is not a clean tone: " + r);
      assertEquals(-15, r.rmsDbfs(), 2, "the bleep's level in " + span);
    }
    ToneMeter.Reading speech = measure(pcm, new TimeSpan(0.4, 1.4)); // "great idea"
    assertTrue(speech.toneShare() < 0.2, "unredacted speech must not read as tone: " + speech);
  }

  /** The one-track-per-person recording (titled "Sarah" and "David"), silenced, as WebM/Opus. */
  @Test
  void silencedAudioClipFromPerSpeakerTracksHoldsNoRedactedSpeech() throws IOException {
    Path tracks = sampleDir.resolve("mentoring-session-tracks.mka");
    ClipRequest request =
        new ClipRequest(
            tracks,
            range,
            redaction.spans(),
            ClipRequest.Cover.SILENCE,
            ClipFormat.WEBM,
            true,
            temp.resolve("silenced"));
    long started = System.nanoTime();
    Clip clip = app.clips().make(request);
    System.out.printf(
        "silenced %s clip of %.1f s cut in %d ms%n",
        clip.contentType(), clip.durationSeconds(), (System.nanoTime() - started) / 1_000_000);
    assertFalse(clip.hasVideo());
    assertEquals("audio/webm", clip.contentType());
    assertOnlyOwnStreams(clip, 1);

    short[] pcm = decode(clip.file());
    assertSpeechModelHearsNoSecret(pcm);
    for (TimeSpan span : inClip(redaction.spans())) {
      ToneMeter.Reading r = measure(pcm, span);
      System.out.printf("  silence %s: %.1f dBFS%n", span, r.rmsDbfs());
      assertTrue(r.rmsDbfs() < -60, "the span " + span + " is not silent: " + r);
    }
  }

  @Test
  void captionsAndTextHoldNoRedactedWord() {
    String captions = redaction.captions();
    System.out.println(captions);
    assertTrue(captions.startsWith("WEBVTT"));
    assertTrue(captions.contains(Redaction.MARK));
    Set<String> captionWords = wordsOf(captions.replaceAll("\\d\\d:\\d\\d:\\d\\d\\.\\d{3}", " "));
    Set<String> textWords = wordsOf(redaction.text());
    for (String secret : hiddenWords) {
      assertFalse(captionWords.contains(secret), secret + " in the captions:\n" + captions);
      assertFalse(textWords.contains(secret), secret + " in the text: " + redaction.text());
    }
  }

  /** Transcribes only the excerpt's sound, cut sample-exactly, in recording time. */
  private static List<Word> transcribeRange(Path original) throws IOException {
    Path cut = temp.resolve("range.wav");
    run(
        FfmpegBinaries.fromEnvironment().ffmpeg().toString(),
        "-nostdin",
        "-v",
        "error",
        "-y",
        "-i",
        original.toString(),
        "-map",
        "0:a:0",
        "-af",
        String.format(
            Locale.ROOT, "asetpts=N/SR/TB,atrim=start=%.6f:end=%.6f", range.start(), range.end()),
        "-ac",
        "1",
        "-ar",
        "16000",
        cut.toString());
    TrackPlanner.Plan plan = new TrackPlanner(app.media()).plan(List.of(cut), List.of(), false);
    Transcript transcript =
        app.transcriber().transcribe(plan, new ProgressTracker(ProgressListener.NONE));
    return transcript.words().stream().map(w -> w.shiftedBy(range.start())).toList();
  }

  /** Every word lies in an utterance of timings.json: word times are recording times. */
  private static void assertWordsWhereSpoken(List<Word> words, JsonNode utterances) {
    assertTrue(words.size() > 30, "the excerpt was not transcribed: " + words);
    for (Word word : words) {
      boolean placed = false;
      for (JsonNode u : utterances) {
        placed |=
            word.start() >= u.path("start").asDouble() - 0.3
                && word.end() <= u.path("end").asDouble() + 0.3;
      }
      assertTrue(placed, "'" + word.word() + "' at " + word.start() + " s is where nobody spoke");
    }
  }

  /** A suggestion of {@code reason} covers words {@code from} to {@code to}, exclusive. */
  private static void assertSuggested(
      List<Word> words,
      List<SuggestedRedaction> suggested,
      RedactionReason reason,
      int from,
      int to) {
    for (SuggestedRedaction s : suggested) {
      if (s.reason() == reason && s.from() <= from && to <= s.to()) {
        return;
      }
    }
    fail(
        "no "
            + reason
            + " suggestion covers '"
            + String.join(" ", words.subList(from, to).stream().map(Word::word).toList())
            + "' in "
            + suggested);
  }

  /** The index after the last word heard in {@code utterance}, however Vosk heard them. */
  private static int endOf(List<Word> words, JsonNode utterance) {
    int end = 0;
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).end() <= utterance.path("end").asDouble() + 0.3) {
        end = i + 1;
      }
    }
    return end;
  }

  /** Runs the speech model over the clip: no secret may be heard, and what was kept must be. */
  private static void assertSpeechModelHearsNoSecret(short[] pcm) throws IOException {
    List<Word> heard = hear(app, pcm);
    List<String> said = heard.stream().map(Word::word).toList();
    System.out.println("  the speech model hears: " + String.join(" ", said));
    for (Word word : heard) {
      assertFalse(
          SAID_ONLY_REDACTED.contains(word.word()),
          "heard redacted '" + word.word() + "' at " + word.start() + " s");
      double middle = (word.start() + word.end()) / 2;
      for (TimeSpan span : inClip(redaction.spans())) {
        if (middle > span.start() && middle < span.end()) {
          assertFalse(
              SAID_REDACTED.contains(word.word()) || hiddenWords.contains(word.word()),
              "heard '" + word.word() + "' inside the redacted span " + span);
        }
      }
    }
    assertTrue(
        said.containsAll(List.of("great", "idea", "welcome", "week")),
        "the clip's kept speech must still be heard: " + said);
  }

  /** The clip has exactly {@code streams} streams and none of the original's tags or titles. */
  private static void assertOnlyOwnStreams(Clip clip, int streams) throws IOException {
    String probe =
        run(
            FfmpegBinaries.fromEnvironment().ffprobe().toString(),
            "-v",
            "error",
            "-show_format",
            "-show_streams",
            "-show_chapters",
            "-of",
            "json",
            clip.file().toString());
    JsonNode json = new ObjectMapper().readTree(probe);
    assertEquals(streams, json.path("streams").size(), probe);
    assertEquals(0, json.path("chapters").size(), probe);
    for (String leak : List.of("Sarah", "David", "Hindsight", "synthetic", "consented")) {
      assertFalse(probe.contains(leak), leak + " in the clip's metadata: " + probe);
    }
    for (JsonNode stream : json.path("streams")) {
      String type = stream.path("codec_type").asText();
      assertTrue(type.equals("audio") || type.equals("video"), probe);
      if (type.equals("audio")) {
        assertEquals(1, stream.path("channels").asInt(), probe);
      }
    }
  }

  private static ToneMeter.Reading measure(short[] pcm, TimeSpan clipSpan) {
    // Skip the first and last 30 ms: the encoder smears a little of the neighbouring sound there.
    int rate = MediaTools.PCM_SAMPLE_RATE;
    int from = (int) Math.ceil((clipSpan.start() + 0.03) * rate);
    int to = Math.min(pcm.length, (int) Math.floor((clipSpan.end() - 0.03) * rate));
    return ToneMeter.measure(pcm, rate, from, to, 1000);
  }

  private static List<TimeSpan> inClip(List<TimeSpan> spans) {
    return spans.stream().map(s -> s.minus(range.start())).toList();
  }

  /** What the speech model hears in 16 kHz mono samples. */
  static List<Word> hear(Hindsight app, short[] pcm) throws IOException {
    try (SpeechRecognizer recognizer = app.speech().newRecognizer()) {
      return recognizer.recognize(new ByteArrayInputStream(toBytes(pcm)));
    }
  }

  private static short[] decode(Path clip) throws IOException {
    return decode(app, clip);
  }

  /** A clip's sound as 16 kHz mono samples, decoded with the app's ffmpeg. */
  static short[] decode(Hindsight app, Path clip) throws IOException {
    byte[] bytes;
    try (InputStream in = app.media().openPcm(clip, AudioTrack.mixOf(0))) {
      bytes = in.readAllBytes();
    }
    short[] pcm = new short[bytes.length / 2];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asShortBuffer().get(pcm);
    return pcm;
  }

  private static byte[] toBytes(short[] pcm) {
    ByteBuffer buffer = ByteBuffer.allocate(pcm.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asShortBuffer().put(pcm);
    return buffer.array();
  }

  private static JsonNode utterance(JsonNode utterances, String containing) {
    for (JsonNode u : utterances) {
      if (u.path("text").asText().contains(containing)) {
        return u;
      }
    }
    throw new AssertionError("timings.json has no utterance with '" + containing + "'");
  }

  private static int indexOf(List<Word> words, String word, double notBefore) {
    for (int i = 0; i < words.size(); i++) {
      if (words.get(i).word().equals(word) && words.get(i).start() >= notBefore - 0.3) {
        return i;
      }
    }
    throw new AssertionError("'" + word + "' was not recognized after " + notBefore + " s");
  }

  private static Set<String> wordsOf(String text) {
    return new HashSet<>(Arrays.asList(text.toLowerCase(Locale.ROOT).split("[^a-z']+")));
  }

  private static String run(String... command) throws IOException {
    Process process =
        FfmpegBinaries.fromEnvironment()
            .process(List.of(command))
            .redirectErrorStream(true)
            .start();
    process.getOutputStream().close();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    try {
      if (process.waitFor() != 0) {
        fail(String.join(" ", command) + " failed: " + output);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    }
    return output;
  }
}
