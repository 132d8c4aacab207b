package io.hindsight.search;

import io.hindsight.transcribe.Segment;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The fields of the index and the two kinds of document it holds: one per transcript segment and
 * one per note. Each field says why it is indexed, stored, or both.
 */
final class IndexDocuments {

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
  // How the text sounds (Double Metaphone keys, see SoundAnalyzer), with offsets into the text:
  // a word written as another that sounds the same is still found, and marked in the text.
  static final String SOUND = "sound";
  // The recognizer's runner-up words (Vosk's N-best), each with the offsets of the word it was
  // heard in place of (see AlternativeTokens). Indexed only: the transcript file keeps them.
  static final String ALTERNATIVES = "alternatives";

  static final String KIND_SEGMENT = "segment";
  static final String KIND_NOTE = IndexedNote.NOTE;
  static final String VISIBILITY_PAIR = IndexedNote.PAIR_VISIBILITY;

  private static final FieldType TEXT_TYPE = new FieldType();

  static {
    TEXT_TYPE.setTokenized(true);
    TEXT_TYPE.setStored(true);
    TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    TEXT_TYPE.freeze();
  }

  // Matched through the text's stored value (the highlighter's masked fields), so not stored.
  private static final FieldType SHADOW_TYPE = new FieldType();

  static {
    SHADOW_TYPE.setTokenized(true);
    SHADOW_TYPE.setStored(false);
    SHADOW_TYPE.setOmitNorms(true);
    SHADOW_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    SHADOW_TYPE.freeze();
  }

  private IndexDocuments() {}

  /** The recording's documents: one per segment of its transcript. */
  static List<Document> segments(IndexedRecording recording, Analyzer analyzer) {
    List<Document> docs = new ArrayList<>();
    SegmentWords words = SegmentWords.of(recording.transcript());
    for (Segment segment : recording.transcript().segments()) {
      AlternativeTokens alternatives =
          words.hasAlternatives()
              ? AlternativeTokens.of(segment.text(), words.of(segment), analyzer)
              : null;
      docs.add(segment(recording, segment, alternatives));
    }
    return docs;
  }

  /**
   * @param alternatives the tokens of the words the recognizer almost heard; null for none
   */
  static Document segment(
      IndexedRecording recording, Segment segment, AlternativeTokens alternatives) {
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
      doc.add(new StoredField(RECORDED_AT, recording.recordedAt().toEpochDay()));
    }
    doc.add(new StoredField(TITLE, recording.title()));
    doc.add(new Field(TEXT, segment.text(), TEXT_TYPE));
    doc.add(new Field(SOUND, segment.text(), SHADOW_TYPE));
    if (alternatives != null) {
      doc.add(new Field(ALTERNATIVES, alternatives, SHADOW_TYPE));
    }
    return doc;
  }

  static Document note(IndexedNote note) {
    Document doc = new Document();
    doc.add(new StringField(RECORDING_ID, note.recordingId(), Field.Store.YES));
    doc.add(new StringField(NOTE_ID, note.noteId(), Field.Store.YES));
    doc.add(new StringField(PAIR, note.pair(), Field.Store.YES));
    doc.add(new StringField(KIND, note.kind(), Field.Store.YES));
    doc.add(new StringField(VISIBILITY, note.visibility(), Field.Store.YES));
    if (note.authorId() != null) {
      doc.add(new StringField(AUTHOR, note.authorId(), Field.Store.NO));
    }
    if (note.authorName() != null) {
      doc.add(new StoredField(AUTHOR_NAME, note.authorName()));
    }
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

  /** The notes and follow-ups of a recording: every document of it but its segments. */
  static Query notesOf(String recordingId) {
    return new BooleanQuery.Builder()
        .add(new TermQuery(new Term(RECORDING_ID, recordingId)), BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(KIND, KIND_SEGMENT)), BooleanClause.Occur.MUST_NOT)
        .build();
  }
}
