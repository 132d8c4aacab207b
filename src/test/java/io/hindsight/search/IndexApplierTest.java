package io.hindsight.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.hindsight.db.Database;
import io.hindsight.search.OutboxEntry.Kind;
import io.hindsight.transcribe.Transcript;
import io.hindsight.transcribe.Word;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node's index fed from the outbox, on a real SQLite database and a real Lucene index; only the
 * transcripts (the {@link IndexSource}) are a map here.
 */
class IndexApplierTest {

  @TempDir Path dir;
  private Database db;
  private SearchOutbox outbox;
  private final Source source = new Source();

  @BeforeEach
  void open() {
    db = Database.open(dir.resolve("hindsight.db"));
    outbox = new SearchOutbox(db);
  }

  @AfterEach
  void close() {
    db.close();
  }

  @Test
  void appliesEntriesInTheirOrder() {
    try (TranscriptIndex index = TranscriptIndex.open(dir.resolve("index"))) {
      IndexApplier applier = new IndexApplier(outbox, index, source);
      applier.catchUp(); // a new index: rebuilt (from nothing), then at the outbox's position
      source.ready("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb");
      // a deleted then indexed again; b indexed then deleted: only the order tells them apart.
      outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.DELETE);
      outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.INDEX);
      outbox.append("bbbbbbbbbbbbbbbb", "p1", Kind.INDEX);
      outbox.append("bbbbbbbbbbbbbbbb", "p1", Kind.DELETE);

      assertEquals(4, applier.catchUp());
      assertEquals(2, segments(index, "aaaaaaaaaaaaaaaa"));
      assertEquals(0, segments(index, "bbbbbbbbbbbbbbbb"), "the delete reached the index");
      assertEquals(outbox.lastPosition(), index.appliedPosition());
      assertEquals(0, applier.catchUp(), "nothing new");
      assertEquals(1, source.rebuilds);
    }
  }

  @Test
  void aRestartedNodeResumesAfterThePositionItsIndexCommitted() {
    source.ready("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb", "cccccccccccccccc");
    outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.INDEX);
    try (TranscriptIndex index = TranscriptIndex.open(dir.resolve("index"))) {
      new IndexApplier(outbox, index, source).catchUp();
    }
    // While the node is down, others change things.
    outbox.append("bbbbbbbbbbbbbbbb", "p1", Kind.INDEX);
    outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.DELETE);
    outbox.append("cccccccccccccccc", "p1", Kind.INDEX);
    source.read.clear();

    try (TranscriptIndex index = TranscriptIndex.open(dir.resolve("index"))) {
      assertEquals(1, index.appliedPosition(), "the position is in the index's own commit");
      assertEquals(3, new IndexApplier(outbox, index, source).catchUp());
      assertEquals(
          List.of("bbbbbbbbbbbbbbbb", "cccccccccccccccc"), source.read, "only what it missed");
      assertEquals(1, source.rebuilds, "no rebuild on restart");
      assertEquals(0, segments(index, "aaaaaaaaaaaaaaaa"));
      assertEquals(2, segments(index, "bbbbbbbbbbbbbbbb"));
      assertEquals(2, segments(index, "cccccccccccccccc"));
      assertEquals(4, index.documentCount());
    }
  }

  @Test
  void applyingTheSameEntriesAgainChangesNothing() {
    source.ready("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb");
    try (TranscriptIndex index = TranscriptIndex.open(dir.resolve("index"))) {
      IndexApplier applier = new IndexApplier(outbox, index, source);
      applier.catchUp();
      outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.INDEX);
      outbox.append("bbbbbbbbbbbbbbbb", "p1", Kind.INDEX);
      outbox.append("bbbbbbbbbbbbbbbb", "p1", Kind.DELETE);
      applier.catchUp();
      long documents = index.documentCount();
      // A crash after the documents but before the position's commit applies them again.
      index.commitThrough(0);
      assertEquals(3, applier.catchUp());
      assertEquals(documents, index.documentCount());
      assertEquals(2, segments(index, "aaaaaaaaaaaaaaaa"));
    }
  }

  @Test
  void aNodeBehindWhatTheOutboxStillKeepsIsRebuiltFromTheTranscripts() {
    source.ready("aaaaaaaaaaaaaaaa", "bbbbbbbbbbbbbbbb");
    outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.INDEX);
    try (TranscriptIndex index = TranscriptIndex.open(dir.resolve("index"))) {
      new IndexApplier(outbox, index, source).catchUp();
    }
    outbox.append("bbbbbbbbbbbbbbbb", "p1", Kind.INDEX);
    outbox.append("bbbbbbbbbbbbbbbb", "p1", Kind.INDEX);
    db.update(
        "UPDATE search_outbox SET created_at = ?",
        Instant.now().minus(SearchOutbox.KEPT.multipliedBy(2)).toString());
    assertEquals(2, outbox.prune(Instant.now().minus(SearchOutbox.KEPT)), "all but the newest");
    assertEquals(3, outbox.firstPosition());

    try (TranscriptIndex index = TranscriptIndex.open(dir.resolve("index"))) {
      new IndexApplier(outbox, index, source).catchUp();
      assertEquals(2, source.rebuilds, "entry 2 is gone: only a rebuild has it");
      assertEquals(2, segments(index, "bbbbbbbbbbbbbbbb"));
      assertEquals(3, index.appliedPosition());
    }
  }

  @Test
  void anIndexAheadOfItsDatabaseIsRebuiltRatherThanSkippingItsEntries() {
    source.ready("aaaaaaaaaaaaaaaa");
    try (TranscriptIndex index = TranscriptIndex.open(dir.resolve("index"))) {
      index.commitThrough(40); // from before a restore, or from another database
      outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.INDEX);
      new IndexApplier(outbox, index, source).catchUp();
      assertEquals(1, source.rebuilds);
      assertEquals(2, segments(index, "aaaaaaaaaaaaaaaa"));
      assertEquals(1, index.appliedPosition());
    }
  }

  @Test
  void aNotesEntryRebuildsTheRecordingsNotesAndLeavesItsSegments() {
    try (TranscriptIndex index = TranscriptIndex.open(dir.resolve("index"))) {
      IndexApplier applier = new IndexApplier(outbox, index, source);
      applier.catchUp();
      source.ready("aaaaaaaaaaaaaaaa");
      outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.INDEX);
      source.notes.put("aaaaaaaaaaaaaaaa", List.of("n1", "n2"));
      outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.NOTES);
      applier.catchUp();
      assertEquals(2, notes(index, "aaaaaaaaaaaaaaaa"));

      source.notes.put("aaaaaaaaaaaaaaaa", List.of("n2")); // n1 deleted on another node
      outbox.append("aaaaaaaaaaaaaaaa", "p1", Kind.NOTES);
      assertEquals(1, applier.catchUp());
      assertEquals(1, notes(index, "aaaaaaaaaaaaaaaa"));
      assertEquals(2, segments(index, "aaaaaaaaaaaaaaaa"), "the segments stay");
    }
  }

  private static long notes(TranscriptIndex index, String recordingId) {
    return index.withSearcher(
        s ->
            (long)
                s.count(
                    new org.apache.lucene.search.BooleanQuery.Builder()
                        .add(
                            new TermQuery(new Term(IndexDocuments.RECORDING_ID, recordingId)),
                            org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .add(
                            new TermQuery(new Term(IndexDocuments.KIND, IndexDocuments.KIND_NOTE)),
                            org.apache.lucene.search.BooleanClause.Occur.MUST)
                        .build()));
  }

  private static long segments(TranscriptIndex index, String recordingId) {
    return index.withSearcher(
        s -> (long) s.count(new TermQuery(new Term(IndexDocuments.SEGMENTS_OF, recordingId))));
  }

  /** Ready recordings of two segments each, as their stored transcripts would say. */
  private final class Source implements IndexSource {
    final Map<String, IndexedRecording> ready = new HashMap<>();
    final List<String> read = new ArrayList<>();
    final Map<String, List<String>> notes = new HashMap<>();
    int rebuilds;

    void ready(String... ids) {
      for (String id : ids) {
        ready.put(
            id,
            new IndexedRecording(
                id, "p1", "Week " + id.charAt(0), LocalDate.of(2026, 1, 5), twoSegments()));
      }
    }

    @Override
    public Optional<IndexedRecording> indexed(String recordingId) {
      read.add(recordingId);
      return Optional.ofNullable(ready.get(recordingId));
    }

    @Override
    public void addNotes(String recordingId, TranscriptIndex into) {
      for (String id : notes.getOrDefault(recordingId, List.of())) {
        into.addNote(
            new IndexedNote(
                id, recordingId, "p1", "Week a", null, 1, "a note " + id, "u1", "Ann", "pair"));
      }
    }

    @Override
    public int rebuild(TranscriptIndex into) {
      rebuilds++;
      long position = outbox.lastPosition();
      into.deleteAll();
      ready.values().forEach(into::add);
      into.commitThrough(position);
      return ready.size();
    }
  }

  private static Transcript twoSegments() {
    List<Word> words = new ArrayList<>();
    for (String w : "we talked about the deadline".split(" ")) {
      words.add(new Word(w, words.size() * 0.4, words.size() * 0.4 + 0.3, 0.9, null));
    }
    for (String w : "public speaking is scary".split(" ")) {
      double t = 10 + words.size() * 0.4;
      words.add(new Word(w, t, t + 0.3, 0.9, null));
    }
    return Transcript.of(20, words);
  }
}
