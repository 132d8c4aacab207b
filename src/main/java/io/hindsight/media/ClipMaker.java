package io.hindsight.media;

/**
 * Cuts shareable clips out of recordings. Production uses {@link FfmpegClipMaker}; tests of the
 * features above it use a fake.
 *
 * <p>Every implementation guarantees, for the clip it returns:
 *
 * <ul>
 *   <li>the sound in each redacted span is entirely replaced, sample by sample, by the tone or by
 *       silence, so the speech there cannot be recovered;
 *   <li>all audio is decoded and encoded again, never copied, and the clip holds one mono audio
 *       track made from all of the recording's audio streams, plus at most one video track;
 *   <li>nothing else of the original comes along: no metadata, chapters, subtitles, data streams or
 *       other tracks;
 *   <li>the file appears under its final name only once it is complete.
 * </ul>
 */
public interface ClipMaker {

  /**
   * Makes the clip described by {@code request}.
   *
   * @throws io.hindsight.HindsightException BAD_INPUT when the range lies outside the recording,
   *     NOT_MEDIA when the source is not readable media, INTERNAL when encoding fails
   */
  Clip make(ClipRequest request);
}
