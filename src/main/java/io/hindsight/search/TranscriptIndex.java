package io.hindsight.search;

import io.hindsight.HindsightException;
import io.hindsight.transcribe.Segment;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TieredMergePolicy;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The Lucene index of transcript segments: one document per segment. It is derived data: the
 * transcripts are the source of truth and {@code reindex} rebuilds it from them.
 *
 * <p>One {@link IndexWriter} per process, opened on the first write; searches go through a {@link
 * SearcherManager} that sees every commit.
 */
public final class TranscriptIndex implements Closeable {

  // Exact-match keyword on every document of a recording (segments and notes), so deleting a
  // recording removes all of them with one term.
  static final String RECORDING_ID = "recordingId";
  // Exact-match keyword on segment documents only: re-indexing a transcript replaces its segments
  // by this term and leaves the recording's notes alone.
  static final String SEGMENTS_OF = "segmentsOf";
  // Exact-match keyword on note documents: a note is replaced or removed on its own.
  static final String NOTE_ID = "noteId";
  // Exact-match keywords on note documents: the visibility filter. A private note matches only
  // for its author, a pair note for both members; both are FILTER clauses, like PAIR.
  static final String VISIBILITY = "visibility";
  static final String AUTHOR = "author";
  // Stored only: shown with a note hit.
  static final String AUTHOR_NAME = "authorName";
  // Exact-match keyword: the privacy filter. Every pair-scoped search has it as a FILTER clause,
  // which costs no scoring and is cached by Lucene's query cache.
  static final String PAIR = "pair";
  // Exact-match keyword: filter by who spoke, on recordings with one track per person.
  static final String SPEAKER = "speaker";
  // "segment" or "note": notes live in the same index so one query finds both.
  static final String KIND = "kind";
  // Points for range filters by moment; stored copies for the hit.
  static final String START = "start";
  static final String END = "end";
  // Epoch day as a point: the date-range filter is a cheap BKD range query.
  static final String RECORDED_AT = "recordedAt";
  // Stored only: shown with the hit without a database round trip.
  static final String TITLE = "title";
  // The spoken words, analyzed for English, with offsets in the postings so the UnifiedHighlighter
  // marks matches without re-analyzing the text.
  static final String TEXT = "text";

  static final String KIND_SEGMENT = "segment";
  static final String KIND_NOTE = "note";
  public static final String VISIBILITY_PAIR = "pair";

  private static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  private final Directory directory;
  private final Analyzer analyzer = new EnglishAnalyzer();
  private final SearcherManager searchers;
  private final Object committing = new Object();
  // The sequence number of the last writer operation that a commit of ours covers.
  private long committedThrough = -1;
  private final double ramBufferMb;
  private IndexWriter writer;
  private final ConcurrentMergeScheduler merges = new ConcurrentMergeScheduler();
  private volatile long lastRefreshNanos = System.nanoTime();

  private TranscriptIndex(Directory directory, double ramBufferMb) throws IOException {
    this.directory = directory;
    this.ramBufferMb = ramBufferMb;
    if (!DirectoryReader.indexExists(directory)) {
      writer().commit();
    }
    this.searchers = new SearcherManager(directory, null);
  }

  public static TranscriptIndex open(Path folder) {
    return open(folder, IndexWriterConfig.DEFAULT_RAM_BUFFER_SIZE_MB);
  }

  /**
   * A larger RAM buffer makes bulk builds (the benchmark, reindex) flush fewer, larger segments.
   */
  public static TranscriptIndex open(Path folder, double ramBufferMb) {
    try {
      return new TranscriptIndex(FSDirectory.open(folder), ramBufferMb);
    } catch (IOException e) {
      throw failure("could not open the search index in " + folder, e);
    }
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /**
   * Takes the index's write lock now rather than on the first write.
   *
   * @throws HindsightException CONFLICT when another process holds it
   */
  public void requireWriter() {
    try {
      writer();
    } catch (IOException e) {
      throw failure("could not open the search index for writing", e);
    }
  }

  /** Replaces the recording's documents, so indexing the same recording twice is harmless. */
  public void index(IndexedRecording recording) {
    add(recording);
    commit();
  }

  /** Adds without committing; call {@link #commit()} after a batch. */
  public void add(IndexedRecording recording) {
    List<Document> docs = new ArrayList<>();
    for (Segment segment : recording.transcript().segments()) {
      docs.add(segmentDocument(recording, segment));
    }
    try {
      writer().updateDocuments(new Term(SEGMENTS_OF, recording.recordingId()), docs);
    } catch (IOException e) {
      throw failure("could not index recording " + recording.recordingId(), e);
    }
  }

  /** Adds or replaces one note, searchable at once. */
  public void indexNote(IndexedNote note) {
    addNote(note);
    commit();
  }

  /** Adds or replaces one note without committing; call {@link #commit()} after a batch. */
  public void addNote(IndexedNote note) {
    try {
      writer().updateDocument(new Term(NOTE_ID, note.noteId()), noteDocument(note));
    } catch (IOException e) {
      throw failure("could not index note " + note.noteId(), e);
    }
  }

  public void deleteNote(String noteId) {
    try {
      writer().deleteDocuments(new Term(NOTE_ID, noteId));
      expungeDeleted();
    } catch (IOException e) {
      throw failure("could not remove note " + noteId + " from the index", e);
    }
    commit();
  }

  /** Removes every document of the recording: its segments and its notes. */
  public void delete(String recordingId) {
    try {
      writer().deleteDocuments(new Term(RECORDING_ID, recordingId));
      expungeDeleted();
    } catch (IOException e) {
      throw failure("could not remove recording " + recordingId + " from the index", e);
    }
    commit();
  }

  /**
   * Rewrites the segments that hold deleted documents, so that their stored text and terms leave
   * the disk at the next commit instead of whenever segments happen to merge: deleting really
   * deletes.
   */
  private void expungeDeleted() throws IOException {
    IndexWriter w = writer();
    w.forceMergeDeletes(true);
    // The flush inside may have started an ordinary merge of the same segment, which the forced
    // one then leaves out and does not wait for; wait for it, then expunge what is left.
    merges.sync();
    w.forceMergeDeletes(true);
  }

  public void deleteAll() {
    try {
      writer().deleteAll();
    } catch (IOException e) {
      throw failure("could not clear the index", e);
    }
  }

  /**
   * Makes every change made so far durable and searchable. Callers that arrive while a commit runs
   * share the next one: a commit that starts after a change returned covers it, so under many
   * concurrent notes the index syncs to disk once per round, not once per note.
   */
  public void commit() {
    try {
      IndexWriter w = writer();
      long wanted = w.getMaxCompletedSequenceNumber();
      synchronized (committing) {
        if (committedThrough >= wanted) {
          return;
        }
        long seq = w.commit();
        searchers.maybeRefreshBlocking();
        committedThrough = Math.max(seq, wanted);
      }
    } catch (IOException e) {
      throw failure("could not save the index", e);
    }
  }

  /** Runs {@code work} on a current searcher, always releasing it. */
  <T> T withSearcher(SearcherWork<T> work) {
    try {
      refreshIfStale();
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw failure("could not read the search index", e);
    }
  }

  /**
   * Our own commits refresh at once (see {@link #commit()}); another process's commits (a CLI
   * ingest next to a running server) are picked up within a second. Checking the directory on every
   * query would cost more than the query.
   */
  private void refreshIfStale() throws IOException {
    long now = System.nanoTime();
    if (now - lastRefreshNanos > 1_000_000_000L) {
      lastRefreshNanos = now;
      searchers.maybeRefresh();
    }
  }

  interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  public long documentCount() {
    return withSearcher(s -> (long) s.getIndexReader().numDocs());
  }

  public long sizeBytes() {
    try {
      long total = 0;
      for (String file : directory.listAll()) {
        total += directory.fileLength(file);
      }
      return total;
    } catch (IOException e) {
      throw failure("could not measure the index", e);
    }
  }

  private static Document segmentDocument(IndexedRecording recording, Segment segment) {
    Document doc = new Document();
    doc.add(new StringField(RECORDING_ID, recording.recordingId(), Field.Store.YES));
    doc.add(new StringField(SEGMENTS_OF, recording.recordingId(), Field.Store.NO));
    doc.add(new StringField(PAIR, recording.pair(), Field.Store.YES));
    doc.add(new StringField(KIND, KIND_SEGMENT, Field.Store.YES));
    if (segment.speaker() != null) {
      doc.add(new StringField(SPEAKER, segment.speaker(), Field.Store.YES));
    }
    doc.add(new DoublePoint(START, segment.start()));
    doc.add(new StoredField(START, segment.start()));
    doc.add(new StoredField(END, segment.end()));
    if (recording.recordedAt() != null) {
      doc.add(new LongPoint(RECORDED_AT, recording.recordedAt().toEpochDay()));
    }
    doc.add(new StoredField(TITLE, recording.title()));
    doc.add(new Field(TEXT, segment.text(), TEXT_TYPE));
    return doc;
  }

  private static Document noteDocument(IndexedNote note) {
    Document doc = new Document();
    doc.add(new StringField(RECORDING_ID, note.recordingId(), Field.Store.YES));
    doc.add(new StringField(NOTE_ID, note.noteId(), Field.Store.YES));
    doc.add(new StringField(PAIR, note.pair(), Field.Store.YES));
    doc.add(new StringField(KIND, KIND_NOTE, Field.Store.YES));
    doc.add(new StringField(VISIBILITY, note.visibility(), Field.Store.YES));
    doc.add(new StringField(AUTHOR, note.authorId(), Field.Store.NO));
    doc.add(new StoredField(AUTHOR_NAME, note.authorName()));
    doc.add(new DoublePoint(START, note.atSeconds()));
    doc.add(new StoredField(START, note.atSeconds()));
    doc.add(new StoredField(END, note.atSeconds()));
    if (note.recordedAt() != null) {
      doc.add(new LongPoint(RECORDED_AT, note.recordedAt().toEpochDay()));
    }
    doc.add(new StoredField(TITLE, note.title()));
    doc.add(new Field(TEXT, note.text(), TEXT_TYPE));
    return doc;
  }

  private synchronized IndexWriter writer() throws IOException {
    if (writer == null) {
      TieredMergePolicy policy = new TieredMergePolicy();
      // Expunging after a delete rewrites every segment with a deleted document, not only those
      // past the default 10 %.
      policy.setForceMergeDeletesPctAllowed(0);
      IndexWriterConfig config =
          new IndexWriterConfig(analyzer)
              .setRAMBufferSizeMB(ramBufferMb)
              .setMergePolicy(policy)
              .setMergeScheduler(merges);
      try {
        writer = new IndexWriter(directory, config);
      } catch (LockObtainFailedException e) {
        throw new HindsightException(
            HindsightException.Kind.CONFLICT,
            "the search index is in use by another Hindsight process (is 'serve' running?)",
            e);
      }
    }
    return writer;
  }

  @Override
  public synchronized void close() {
    try {
      searchers.close();
      if (writer != null) {
        writer.close();
      }
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HindsightException failure(String message, IOException e) {
    return new HindsightException(HindsightException.Kind.INTERNAL, message, e);
  }
}
