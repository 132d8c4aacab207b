package io.hindsight.recording;

import io.hindsight.db.Database;
import io.hindsight.transcribe.Diarization;
import io.hindsight.transcribe.Transcriber;
import io.hindsight.transcribe.Transcript;

/** How the voices in an upload are told apart and named: the seam to io.hindsight.voice. */
public interface UploadVoices {

  /** No speaker labels for a mixed track, and no voice prints. */
  UploadVoices NONE =
      new UploadVoices() {
        @Override
        public Diarization diarization() {
          return null;
        }

        @Override
        public Transcript heard(Recording recording, Transcriber.Result heard) {
          return heard.transcript();
        }

        @Override
        public Named name(Recording recording, Transcriber.Result heard) {
          return new Named(heard.transcript(), c -> {});
        }
      };

  /**
   * A transcript with its speakers named where their voices are known, and the voice data to store
   * in the transaction that inserts its recording.
   */
  record Named(Transcript transcript, Database.SqlAction store) {}

  /** How to tell apart the voices of an upload with one mixed track; null for no labels. */
  Diarization diarization();

  /**
   * Called once an upload is transcribed, before its transcript is saved. The speaker vectors go no
   * further than here.
   *
   * @return the transcript, its speakers named where their voices are known
   */
  Transcript heard(Recording recording, Transcriber.Result heard);

  /**
   * As {@link #heard}, for a recording whose row does not exist yet (the command line's ingest):
   * nothing is stored until {@link Named#store} runs.
   */
  Named name(Recording recording, Transcriber.Result heard);
}
