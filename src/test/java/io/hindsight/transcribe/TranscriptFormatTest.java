package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class TranscriptFormatTest {

  private static final Pattern VTT_TIMING =
      Pattern.compile(
          "^(\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3}) --> (\\d{2}):(\\d{2}):(\\d{2})\\.(\\d{3})$");

  private static Transcript longTalk(String speaker) {
    List<Word> words = new ArrayList<>();
    String[] vocabulary = {
      "we", "should", "talk", "about", "your", "quarterly", "planning", "meeting"
    };
    for (int i = 0; i < 80; i++) {
      words.add(new Word(vocabulary[i % vocabulary.length], i * 0.4, i * 0.4 + 0.3, 0.8, speaker));
    }
    return Transcript.of(40, words);
  }

  @Test
  void webVttHasExactTimestampsShortLinesAndShortCues() {
    String vtt = TranscriptFormat.VTT.render(longTalk(null));

    assertTrue(vtt.startsWith("WEBVTT\n\n"));
    String[] blocks = vtt.substring("WEBVTT\n\n".length()).split("\n\n");
    double previousStart = -1;
    for (String block : blocks) {
      String[] lines = block.split("\n");
      Matcher timing = VTT_TIMING.matcher(lines[0]);
      assertTrue(timing.matches(), "bad timing line: " + lines[0]);
      double start = seconds(timing, 1);
      double end = seconds(timing, 5);
      assertTrue(end > start && end - start <= Captions.MAX_CUE_SECONDS + 1e-9, block);
      assertTrue(start >= previousStart, "cues must be in order");
      previousStart = start;
      assertTrue(lines.length - 1 <= 2, "at most two lines: " + block);
      for (int i = 1; i < lines.length; i++) {
        assertTrue(lines[i].length() <= 42, "line too long: " + lines[i]);
      }
    }
  }

  @Test
  void webVttNamesTheSpeakerAndEscapesMarkup() {
    Transcript t = Transcript.of(2, List.of(new Word("hi", 0, 0.5, 1, "Ann <&> Co")));

    assertEquals(
        "WEBVTT\n\n00:00:00.000 --> 00:00:00.500\n<v Ann &lt;&amp;&gt; Co>hi\n\n",
        TranscriptFormat.VTT.render(t));
  }

  @Test
  void subRipNumbersCuesAndUsesCommaMillis() {
    Transcript t =
        Transcript.of(
            3700,
            List.of(
                new Word("hello", 3661.25, 3661.75, 1, null),
                new Word("again", 3663, 3663.5, 1, null)));

    assertEquals(
        "1\n01:01:01,250 --> 01:01:01,750\nhello\n\n2\n01:01:03,000 --> 01:01:03,500\nagain\n\n",
        TranscriptFormat.SRT.render(t));
  }

  @Test
  void jsonHasTheContractShape() throws Exception {
    Transcript t = Transcript.of(1.5, List.of(new Word("hi", 0.1, 0.4, 0.95, null)));

    JsonNode json = new ObjectMapper().readTree(TranscriptFormat.JSON.render(t));

    assertEquals(1.5, json.get("durationSeconds").asDouble());
    JsonNode word = json.get("words").get(0);
    assertEquals("hi", word.get("word").asText());
    assertEquals(0.1, word.get("start").asDouble());
    assertEquals(0.4, word.get("end").asDouble());
    assertEquals(0.95, word.get("conf").asDouble());
    assertTrue(word.get("speaker") == null, "no speaker key on a single-track recording");
    JsonNode segment = json.get("segments").get(0);
    assertEquals("hi", segment.get("text").asText());
    assertEquals(0.1, segment.get("start").asDouble());
  }

  @Test
  void jsonRoundTripsThroughTheRecord() throws Exception {
    Transcript t =
        Transcript.of(9, List.of(new Word("a", 1, 2, 0.5, "Ann"), new Word("b", 5, 6, 0.7, "Bo")));

    Transcript back =
        new ObjectMapper().readValue(TranscriptFormat.JSON.render(t), Transcript.class);

    assertEquals(t, back);
  }

  @Test
  void textHasATimestampPerSegment() {
    Transcript t = Transcript.of(90, List.of(new Word("hello", 65, 65.5, 1, "Ann")));

    assertEquals("[00:01:05] Ann: hello\n", TranscriptFormat.TXT.render(t));
  }

  private static double seconds(Matcher m, int group) {
    return Integer.parseInt(m.group(group)) * 3600
        + Integer.parseInt(m.group(group + 1)) * 60
        + Integer.parseInt(m.group(group + 2))
        + Integer.parseInt(m.group(group + 3)) / 1000.0;
  }
}
