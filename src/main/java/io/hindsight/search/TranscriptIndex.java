package io.hindsight.search;

import io.hindsight.HindsightException;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
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

  private final Directory directory;
  // English for the text and the alternatives; the sound field has its own chain.
  private final Analyzer analyzer =
      new PerFieldAnalyzerWrapper(
          new EnglishAnalyzer(), Map.of(IndexDocuments.SOUND, new SoundAnalyzer()));
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
    List<Document> docs = IndexDocuments.segments(recording, analyzer);
    try {
      writer().updateDocuments(new Term(IndexDocuments.SEGMENTS_OF, recording.recordingId()), docs);
    } catch (IOException e) {
      throw failure("could not index recording " + recording.recordingId(), e);
    }
  }

  /** Adds or replaces one note without committing; call {@link #commit()} after a batch. */
  public void addNote(IndexedNote note) {
    try {
      writer()
          .updateDocument(
              new Term(IndexDocuments.NOTE_ID, note.noteId()), IndexDocuments.note(note));
    } catch (IOException e) {
      throw failure("could not index note " + note.noteId(), e);
    }
  }

  /** Removes the recording's notes and follow-ups, not its segments; call {@link #commit()}. */
  void removeNotesOf(String recordingId) {
    try {
      writer().deleteDocuments(IndexDocuments.notesOf(recordingId));
    } catch (IOException e) {
      throw failure("could not remove the notes of " + recordingId + " from the index", e);
    }
  }

  /** Removes every document of the recording: its segments and its notes. */
  public void delete(String recordingId) {
    remove(recordingId);
    commit();
  }

  /** {@link #delete} without committing; call {@link #commit()} after a batch. */
  void remove(String recordingId) {
    try {
      writer().deleteDocuments(new Term(IndexDocuments.RECORDING_ID, recordingId));
      expungeDeleted();
    } catch (IOException e) {
      throw failure("could not remove recording " + recordingId + " from the index", e);
    }
  }

  /** The last outbox position applied, kept in the index's own commits; -1 if it never was. */
  public long appliedPosition() {
    try {
      return WriterSettings.position(writer().getLiveCommitData());
    } catch (IOException e) {
      throw failure("could not read the search index", e);
    }
  }

  /**
   * Commits every change so far as covering the outbox through {@code position}: the documents and
   * the position are durable together, so a restart resumes exactly after what is in the index.
   * Later commits (a note) carry the position on.
   */
  public void commitThrough(long position) {
    try {
      IndexWriter w = writer();
      synchronized (committing) {
        w.setLiveCommitData(WriterSettings.commitData(position));
        long seq = w.commit();
        searchers.maybeRefreshBlocking();
        committedThrough = Math.max(seq, committedThrough);
      }
    } catch (IOException e) {
      throw failure("could not save the index", e);
    }
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

  private synchronized IndexWriter writer() throws IOException {
    if (writer == null) {
      try {
        writer = new IndexWriter(directory, WriterSettings.of(analyzer, ramBufferMb, merges));
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
