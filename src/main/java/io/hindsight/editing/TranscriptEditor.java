package io.hindsight.editing;

import io.hindsight.HindsightException;
import io.hindsight.Listeners;
import io.hindsight.pair.Agreement;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.User;
import io.hindsight.recording.Library;
import io.hindsight.recording.Recording;
import io.hindsight.search.OutboxEntry;
import io.hindsight.search.SearchOutbox;
import io.hindsight.transcribe.Transcript;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Members' corrections to a recording's transcript. Each save is a new version on top of the latest
 * one (a save on an older one is a {@link VersionConflict}); the transcript file and that
 * recording's search documents follow at once, so captions, exports, search and excerpt drafts all
 * show the new words. Callers check that the member's pair owns the recording; the author is null
 * for the command line.
 */
public final class TranscriptEditor {

  /** The author of a change made on the command line without {@code --as}. */
  static final String COMMAND_LINE = "command line";

  private final Library library;
  private final TranscriptVersions versions;
  private final SearchOutbox outbox;
  private final Agreements agreements;
  private final Listeners<SpeakersRenamed> renamed = new Listeners<>();
  private final Listeners<Corrected> corrected = new Listeners<>();

  public TranscriptEditor(
      Library library,
      io.hindsight.recording.RecordingFiles files,
      SearchOutbox outbox,
      Agreements agreements) {
    this.library = library;
    this.versions = new TranscriptVersions(files);
    this.outbox = outbox;
    this.agreements = agreements;
  }

  /** The latest transcript, as the consent in force allows it to be read. */
  public Transcript current(Recording recording) {
    agreements.require(recording.pair(), Agreement.Use.PLAYBACK);
    return library.transcript(recording.id());
  }

  public Transcript edit(User author, Recording recording, Integer base, List<SegmentEdit> edits) {
    return save(
        author,
        recording,
        base,
        latest -> TranscriptEdits.apply(latest, edits),
        TranscriptEdits.summary(edits == null ? List.of() : edits));
  }

  public Transcript replace(User author, Recording recording, Integer base, Replacement r) {
    Transcript latest = current(recording);
    int count = r.count(latest);
    if (count == 0) {
      throw HindsightException.badInput("nothing to replace: \"" + r.find() + "\" does not occur");
    }
    return save(
        author, recording, base, t -> TranscriptEdits.apply(t, r.edits(t)), r.summary(count));
  }

  /** Tells {@code listener} of the words each edit or replacement corrected, once saved. */
  public void onCorrected(Consumer<Corrected> listener) {
    corrected.add(listener);
  }

  /** Tells {@code listener} of each rename of speakers, once the new version is saved. */
  public void onSpeakersRenamed(Consumer<SpeakersRenamed> listener) {
    renamed.add(listener);
  }

  /**
   * Renames speakers ({@code "Speaker 1" -> "Sarah Miller"}) as a new version on the latest one:
   * the request names labels, not text, so it cannot clash with a partner's correction.
   */
  public Transcript renameSpeakers(User author, Recording recording, Map<String, String> names) {
    Transcript next;
    Map<String, String> changes;
    synchronized (this) {
      Transcript latest = current(recording);
      changes = SpeakerRename.check(latest, names);
      next =
          store(
              author,
              recording,
              latest.version(),
              latest,
              SpeakerRename.apply(latest, changes),
              SpeakerRename.summary(changes),
              null);
    }
    renamed.announce(new SpeakersRenamed(recording, changes, author));
    return next;
  }

  public int count(Recording recording, Replacement r) {
    return r.count(current(recording));
  }

  /** Reverts the latest change that is still in effect, as a new version. */
  public synchronized Transcript undo(User author, Recording recording, Integer base) {
    Transcript latest = current(recording);
    List<VersionInfo> history = versions.history(recording.id());
    if (history.isEmpty() || latestInfo(history).textOf() == 1) {
      throw HindsightException.badInput("nothing to undo: this is the recognized text");
    }
    VersionInfo undone = byVersion(history, latestInfo(history).textOf());
    int target = undone.base();
    Transcript text = versions.read(recording.id(), target);
    return store(
        author,
        recording,
        base == null ? latest.version() : base,
        latest,
        text,
        "undid version " + undone.version() + " (" + undone.summary() + ")",
        target);
  }

  /** Who changed what, oldest first; only the recognized text while nobody edited. */
  public List<VersionInfo> history(Recording recording) {
    Transcript latest = current(recording);
    List<VersionInfo> history = versions.history(recording.id());
    return history.isEmpty() ? List.of(original(recording, latest)) : history;
  }

  /** One version, such as the recognized text (version 1) for "show original". */
  public Transcript version(Recording recording, int number) {
    Transcript latest = current(recording);
    if (number == latest.version()) {
      return latest;
    }
    return versions.read(recording.id(), number);
  }

  /**
   * The transcript as it read at {@code moment}: what a published excerpt was approved on, so that
   * later corrections never change its words silently.
   */
  public Transcript asOf(String recordingId, Instant moment) {
    VersionInfo chosen = null;
    for (VersionInfo info : versions.history(recordingId)) {
      if (!Instant.parse(info.at()).isAfter(moment)) {
        chosen = info;
      }
    }
    Transcript latest = library.transcript(recordingId);
    return chosen == null || chosen.version() == latest.version()
        ? latest
        : versions.read(recordingId, chosen.version());
  }

  private interface Change {
    Transcript on(Transcript latest);
  }

  private Transcript save(
      User author, Recording recording, Integer base, Change change, String summary) {
    Transcript before;
    Transcript next;
    synchronized (this) {
      before = current(recording);
      requireLatest(base, before);
      next = store(author, recording, base, before, change.on(before), summary, null);
    }
    List<Correction> corrections = Correction.between(before, next);
    if (!corrections.isEmpty()) {
      corrected.announce(new Corrected(recording, corrections));
    }
    return next;
  }

  private Transcript store(
      User author,
      Recording recording,
      Integer base,
      Transcript latest,
      Transcript text,
      String summary,
      Integer restores) {
    requireLatest(base, latest);
    String id = recording.id();
    if (versions.history(id).isEmpty()) {
      versions.save(id, latest, original(recording, latest));
    }
    int number = latest.version() + 1;
    Transcript next = text.withVersion(number);
    VersionInfo info =
        new VersionInfo(
            number,
            author == null ? COMMAND_LINE : author.name(),
            author == null ? null : author.id(),
            Instant.now().toString(),
            summary,
            byVersion(versions.history(id), latest.version()).textOf(),
            restores);
    if (!versions.save(id, next, info)) {
      throw new VersionConflict(latest.version(), library.transcript(id));
    }
    // Every serving node rebuilds the recording's documents from the transcript just saved; a
    // crash before this entry leaves them on the previous version until the next reindex.
    outbox.append(id, recording.pair(), OutboxEntry.Kind.INDEX);
    outbox.appended();
    return next;
  }

  private static void requireLatest(Integer base, Transcript latest) {
    if (base == null) {
      throw HindsightException.badInput(
          "say which version you changed: send baseVersion (the latest is "
              + latest.version()
              + ")");
    }
    if (base != latest.version()) {
      throw new VersionConflict(base, latest);
    }
  }

  private static VersionInfo original(Recording recording, Transcript latest) {
    return new VersionInfo(
        latest.version(), null, null, recording.createdAt().toString(), "recognized", 0, null);
  }

  private static VersionInfo latestInfo(List<VersionInfo> history) {
    return history.get(history.size() - 1);
  }

  private static VersionInfo byVersion(List<VersionInfo> history, int version) {
    return history.stream()
        .filter(v -> v.version() == version)
        .findFirst()
        .orElseThrow(
            () ->
                new HindsightException(
                    HindsightException.Kind.INTERNAL,
                    "transcript version " + version + " is missing"));
  }
}
