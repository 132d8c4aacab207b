package io.hindsight;

import io.hindsight.media.ClipMaker;
import io.hindsight.media.FfmpegBinaries;
import io.hindsight.media.FfmpegClipMaker;
import io.hindsight.media.FfmpegMediaTools;
import io.hindsight.media.MediaTools;
import io.hindsight.transcribe.ModelFolder;
import io.hindsight.transcribe.SpeechModel;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.VoskSpeechModel;
import io.hindsight.transcribe.WarmRecognizers;
import java.util.function.Supplier;

/**
 * The expensive parts: ffmpeg, the speech model with its warm recognizers, and the clip cutter.
 * Each is made on first use, so commands that do not need them start fast.
 */
final class Engines {

  private final HindsightConfig config;
  final Lazy<MediaTools> media;
  final Lazy<SpeechModel> speech;
  final Lazy<ClipMaker> clips;
  private final Lazy<WarmRecognizers> recognizers;

  /**
   * @param clips null for the real ffmpeg, probing through {@code media}
   */
  Engines(
      HindsightConfig config,
      Supplier<MediaTools> media,
      Supplier<SpeechModel> speech,
      Supplier<ClipMaker> clips) {
    this.config = config;
    this.media = new Lazy<>(media);
    this.speech = new Lazy<>(speech);
    this.recognizers = new Lazy<>(() -> new WarmRecognizers(this.speech.get(), Transcriber.LANES));
    this.clips =
        new Lazy<>(
            clips != null
                ? clips
                : () -> new FfmpegClipMaker(FfmpegBinaries.fromEnvironment(), this.media.get()));
  }

  /** The real ffmpeg and Vosk model. */
  static Engines real(HindsightConfig config) {
    return new Engines(
        config,
        () -> new FfmpegMediaTools(FfmpegBinaries.fromEnvironment()),
        () -> VoskSpeechModel.load(ModelFolder.resolve(config.model()), config.decoder().options()),
        null);
  }

  /** Transcribes with recognizers kept warm from one recording to the next. */
  Transcriber transcriber() {
    return new Transcriber(
        media.get(), recognizers.get(), config.threads(), new io.hindsight.diarize.Diarizer());
  }

  /** Finds ffmpeg and loads the speech model on a background thread. */
  void warmUpInBackground() {
    Lazy.inBackground(
        "warm-up",
        () -> {
          media.get();
          speech.get();
        });
  }

  /** Frees the model and its recognizers; only once nothing decodes with them any more. */
  void close() {
    recognizers.ifCreated(WarmRecognizers::close);
    speech.ifCreated(SpeechModel::close);
  }
}
