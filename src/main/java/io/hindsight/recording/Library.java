package io.hindsight.recording;

import io.hindsight.HindsightException;
import io.hindsight.Ids;
import io.hindsight.Listeners;
import io.hindsight.search.IndexSource;
import io.hindsight.search.IndexedRecording;
import io.hindsight.search.OutboxEntry;
import io.hindsight.search.SearchOutbox;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.transcribe.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The recordings as they are kept: lists and lookups, their transcripts, deletion, rebuilding the
 * search index and cleaning up after killed ingests. New recordings come in through {@link
 * IngestPipeline}. Deletion and reindexing are announced to listeners ({@link #onDeleted}, {@link
 * #onIndexRebuilt}). It is the {@link IndexSource} every node's index is derived from.
 */
public final class Library implements IndexSource {

  private static final Logger LOG = LoggerFactory.getLogger(Library.class);
  private final RecordingRepository repository;
  private final RecordingFiles files;
  private final Supplier<TranscriptIndex> index;
  private final SearchOutbox outbox;
  private final Listeners<RecordingDeleted> deleted = new Listeners<>();
  private final Listeners<IndexRebuilt> rebuilt = new Listeners<>();
  private final Listeners<NotesRebuilt> notesRebuilt = new Listeners<>();

  /**
   * @param index this process's own index, opened only when asked for (a worker never does)
   */
  public Library(
      RecordingRepository repository,
      RecordingFiles files,
      Supplier<TranscriptIndex> index,
      SearchOutbox outbox) {
    this.repository = repository;
    this.files = files;
    this.index = index;
    this.outbox = outbox;
  }

  /** Tells {@code listener} of each recording about to be deleted, before anything of it goes. */
  public void onDeleted(Consumer<RecordingDeleted> listener) {
    deleted.add(listener);
  }

  /** Lets {@code listener} add its own documents to a rebuilt index, before it is committed. */
  public void onIndexRebuilt(Consumer<IndexRebuilt> listener) {
    rebuilt.add(listener);
  }

  /** Lets {@code listener} add one recording's own documents (notes) back to an index. */
  public void onNotesRebuilt(Consumer<NotesRebuilt> listener) {
    notesRebuilt.add(listener);
  }

  static IndexedRecording indexed(Recording r, Transcript transcript) {
    return new IndexedRecording(r.id(), r.pair(), r.title(), r.recordedAt(), transcript);
  }

  /**
   * Deletes the pair's recordings of sessions that took place before {@code cutoff}, as the
   * agreement's retention requires. Returns their ids.
   */
  public List<String> deleteRecordedBefore(String pair, LocalDate cutoff) {
    List<String> deleted = new ArrayList<>();
    for (Recording recording : repository.list(pair)) {
      LocalDate day =
          recording.recordedAt() != null
              ? recording.recordedAt()
              : LocalDate.ofInstant(recording.createdAt(), java.time.ZoneOffset.UTC);
      if (day.isBefore(cutoff)) {
        delete(recording.id());
        deleted.add(recording.id());
      }
    }
    return deleted;
  }

  /** The stored original of a recording, for streaming. */
  public Path mediaFile(Recording recording) {
    Path file = files.media(recording.id(), recording.mediaFiles().get(0));
    if (!Files.isRegularFile(file)) {
      throw HindsightException.notFound("recording " + recording.id() + " has no media");
    }
    return file;
  }

  public List<Recording> list(String pair) {
    return repository.list(pair);
  }

  public Recording get(String id) {
    if (!Ids.looksLikeId(id)) {
      throw HindsightException.notFound("no recording with id '" + id + "'");
    }
    return repository
        .find(id)
        .orElseThrow(() -> HindsightException.notFound("no recording with id '" + id + "'"));
  }

  public Transcript transcript(String id) {
    Recording recording = get(id);
    if (recording.status() != Recording.Status.READY) {
      throw new HindsightException(
          HindsightException.Kind.CONFLICT,
          "recording "
              + id
              + " is "
              + recording.status().label()
              + ", its transcript is not ready");
    }
    return files.readTranscript(id);
  }

  /** Changes whenever the recording's transcript is saved again; see {@link RecordingFiles}. */
  public String transcriptStamp(String id) {
    return files.transcriptStamp(id);
  }

  /** The first {@code limit} words said in the recording; empty until it is transcribed. */
  public List<String> firstWords(String id, int limit) {
    return files.firstWords(id, limit);
  }

  /** Rebuilds the search index from the stored transcripts alone. Returns how many recordings. */
  public int reindex() {
    return rebuild(index.get());
  }

  @Override
  public int rebuild(TranscriptIndex into) {
    // Read first: an entry appended while the transcripts are read is applied again, harmlessly.
    long position = outbox.lastPosition();
    into.deleteAll();
    int count = 0;
    for (Recording recording : repository.list(null)) {
      if (recording.status() != Recording.Status.READY) {
        continue;
      }
      try {
        into.add(indexed(recording, files.readTranscript(recording.id())));
        count++;
      } catch (HindsightException e) {
        if (e.kind() != HindsightException.Kind.NOT_FOUND) {
          throw e;
        }
        // One unreadable transcript must not leave every other recording unsearchable.
        LOG.error("Recording {} is not searchable: {}", recording.id(), e.getMessage());
      }
    }
    rebuilt.announce(new IndexRebuilt(into));
    into.commitThrough(position);
    return count;
  }

  @Override
  public void addNotes(String recordingId, TranscriptIndex into) {
    repository
        .find(recordingId)
        .filter(r -> r.status() == Recording.Status.READY)
        .ifPresent(r -> notesRebuilt.announce(new NotesRebuilt(r, into)));
  }

  @Override
  public Optional<IndexedRecording> indexed(String recordingId) {
    return repository
        .find(recordingId)
        .filter(r -> r.status() == Recording.Status.READY)
        .map(r -> indexed(r, files.readTranscript(r.id())));
  }

  /**
   * Removes the recording everywhere, once the listeners took back what they derived from it: its
   * row (the database cascades to its notes and job) with the outbox entry that takes its index
   * documents (segments and notes) off every node, then its files. The row goes before the files,
   * so a crash in between leaves only an unknown folder, which {@link #recover()} removes.
   */
  public void delete(String id) {
    Recording recording = get(id);
    deleted.announce(new RecordingDeleted(recording));
    repository.delete(
        id, c -> SearchOutbox.append(c, id, recording.pair(), OutboxEntry.Kind.DELETE));
    outbox.appended();
    files.delete(recording.id());
  }

  /** Cleans up after ingests that were killed half way. Safe while other processes ingest. */
  public void recover() {
    files.sweepAbandoned(id -> repository.find(id).isPresent());
  }
}
