package io.hindsight.bench;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** 16 kHz mono 16-bit WAV files, as the synthetic conversations are made of. */
final class Wav16 {

  private static final int RATE = 16000;

  private Wav16() {}

  /** Writes the samples, scaled down if they would clip. */
  static void write(Path file, float[] samples) throws IOException {
    float peak = 1;
    for (float s : samples) {
      peak = Math.max(peak, Math.abs(s));
    }
    float scale = peak > 32000 ? 32000 / peak : 1;
    ByteBuffer b = ByteBuffer.allocate(44 + samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
    b.put("RIFF".getBytes()).putInt(36 + samples.length * 2).put("WAVE".getBytes());
    b.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 1);
    b.putInt(RATE).putInt(RATE * 2).putShort((short) 2).putShort((short) 16);
    b.put("data".getBytes()).putInt(samples.length * 2);
    for (float s : samples) {
      b.putShort((short) Math.round(s * scale));
    }
    Files.write(file, b.array());
  }

  static float[] read(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int data = 12;
    while (!new String(bytes, data, 4, StandardCharsets.US_ASCII).equals("data")) {
      data += 8 + ByteBuffer.wrap(bytes, data + 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt();
    }
    ByteBuffer b =
        ByteBuffer.wrap(bytes, data + 8, bytes.length - data - 8).order(ByteOrder.LITTLE_ENDIAN);
    float[] samples = new float[b.remaining() / 2];
    for (int i = 0; i < samples.length; i++) {
      samples[i] = b.getShort();
    }
    return samples;
  }
}
