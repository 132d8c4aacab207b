package io.hindsight.recording;

import io.hindsight.HindsightException;
import io.hindsight.Ids;
import io.hindsight.media.UnusableMediaException;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.Agreements;
import io.hindsight.transcribe.Track;
import io.hindsight.transcribe.TrackPlanner;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first half of every ingest: checks consent against the pair's agreement, stores the media in
 * a staging folder under server names, probes it, and describes the recording. What is admitted is
 * not yet published; closing it without publishing removes it.
 */
final class Admission {

  private final RecordingFiles files;
  private final TrackPlanner planner;
  private final Agreements agreements;

  Admission(RecordingFiles files, TrackPlanner planner, Agreements agreements) {
    this.files = files;
    this.planner = planner;
    this.agreements = agreements;
  }

  /**
   * A staged recording with its tracks and the consent it is kept under.
   *
   * @param uploadedBy the member who uploaded it; null for an operator's ingest
   * @param agreementVersion the agreement version it was admitted under; 0 for none
   */
  record Admitted(
      Recording recording,
      TrackPlanner.Plan plan,
      RecordingFiles.Staged staged,
      String uploadedBy,
      int agreementVersion)
      implements AutoCloseable {

    @Override
    public void close() {
      staged.close();
    }
  }

  /**
   * A pair whose members use Hindsight records only under its agreement in force, whoever ingests;
   * a pair with no members here (one kept from the command line alone) has no agreement, and the
   * people the operator names stand for it.
   *
   * @param uploadedBy the member uploading; null for an operator's ingest
   * @return the agreement in force; null for a pair with no members
   * @throws HindsightException NO_CONSENT saying what the agreement lacks
   */
  Agreement requireAgreement(String pair, String uploadedBy) {
    Agreement agreement = agreements.of(pair);
    if (uploadedBy == null && agreement.members().isEmpty()) {
      return null;
    }
    return agreements.requireRecordingAllowed(pair);
  }

  Admitted admit(IngestRequest request, Recording.Status status) {
    Agreement agreement = requireAgreement(request.pair(), request.consent().uploadedBy());
    String id = Ids.newId();
    RecordingFiles.Staged staged = files.stage(id);
    try {
      List<String> mediaFiles = new ArrayList<>();
      TrackPlanner.Plan plan = store(request, staged.dir(), mediaFiles);
      Instant now = Instant.now();
      Recording recording =
          new Recording(
              id,
              request.pair(),
              request.titleOrName(),
              request.recordedAt() != null ? request.recordedAt() : LocalDate.now(),
              now,
              status,
              null,
              mediaFiles,
              MediaTypes.of(plan.media().get(0)),
              plan.hasVideo(),
              plan.durationSeconds(),
              !request.consent().names().isEmpty() || agreement == null
                  ? request.consent().names()
                  : agreement.members().stream().map(Agreement.MemberSignature::name).toList(),
              now,
              agreement == null ? Consent.DEFAULT_SCOPE : agreement.terms().scope());
      return new Admitted(
          recording,
          plan,
          staged,
          request.consent().uploadedBy(),
          agreement == null ? 0 : agreement.version());
    } catch (IOException e) {
      staged.close();
      throw new HindsightException(
          HindsightException.Kind.INTERNAL, "could not store the recording: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      staged.close();
      throw e;
    }
  }

  /**
   * Copies the inputs into {@code dir} as media-0, media-1... and plans their tracks. Files on this
   * machine are probed where they are, so nothing is copied of one that is not media; uploads are
   * probed once stored, and a problem is told under the uploader's file name.
   */
  private TrackPlanner.Plan store(IngestRequest request, Path dir, List<String> mediaFiles)
      throws IOException {
    List<IngestRequest.Input> inputs = request.inputs();
    boolean local = inputs.stream().allMatch(input -> input.file() != null);
    TrackPlanner.Plan probed =
        local
            ? planner.plan(
                inputs.stream().map(IngestRequest.Input::file).toList(),
                request.speakers(),
                request.splitChannels(),
                request.diarization())
            : null;
    Map<Path, Path> copies = new HashMap<>();
    Map<Path, String> names = new HashMap<>();
    for (IngestRequest.Input input : inputs) {
      String name = RecordingFiles.mediaName(mediaFiles.size());
      Path copy = dir.resolve(name);
      input.source().writeTo(copy);
      mediaFiles.add(name);
      copies.put(input.file(), copy);
      names.put(copy, input.name());
    }
    if (local) {
      return onCopies(probed, copies);
    }
    try {
      return planner.plan(
          mediaFiles.stream().map(dir::resolve).toList(),
          request.speakers(),
          request.splitChannels(),
          request.diarization());
    } catch (UnusableMediaException e) {
      throw e.named(
          "'" + names.getOrDefault(e.file(), "the upload") + "'",
          "Upload a video or audio recording (mp4, webm, mkv, mp3, m4a, wav, ogg...)");
    }
  }

  private static TrackPlanner.Plan onCopies(TrackPlanner.Plan plan, Map<Path, Path> copies) {
    List<Track> tracks =
        plan.tracks().stream()
            .map(t -> new Track(copies.get(t.file()), t.audio(), t.speaker(), t.durationSeconds()))
            .toList();
    return new TrackPlanner.Plan(plan.media(), tracks, plan.diarization());
  }
}
