package io.hindsight.transcribe;

import io.hindsight.HindsightException;
import io.hindsight.media.MediaTools;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The plain loop of Vosk's own examples: one recognizer fed each whole track in order. It is the
 * baseline that the benchmark and the tests compare the chunked {@link Transcriber} against.
 */
public final class SinglePassTranscriber {

  private final MediaTools media;
  private final SpeechModel model;

  public SinglePassTranscriber(MediaTools media, SpeechModel model) {
    this.media = media;
    this.model = model;
  }

  public Transcript transcribe(TrackPlanner.Plan plan) {
    List<Word> words = new ArrayList<>();
    try (SpeechRecognizer recognizer = model.newRecognizer()) {
      for (Track track : plan.tracks()) {
        try (InputStream pcm =
            new CountingInputStream(media.openPcm(track.file(), track.audio()))) {
          for (Word word : recognizer.recognize(pcm)) {
            words.add(word.spokenBy(track.speaker()));
          }
          Transcriber.requireWhole(
              track,
              ((CountingInputStream) pcm).count() / (double) MediaTools.PCM_BYTES_PER_SECOND);
        } catch (IOException e) {
          throw HindsightException.notMedia(track.file().getFileName() + ": " + e.getMessage());
        }
      }
    }
    words.sort(Comparator.comparingDouble(Word::start));
    return Transcript.of(plan.durationSeconds(), words);
  }

  private static final class CountingInputStream extends java.io.FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    long count() {
      return count;
    }
  }
}
