package io.hindsight.transcribe;

import io.hindsight.media.MediaTools;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Cuts a PCM stream into chunks at pauses, so that each chunk can be recognized on its own thread
 * without cutting a word in half. Long silences are dropped instead of transcribed. Works on a
 * stream, holding at most one chunk in memory, and is deterministic: the same audio always gives
 * the same chunks.
 *
 * <p>Voice activity is a plain energy test per 20 ms frame, against a threshold that follows the
 * recording's noise floor. Speech recognizers are robust to a little silence on either side of a
 * cut, so the cut goes into the middle of a pause.
 */
final class SilenceChunker {

  /** Receives each chunk as soon as it is cut. */
  interface Sink {
    void accept(AudioChunk chunk) throws IOException;
  }

  private static final int FRAME_BYTES = MediaTools.PCM_BYTES_PER_SECOND / 50;
  private static final double FRAME_SECONDS = 0.02;

  /**
   * Every chunk starts a recognizer afresh, whose feature normalization and speaker adaptation
   * (i-vectors) then learn the voice again from nothing; the plain loop keeps them for ten minutes.
   * Fewer cold starts lose fewer words: on two 11-minute recordings of bench transcribe (the sample
   * ten times; ten other voices with noise, echo and speed changes) 30-second chunks gave 30.92 and
   * 36.66 % word errors where 20-second ones gave 32.96 and 36.66 %, at the same speed. Longer
   * still gains little and leaves the last lane working alone for longer at the end.
   */
  private static final double STANDARD_MIN_SECONDS = 30;

  /**
   * A track is cut finer only when each lane's share of it is under this: below about 50 s for two
   * lanes. Longer tracks are cut as a stream of unknown length is, so that a file heard while it
   * arrives gets the words it gets from disk.
   */
  private static final double SHORTENED_BELOW = 20;

  private final int minFrames;
  private final int maxFrames;
  private final int pauseFrames;
  private final int skipFrames;
  private final int padFrames;

  /** Total seconds of audio read so far, including skipped silence. */
  private volatile double decodedSeconds;

  private volatile double skippedSeconds;

  SilenceChunker(double minSeconds, double maxSeconds) {
    this.minFrames = frames(minSeconds);
    this.maxFrames = frames(maxSeconds);
    this.pauseFrames = frames(0.3);
    this.skipFrames = frames(1.2);
    this.padFrames = frames(0.3);
  }

  static SilenceChunker standard() {
    return new SilenceChunker(STANDARD_MIN_SECONDS, 60);
  }

  /**
   * The standard chunks, except for a track too short to give every lane a share of {@link
   * #SHORTENED_BELOW} seconds: its chunks are shortened so that each lane gets a share (a 10-second
   * clip is cut at a pause after about 4 s). Every core then works on it, which matters most when
   * the user waits for a short clip. A few seconds is the floor: shorter chunks lose more words at
   * their edges than they gain.
   *
   * @param trackSeconds the track's length as probed, or 0 when unknown
   */
  static SilenceChunker forTrack(double trackSeconds, int lanes) {
    if (trackSeconds <= 0) {
      return standard();
    }
    double share = trackSeconds / lanes * 0.8;
    return share >= SHORTENED_BELOW ? standard() : new SilenceChunker(Math.max(3, share), 60);
  }

  /** Whether this cuts any audio into the same chunks as {@code other}. */
  boolean cutsLike(SilenceChunker other) {
    return minFrames == other.minFrames && maxFrames == other.maxFrames;
  }

  double decodedSeconds() {
    return decodedSeconds;
  }

  double skippedSeconds() {
    return skippedSeconds;
  }

  /** Reads {@code pcm} to its end, handing every chunk with speech in it to {@code sink}. */
  void split(InputStream pcm, Sink sink) throws IOException {
    Buffer buffer = new Buffer(maxFrames + 1);
    NoiseFloor floor = new NoiseFloor();
    byte[] frame = new byte[FRAME_BYTES];
    long frameIndex = 0;
    int chunkIndex = 0;
    int silentRun = 0;
    int read;
    while ((read = pcm.readNBytes(frame, 0, FRAME_BYTES)) > 0) {
      if (read < FRAME_BYTES) {
        Arrays.fill(frame, read & ~1, FRAME_BYTES, (byte) 0);
      }
      double energy = energyDb(frame, read & ~1);
      decodedSeconds += (read & ~1) / (double) MediaTools.PCM_BYTES_PER_SECOND;
      boolean silent = energy < floor.threshold();
      floor.observe(energy);
      if (!silent && silentRun == buffer.frames && buffer.frames >= skipFrames / 2) {
        // Only a long silence so far in this chunk: start it shortly before the speech.
        int before = buffer.frames;
        buffer.keepTail(padFrames);
        skippedSeconds += (before - buffer.frames) * FRAME_SECONDS;
      }
      silentRun = silent ? silentRun + 1 : 0;
      if (buffer.frames == 0) {
        buffer.startFrame = frameIndex;
      }
      buffer.append(frame, read & ~1, energy);
      frameIndex++;

      if (silentRun >= skipFrames) {
        // A long silence: end the chunk shortly into it and drop the rest of the silence,
        // keeping a short lead-in for whatever speech comes next.
        int keep = buffer.frames - silentRun + padFrames;
        if (buffer.hasSpeechBefore(keep, floor.threshold())) {
          sink.accept(buffer.cut(chunkIndex++, keep));
        }
        int before = buffer.frames;
        buffer.keepTail(padFrames);
        skippedSeconds += (before - buffer.frames) * FRAME_SECONDS;
        silentRun = buffer.frames;
      } else if (buffer.frames >= minFrames && silentRun >= pauseFrames) {
        int cutAt = buffer.frames - silentRun / 2;
        sink.accept(buffer.cut(chunkIndex++, cutAt));
        silentRun = buffer.frames;
      } else if (buffer.frames >= maxFrames) {
        int cutAt = buffer.quietestFrame(minFrames, maxFrames);
        sink.accept(buffer.cut(chunkIndex++, cutAt));
        silentRun = 0;
      }
    }
    if (buffer.frames > 0 && buffer.hasSpeechBefore(buffer.frames, floor.threshold())) {
      sink.accept(buffer.cut(chunkIndex, buffer.frames));
    } else {
      skippedSeconds += buffer.frames * FRAME_SECONDS;
    }
  }

  private static int frames(double seconds) {
    return (int) Math.round(seconds / FRAME_SECONDS);
  }

  static double energyDb(byte[] frame, int length) {
    int samples = length / 2;
    if (samples == 0) {
      return -120;
    }
    double sum = 0;
    for (int i = 0; i + 1 < length; i += 2) {
      int sample = (short) ((frame[i] & 0xff) | (frame[i + 1] << 8));
      sum += (double) sample * sample;
    }
    double meanSquare = sum / samples / (32768.0 * 32768.0);
    return 10 * Math.log10(meanSquare + 1e-12);
  }

  /**
   * Follows the quietest level heard so far, rising slowly so that a change of room does not make
   * every frame look like speech. Speech is anything clearly above it.
   */
  private static final class NoiseFloor {
    private double floor = -60;

    void observe(double energyDb) {
      floor = energyDb < floor ? energyDb : floor + 0.002;
    }

    double threshold() {
      return Math.max(-55, Math.min(-35, floor + 15));
    }
  }

  /** The current chunk's samples and the energy of each frame. */
  private static final class Buffer {
    final byte[] pcm;
    final double[] energy;
    int frames;
    int bytes;
    long startFrame;

    Buffer(int capacityFrames) {
      pcm = new byte[capacityFrames * FRAME_BYTES];
      energy = new double[capacityFrames];
    }

    void append(byte[] frame, int length, double frameEnergy) {
      System.arraycopy(frame, 0, pcm, bytes, length);
      bytes += length;
      energy[frames++] = frameEnergy;
    }

    boolean hasSpeechBefore(int frameCount, double threshold) {
      for (int i = 0; i < Math.min(frameCount, frames); i++) {
        if (energy[i] >= threshold) {
          return true;
        }
      }
      return false;
    }

    /** Removes the first {@code frameCount} frames as a chunk; the rest starts the next one. */
    AudioChunk cut(int index, int frameCount) {
      int count = Math.max(1, Math.min(frameCount, frames));
      int byteCount = Math.min(bytes, count * FRAME_BYTES);
      AudioChunk chunk =
          new AudioChunk(index, startFrame * FRAME_SECONDS, Arrays.copyOf(pcm, byteCount));
      dropHead(count, byteCount);
      return chunk;
    }

    void keepTail(int frameCount) {
      int drop = Math.max(0, frames - frameCount);
      dropHead(drop, Math.min(bytes, drop * FRAME_BYTES));
    }

    private void dropHead(int frameCount, int byteCount) {
      System.arraycopy(pcm, byteCount, pcm, 0, bytes - byteCount);
      System.arraycopy(energy, frameCount, energy, 0, frames - frameCount);
      bytes -= byteCount;
      frames -= frameCount;
      startFrame += frameCount;
    }

    /** The middle of the quietest 0.2 s window between {@code from} and {@code to}. */
    int quietestFrame(int from, int to) {
      int window = 10;
      int best = to;
      double bestSum = Double.MAX_VALUE;
      double sum = 0;
      for (int i = from; i < Math.min(to, frames); i++) {
        sum += energy[i];
        if (i - from >= window) {
          sum -= energy[i - window];
        }
        if (i - from >= window - 1 && sum < bestSum) {
          bestSum = sum;
          best = i - window / 2;
        }
      }
      return best;
    }
  }
}
