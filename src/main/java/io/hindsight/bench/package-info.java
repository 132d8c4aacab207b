/**
 * Benchmarks: transcription speed and accuracy, search, clip latency, and the long recordings they
 * use.
 */
package io.hindsight.bench;
