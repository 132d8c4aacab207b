package io.hindsight.transcribe;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.testing.Pcm;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SilenceChunkerTest {

  private static List<AudioChunk> split(byte[] pcm) throws Exception {
    List<AudioChunk> chunks = new ArrayList<>();
    SilenceChunker.standard().split(new ByteArrayInputStream(pcm), chunks::add);
    return chunks;
  }

  /** Speech-like audio: 3 s utterances separated by 0.5 s pauses. */
  private static Pcm talk(Pcm pcm, int utterances) {
    for (int i = 0; i < utterances; i++) {
      pcm.tone(3.0, 300 + i).silence(0.5);
    }
    return pcm;
  }

  @Test
  void cutsInsidePausesAfterTwentySeconds() throws Exception {
    List<AudioChunk> chunks = split(talk(Pcm.builder(), 30).bytes());

    assertTrue(chunks.size() >= 3, "105 s of talk makes several chunks");
    for (AudioChunk chunk : chunks.subList(0, chunks.size() - 1)) {
      assertTrue(
          chunk.seconds() >= 20 && chunk.seconds() <= 60, "chunk of " + chunk.seconds() + " s");
      // Each utterance+pause is 3.5 s; a cut inside a pause lands 3.0-3.5 s into a period.
      double cut = chunk.offsetSeconds() + chunk.seconds();
      double intoPeriod = cut % 3.5;
      assertTrue(intoPeriod > 3.0 - 1e-6 && intoPeriod < 3.5 + 1e-6, "cut inside a tone at " + cut);
    }
  }

  @Test
  void aShortClipIsSharedBetweenTheLanes() throws Exception {
    byte[] clip = talk(Pcm.builder(), 3).bytes(); // 10.5 s
    List<AudioChunk> chunks = new ArrayList<>();
    SilenceChunker.forTrack(10.5, 2).split(new ByteArrayInputStream(clip), chunks::add);

    assertEquals(2, chunks.size(), "one chunk for each lane");
    double cut = chunks.get(1).offsetSeconds();
    assertTrue(cut > 3.0 && cut < 3.5 || cut > 6.5 && cut < 7.0, "cut inside a pause at " + cut);
  }

  @Test
  void aTrackOfFiftySecondsOrMoreIsCutAsAStreamIs() {
    // A file heard while it arrives (length unknown) must be cut as the stored file is.
    assertTrue(SilenceChunker.forTrack(55, 2).cutsLike(SilenceChunker.standard()));
    assertTrue(SilenceChunker.forTrack(66, 2).cutsLike(SilenceChunker.standard()));
    assertFalse(SilenceChunker.forTrack(45, 2).cutsLike(SilenceChunker.standard()));
  }

  @Test
  void aTrackOfAMinuteOrMoreKeepsTheStandardChunks() throws Exception {
    byte[] pcm = talk(Pcm.builder(), 30).bytes();
    List<AudioChunk> standard = split(pcm);
    List<AudioChunk> forTrack = new ArrayList<>();
    SilenceChunker.forTrack(105, 2).split(new ByteArrayInputStream(pcm), forTrack::add);
    assertEquals(
        standard.stream().map(AudioChunk::offsetSeconds).toList(),
        forTrack.stream().map(AudioChunk::offsetSeconds).toList());
  }

  @Test
  void chunksAreContiguousAndKeepEveryByteOfSpeech() throws Exception {
    byte[] pcm = talk(Pcm.builder(), 30).bytes();
    List<AudioChunk> chunks = split(pcm);

    double expectedOffset = 0;
    int total = 0;
    for (AudioChunk chunk : chunks) {
      assertEquals(expectedOffset, chunk.offsetSeconds(), 1e-9);
      expectedOffset += chunk.seconds();
      total += chunk.pcm().length;
    }
    // Only the final pause, after the last word, may be left out.
    assertTrue(pcm.length - total <= 16_000, "dropped " + (pcm.length - total) + " bytes");
  }

  @Test
  void audioWithoutPausesIsCutAtTheQuietestPointBySixtySeconds() throws Exception {
    // 99 s of continuous sound with one slightly quieter moment at 41 s.
    byte[] pcm = Pcm.builder().tone(41, 200).hum(0.2).tone(58, 200).bytes();

    List<AudioChunk> chunks = split(pcm);

    assertEquals(2, chunks.size());
    assertEquals(41.1, chunks.get(0).seconds(), 0.15);
    assertEquals(chunks.get(0).seconds(), chunks.get(1).offsetSeconds(), 1e-9);
  }

  @Test
  void longSilencesAreSkippedAndTimesStayTrue() throws Exception {
    byte[] pcm = Pcm.builder().tone(5, 300).silence(30).tone(5, 300).silence(10).bytes();

    List<AudioChunk> chunks = split(pcm);

    assertEquals(2, chunks.size());
    assertEquals(0.0, chunks.get(0).offsetSeconds(), 1e-9);
    assertTrue(chunks.get(0).seconds() < 6, "the silence after the speech is not kept");
    double resume = chunks.get(1).offsetSeconds();
    assertTrue(resume >= 34.0 && resume <= 34.75, "resumes shortly before the speech: " + resume);
    double total = chunks.stream().mapToDouble(AudioChunk::seconds).sum();
    assertTrue(total < 12, "only about 10 s of the 50 s are transcribed, got " + total);
  }

  @Test
  void silenceAloneGivesNoChunks() throws Exception {
    assertEquals(List.of(), split(Pcm.builder().silence(90).bytes()));
  }

  @Test
  void sameAudioGivesSameChunks() throws Exception {
    byte[] pcm = talk(Pcm.builder().hum(3), 25).bytes();

    List<AudioChunk> first = split(pcm);
    List<AudioChunk> second = split(pcm);

    assertEquals(first.size(), second.size());
    for (int i = 0; i < first.size(); i++) {
      assertEquals(first.get(i).offsetSeconds(), second.get(i).offsetSeconds());
      assertEquals(first.get(i).pcm().length, second.get(i).pcm().length);
    }
  }
}
