package io.hindsight.voice;

import io.hindsight.recording.Recording;
import io.hindsight.recording.UploadVoices;
import io.hindsight.transcribe.Diarization;
import io.hindsight.transcribe.SpeechModel;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.Transcript;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Uploads with one mixed track are diarized with the speaker model, expecting two voices (a pair
 * has two members); then the members' voice prints name them where the pair allows it.
 */
public final class UploadVoiceLabels implements UploadVoices {

  /**
   * A pair is two people, and most of their sessions are the two of them; the audio may still show
   * a guest, or only one voice.
   */
  static final Diarization PAIR = Diarization.expecting(2);

  private final Path speakerModel;
  private final Supplier<SpeechModel> speech;
  private final VoicePrints prints;

  /**
   * @param speakerModel the speaker model folder; null to leave mixed tracks unlabelled
   */
  public UploadVoiceLabels(Path speakerModel, Supplier<SpeechModel> speech, VoicePrints prints) {
    this.speakerModel = speakerModel;
    this.speech = speech;
    this.prints = prints;
  }

  @Override
  public Diarization diarization() {
    if (speakerModel == null) {
      return null;
    }
    speech.get().useSpeakerModel(speakerModel);
    return PAIR;
  }

  @Override
  public Transcript heard(Recording recording, Transcriber.Result heard) {
    return prints.heard(recording, heard);
  }

  @Override
  public Named name(Recording recording, Transcriber.Result heard) {
    return prints.name(recording, heard);
  }
}
