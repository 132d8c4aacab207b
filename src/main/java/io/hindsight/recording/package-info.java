/**
 * Recordings: the ingest pipeline (admission, processing), the library (lookups, deletion, reindex,
 * recovery), the media store and retention.
 */
package io.hindsight.recording;
