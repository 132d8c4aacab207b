package io.hindsight;

import io.hindsight.db.Database;
import io.hindsight.media.ClipMaker;
import io.hindsight.media.FfmpegBinaries;
import io.hindsight.media.FfmpegClipMaker;
import io.hindsight.media.FfmpegMediaTools;
import io.hindsight.media.MediaTools;
import io.hindsight.recording.Library;
import io.hindsight.recording.RecordingFiles;
import io.hindsight.recording.RecordingRepository;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.search.TranscriptSearcher;
import io.hindsight.transcribe.ModelFolder;
import io.hindsight.transcribe.SpeechModel;
import io.hindsight.transcribe.TrackPlanner;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.VoskSpeechModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Wires the features together. Nothing else constructs services. Expensive parts (the speech model,
 * ffmpeg) are made on first use, so commands that do not need them start fast.
 */
public final class Hindsight implements AutoCloseable {

  private final Config config;
  private final Lazy<MediaTools> media;
  private final Lazy<SpeechModel> speech;
  private final Lazy<ClipMaker> clips;
  private final Lazy<Database> database;
  private final Lazy<TranscriptIndex> index;
  private final Lazy<Library> library;

  /**
   * @param model the Vosk model folder, or null for the default lookup
   * @param threads recognition workers
   */
  public record Config(Path dataDir, Path model, int threads) {
    public static Config of(Path dataDir) {
      return new Config(dataDir, null, Transcriber.defaultThreads());
    }
  }

  public Hindsight(Config config) {
    this(
        config,
        () -> new FfmpegMediaTools(FfmpegBinaries.fromEnvironment()),
        () -> VoskSpeechModel.load(ModelFolder.resolve(config.model())));
  }

  /** For tests that put fakes at the ffmpeg and Vosk seams; clips are cut with the real ffmpeg. */
  public Hindsight(Config config, Supplier<MediaTools> media, Supplier<SpeechModel> speech) {
    this(config, media, speech, null);
  }

  /**
   * For tests that also fake the clip maker.
   *
   * @param clips null for the real ffmpeg, probing through {@code media}
   */
  public Hindsight(
      Config config,
      Supplier<MediaTools> media,
      Supplier<SpeechModel> speech,
      Supplier<ClipMaker> clips) {
    this.config = config;
    this.media = new Lazy<>(media);
    this.speech = new Lazy<>(speech);
    this.clips =
        new Lazy<>(
            clips != null
                ? clips
                : () -> new FfmpegClipMaker(FfmpegBinaries.fromEnvironment(), this.media.get()));
    this.database = new Lazy<>(() -> Database.open(dataDir().resolve("hindsight.db")));
    this.index = new Lazy<>(() -> TranscriptIndex.open(dataDir().resolve("index")));
    this.library =
        new Lazy<>(
            () -> {
              Library lib =
                  new Library(
                      new RecordingRepository(database.get()),
                      new RecordingFiles(dataDir()),
                      new TrackPlanner(this.media.get()),
                      this::transcriber,
                      index.get());
              lib.recover();
              return lib;
            });
  }

  private Path dataDir() {
    try {
      return Files.createDirectories(config.dataDir());
    } catch (IOException e) {
      throw HindsightException.badInput("cannot create the data folder " + config.dataDir());
    }
  }

  public Config config() {
    return config;
  }

  public MediaTools media() {
    return media.get();
  }

  public SpeechModel speech() {
    return speech.get();
  }

  /** Cuts and redacts shareable clips. */
  public ClipMaker clips() {
    return clips.get();
  }

  public Transcriber transcriber() {
    return new Transcriber(media.get(), speech.get(), config.threads());
  }

  public Library library() {
    return library.get();
  }

  public TranscriptSearcher searcher() {
    return new TranscriptSearcher(index.get());
  }

  @Override
  public void close() {
    index.ifCreated(TranscriptIndex::close);
    speech.ifCreated(SpeechModel::close);
  }

  /** A value made once, on first use, thread-safely. */
  static final class Lazy<T> implements Supplier<T> {
    private final Supplier<T> factory;
    private volatile T value;

    Lazy(Supplier<T> factory) {
      this.factory = factory;
    }

    @Override
    public T get() {
      T v = value;
      if (v == null) {
        synchronized (this) {
          v = value;
          if (v == null) {
            value = v = factory.get();
          }
        }
      }
      return v;
    }

    void ifCreated(java.util.function.Consumer<T> action) {
      T v = value;
      if (v != null) {
        action.accept(v);
      }
    }
  }
}
