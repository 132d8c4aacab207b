package io.hindsight.transcribe;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.jna.NativeLibrary;
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
import org.vosk.SpeakerModel;

/** Offline recognition with a Vosk (Kaldi) model folder. The model is thread-safe and shared. */
public final class VoskSpeechModel implements SpeechModel {

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * Endpoints for telling voices apart: Vosk's default waits for 0.5 s of silence to end an
   * utterance, while people in a conversation typically take over within 0.2 s, so one utterance
   * often held two voices. Ending at 0.15 s pauses gives utterances that are mostly one voice.
   * Where the next person starts before the last one stops there is no pause at all, so Kaldi's
   * rule 5 (end after this long, whatever follows) also ends every utterance after 3 s: real turns
   * last 2 to 30 s, so a 3 s piece rarely holds more than one change, and it is still long enough
   * (a speaker vector needs about 1 s) to be labelled on its own.
   */
  static final List<String> TURN_ENDPOINTS =
      List.of(
          "--endpoint.rule2.min-trailing-silence=0.15",
          "--endpoint.rule3.min-trailing-silence=0.3",
          "--endpoint.rule4.min-trailing-silence=0.5",
          "--endpoint.rule5.min-utterance-length=3");

  /** The same acoustic model with turn endpoints, and the speaker model. */
  private record Voices(Model model, SpeakerModel speakers, Path folder) {}

  private final Model model;
  private final Path folder;
  private final List<String> decoderOptions;
  private volatile Voices voices;

  private VoskSpeechModel(Model model, Path folder, List<String> decoderOptions) {
    this.model = model;
    this.folder = folder;
    this.decoderOptions = decoderOptions;
  }

  /**
   * Loads the model; takes about a second for the small English model.
   *
   * @param decoderOptions Kaldi decoder options over the model's own (see {@link Decoder})
   */
  public static VoskSpeechModel load(Path folder, List<String> decoderOptions) {
    ModelFolder.requireValid(folder);
    useUnpackedLibrary();
    // Kaldi logs every model detail to stderr at INFO; the CLI's stderr is for people.
    LibVosk.setLogLevel(LogLevel.WARNINGS);
    singleThreadedBlas();
    try (ModelOverlay overlay = ModelOverlay.of(folder, decoderOptions)) {
      return new VoskSpeechModel(
          new Model(overlay.folder().toAbsolutePath().toString()),
          folder,
          List.copyOf(decoderOptions));
    } catch (IOException | RuntimeException e) {
      throw new HindsightException(
          HindsightException.Kind.INTERNAL,
          "the speech model in " + folder + " could not be loaded",
          e);
    }
  }

  /**
   * Points JNA at the libvosk the build unpacked beside the jar. Without it JNA copies the 26 MB
   * library out of the jar into a temporary file on every start, which costs about 0.4 s.
   */
  private static void useUnpackedLibrary() {
    if (System.getProperty("jna.library.path") != null) {
      return;
    }
    ModelFolder.besideJar()
        .map(dir -> dir.resolve("native").resolve(com.sun.jna.Platform.RESOURCE_PREFIX))
        .filter(dir -> java.nio.file.Files.isRegularFile(dir.resolve("libvosk.so")))
        .ifPresent(dir -> System.setProperty("jna.library.path", dir.toString()));
  }

  /**
   * libvosk bundles a multi-threaded OpenBLAS. Its threads busy-wait and fight our own recognition
   * workers for the cores; parallelism comes from the chunk workers instead.
   */
  private static void singleThreadedBlas() {
    try {
      NativeLibrary vosk = NativeLibrary.getInstance("vosk", LibVosk.class.getClassLoader());
      vosk.getFunction("goto_set_num_threads").invokeVoid(new Object[] {1});
    } catch (UnsatisfiedLinkError | RuntimeException e) {
      // A libvosk without that symbol: it then runs as it comes.
    }
  }

  @Override
  public SpeechRecognizer newRecognizer() {
    return new VoskRecognizer(this);
  }

  /**
   * Loads the speaker model, and the speech model a second time with {@link #TURN_ENDPOINTS} (about
   * as much memory again), so that plain transcription keeps its own endpoints.
   */
  @Override
  public synchronized void useSpeakerModel(Path speakerFolder) {
    Path absolute = SpeakerModelFolder.requireValid(speakerFolder).toAbsolutePath().normalize();
    if (voices != null) {
      if (!absolute.equals(voices.folder())) {
        throw HindsightException.badInput(
            "a speaker model is already loaded from "
                + voices.folder()
                + "; restart to use another");
      }
      return;
    }
    SpeakerModel speakers = null;
    // The x-vector network carries output layers it never uses, which Kaldi warns about.
    LibVosk.vosk_set_log_level(-2);
    List<String> options = new ArrayList<>(decoderOptions);
    options.addAll(TURN_ENDPOINTS);
    try (ModelOverlay overlay = ModelOverlay.of(folder, options);
        ModelOverlay speakerOverlay = ModelOverlay.speakerModel(absolute)) {
      speakers = new SpeakerModel(speakerOverlay.folder().toAbsolutePath().toString());
      voices =
          new Voices(new Model(overlay.folder().toAbsolutePath().toString()), speakers, absolute);
    } catch (IOException | RuntimeException e) {
      if (speakers != null) {
        speakers.close();
      }
      throw new HindsightException(
          HindsightException.Kind.INTERNAL,
          "the speaker model in " + speakerFolder + " could not be loaded",
          e);
    } finally {
      LibVosk.setLogLevel(LogLevel.WARNINGS);
    }
  }

  @Override
  public synchronized void close() {
    model.close();
    if (voices != null) {
      voices.model().close();
      voices.speakers().close();
    }
  }

  /**
   * One native recognizer, reused stream after stream. A new one costs seconds of warm-up (its
   * decoding graph is expanded lazily and cached inside it), so it is kept. Taking the final result
   * makes Vosk start the next stream with a fresh feature pipeline and decoder, so nothing heard
   * before carries over; only the graph cache does. Vosk keeps counting time from where the
   * previous stream ended; that offset is taken off every word.
   */
  private static final class VoskRecognizer implements SpeechRecognizer {
    // 0.2 s of audio per call, the block size Vosk's own examples use.
    private static final int BLOCK_BYTES = 6400;

    private static final int PAD_BLOCKS = 2;

    private Recognizer recognizer;
    private final VoskSpeechModel owner;
    private boolean voiced;
    private final byte[] buffer = new byte[BLOCK_BYTES];
    private final float[] samples = new float[BLOCK_BYTES / 2];
    private long samplesFed;

    VoskRecognizer(VoskSpeechModel owner) {
      this.owner = owner;
      try {
        recognizer = new Recognizer(owner.model, MediaTools.PCM_SAMPLE_RATE);
      } catch (IOException e) {
        throw new HindsightException(
            HindsightException.Kind.INTERNAL, "could not create a speech recognizer", e);
      }
      recognizer.setWords(true);
      // The runner-up hypotheses feed search ("words the recognizer almost heard"). Only here: with
      // a speaker model, Vosk's N-best results carry no speaker vectors.
      recognizer.setMaxAlternatives(NBest.HYPOTHESES);
    }

    @Override
    public List<Word> recognize(InputStream pcm, long firstSample) throws IOException {
      return hear(pcm, firstSample).words();
    }

    @Override
    public Heard hear(InputStream pcm, long firstSample) throws IOException {
      // Between streams: a kept recognizer changes to the speaker model once it is loaded.
      Voices v = owner.voices;
      if (v != null && !voiced) {
        recognizer.close();
        recognizer = new Recognizer(v.model(), MediaTools.PCM_SAMPLE_RATE, v.speakers());
        recognizer.setWords(true);
        samplesFed = 0;
        voiced = true;
      }
      double offset = samplesFed / (double) MediaTools.PCM_SAMPLE_RATE;
      List<Word> words = new ArrayList<>();
      List<SpeakerVector> voices = new ArrayList<>();
      long position = firstSample;
      int n;
      try {
        // Whole blocks, however the pipe hands the bytes over: Vosk checks for the end of an
        // utterance once per call, so blocks of varying size gave varying words.
        while ((n = pcm.readNBytes(buffer, 0, buffer.length)) > 0) {
          int count = Dither.apply(buffer, n & ~1, position, samples);
          if (count == 0) {
            break; // one odd byte at the very end of a cut-off stream
          }
          position += count;
          samplesFed += count;
          if (recognizer.acceptWaveForm(samples, count)) {
            parse(recognizer.getResult(), offset, words, voices);
          }
        }
        if (voiced) {
          position = padWithSilence(position, offset, words, voices);
        }
        parse(recognizer.getFinalResult(), offset, words, voices);
      } catch (IOException | RuntimeException e) {
        recognizer.getFinalResult(); // drop the half-fed stream so the next one starts clean
        throw e;
      }
      return new Heard(words, voices);
    }

    /**
     * Ends the stream on whole blocks of (dithered) silence. libvosk computes the speaker vector of
     * the last result from the speaker features since the last endpoint, and aborts the process
     * when there are none: a stream that ended a few samples after an endpoint did that. After
     * {@link #PAD_BLOCKS} full blocks there are always some.
     */
    private long padWithSilence(
        long position, double offset, List<Word> words, List<SpeakerVector> voices)
        throws IOException {
      byte[] silence = new byte[BLOCK_BYTES];
      for (int i = 0; i < PAD_BLOCKS; i++) {
        int count = Dither.apply(silence, silence.length, position, samples);
        position += count;
        samplesFed += count;
        if (recognizer.acceptWaveForm(samples, count)) {
          parse(recognizer.getResult(), offset, words, voices);
        }
      }
      return position;
    }

    private static void parse(
        String json, double offset, List<Word> into, List<SpeakerVector> voices)
        throws IOException {
      JsonNode root = JSON.readTree(json);
      JsonNode result = root.path("result");
      int before = into.size();
      if (root.has("alternatives")) {
        into.addAll(NBest.words(root.path("alternatives"), offset));
      }
      for (JsonNode w : result) {
        into.add(
            new Word(
                w.path("word").asText(),
                Math.max(0, w.path("start").asDouble() - offset),
                Math.max(0, w.path("end").asDouble() - offset),
                w.path("conf").asDouble(1.0),
                null));
      }
      JsonNode spk = root.path("spk");
      if (spk.isArray() && spk.size() > 0 && into.size() > before) {
        float[] vector = new float[spk.size()];
        for (int i = 0; i < vector.length; i++) {
          vector[i] = (float) spk.get(i).asDouble();
        }
        voices.add(
            new SpeakerVector(
                into.get(before).start(),
                into.get(into.size() - 1).end(),
                root.path("spk_frames").asInt(0),
                vector));
      }
    }

    @Override
    public void close() {
      recognizer.close();
    }
  }
}
