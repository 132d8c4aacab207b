/**
 * Corrections to transcripts: segment edits and find-and-replace that keep the recognized timings,
 * each saved as a new version beside the transcript with its author, undo, and history.
 */
package io.hindsight.editing;
