package io.hindsight.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Notes written at once share commits, and still each one is searchable, and on disk, when its call
 * returns.
 */
class TranscriptIndexCommitTest {

  @TempDir Path folder;

  @Test
  void everyNoteIsSearchableWhenItsCallReturnsAndSurvivesAReopen() throws Exception {
    int threads = 16;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try (TranscriptIndex index = TranscriptIndex.open(folder)) {
      List<Future<?>> writers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        writers.add(
            pool.submit(
                () -> {
                  for (int i = 0; i < perThread; i++) {
                    String id = "n" + thread + "-" + i;
                    index.addNote(note(id));
                    index.commit();
                    long found =
                        index.withSearcher(
                            s ->
                                (long)
                                    s.count(new TermQuery(new Term(IndexDocuments.NOTE_ID, id))));
                    assertEquals(1, found, id + " right after its commit returned");
                  }
                  return null;
                }));
      }
      for (Future<?> writer : writers) {
        writer.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }
    try (TranscriptIndex reopened = TranscriptIndex.open(folder)) {
      assertEquals(threads * perThread, reopened.documentCount());
    }
  }

  private static IndexedNote note(String id) {
    return new IndexedNote(
        id,
        "r1",
        "p1",
        "Week 1",
        LocalDate.of(2026, 1, 5),
        1.0,
        "a note " + id,
        "u1",
        "Ann",
        "pair");
  }
}
