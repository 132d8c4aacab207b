package io.hindsight.search;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.MergeScheduler;
import org.apache.lucene.index.TieredMergePolicy;

/** How {@link TranscriptIndex} opens its writer, and what its commits carry besides documents. */
final class WriterSettings {

  // The commit user data key of the last outbox entry the committed documents include.
  private static final String OUTBOX_POSITION = "hindsight.outbox.position";

  private WriterSettings() {}

  static IndexWriterConfig of(Analyzer analyzer, double ramBufferMb, MergeScheduler merges) {
    TieredMergePolicy policy = new TieredMergePolicy();
    // Expunging after a delete rewrites every segment with a deleted document, not only those
    // past the default 10 %.
    policy.setForceMergeDeletesPctAllowed(0);
    return new IndexWriterConfig(analyzer)
        .setRAMBufferSizeMB(ramBufferMb)
        .setMergePolicy(policy)
        .setMergeScheduler(merges);
  }

  /** The outbox position a commit's user data names; -1 when it names none. */
  static long position(Iterable<Map.Entry<String, String>> commitData) {
    for (Map.Entry<String, String> e : commitData) {
      if (e.getKey().equals(OUTBOX_POSITION)) {
        return Long.parseLong(e.getValue());
      }
    }
    return -1;
  }

  static Iterable<Map.Entry<String, String>> commitData(long position) {
    return Map.of(OUTBOX_POSITION, Long.toString(position)).entrySet();
  }
}
