package io.hindsight.transcribe;

/**
 * A stretch of PCM cut out of a longer track.
 *
 * @param offsetSeconds where the chunk starts in its track
 * @param pcm 16 kHz mono 16-bit little-endian samples
 */
record AudioChunk(int index, double offsetSeconds, byte[] pcm) {

  java.io.InputStream stream() {
    return new java.io.ByteArrayInputStream(pcm);
  }

  long firstSample() {
    return Math.round(offsetSeconds * io.hindsight.media.MediaTools.PCM_SAMPLE_RATE);
  }

  double seconds() {
    return pcm.length / (double) io.hindsight.media.MediaTools.PCM_BYTES_PER_SECOND;
  }
}
