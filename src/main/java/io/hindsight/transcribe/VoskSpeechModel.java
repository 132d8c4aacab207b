package io.hindsight.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hindsight.HindsightException;
import io.hindsight.media.MediaTools;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;
import org.vosk.Recognizer;

/** Offline recognition with a Vosk (Kaldi) model folder. The model is thread-safe and shared. */
public final class VoskSpeechModel implements SpeechModel {

  private static final ObjectMapper JSON = new ObjectMapper();
  private final Model model;

  private VoskSpeechModel(Model model) {
    this.model = model;
  }

  /** Loads the model; takes about a second for the small English model. */
  public static VoskSpeechModel load(Path folder) {
    ModelFolder.requireValid(folder);
    // Kaldi logs every model detail to stderr at INFO; the CLI's stderr is for people.
    LibVosk.setLogLevel(LogLevel.WARNINGS);
    try {
      return new VoskSpeechModel(new Model(folder.toAbsolutePath().toString()));
    } catch (IOException | RuntimeException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL,
          "the speech model in " + folder + " could not be loaded",
          e);
    }
  }

  @Override
  public SpeechRecognizer newRecognizer() {
    return new VoskRecognizer(model);
  }

  @Override
  public void close() {
    model.close();
  }

  /**
   * Each stream gets a fresh native recognizer: Vosk's reset() keeps counting time from where the
   * previous stream ended, which would shift every word of the next chunk.
   */
  private static final class VoskRecognizer implements SpeechRecognizer {
    private final Model model;

    VoskRecognizer(Model model) {
      this.model = model;
    }

    @Override
    public List<Word> recognize(InputStream pcm) throws IOException {
      List<Word> words = new ArrayList<>();
      // 0.2 s of audio per call, the block size Vosk's own examples use.
      byte[] buffer = new byte[6400];
      int carry = 0;
      int n;
      try (Recognizer fresh = open()) {
        while ((n = pcm.read(buffer, carry, buffer.length - carry)) >= 0) {
          int available = carry + n;
          int whole = available & ~1; // never split a 16-bit sample between calls
          if (whole > 0 && fresh.acceptWaveForm(buffer, whole)) {
            parse(fresh.getResult(), words);
          }
          carry = available - whole;
          if (carry > 0) {
            buffer[0] = buffer[whole];
          }
        }
        parse(fresh.getFinalResult(), words);
      }
      return words;
    }

    private Recognizer open() throws IOException {
      Recognizer r = new Recognizer(model, MediaTools.PCM_SAMPLE_RATE);
      r.setWords(true);
      return r;
    }

    private static void parse(String json, List<Word> into) throws IOException {
      JsonNode result = JSON.readTree(json).path("result");
      for (JsonNode w : result) {
        into.add(
            new Word(
                w.path("word").asText(),
                w.path("start").asDouble(),
                w.path("end").asDouble(),
                w.path("conf").asDouble(1.0),
                null));
      }
    }

    @Override
    public void close() {
      // Nothing is held between streams.
    }
  }
}
