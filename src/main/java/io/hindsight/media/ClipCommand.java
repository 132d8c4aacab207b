package io.hindsight.media;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;

/**
 * The ffmpeg command line for one clip. Kept apart from running it so tests can read it.
 *
 * <p>Audio and picture are read as two inputs on purpose. The picture is seeked to the range like
 * any player would. The sound is decoded from the first sample and counted in samples, because that
 * is how the transcript's word times were measured ({@link MediaTools#openPcm}); trusting container
 * timestamps instead could put a bleep next to the word it should cover.
 */
final class ClipCommand {

  static final int SAMPLE_RATE = 48_000;
  static final int TONE_HZ = 1_000;

  /** About -12 dBFS at the peak: clearly audible without being painful. */
  static final double TONE_AMPLITUDE = 0.25;

  /** Extra input read past the range, so a late-starting stream still reaches the range's end. */
  private static final double READ_MARGIN_SECONDS = 5;

  private ClipCommand() {}

  static List<String> build(
      Path ffmpeg,
      ClipRequest request,
      MediaInfo info,
      TimeSpan range,
      boolean video,
      Path output) {
    List<String> command = new ArrayList<>();
    command.add(ffmpeg.toString());
    command.addAll(List.of("-nostdin", "-hide_banner", "-loglevel", "error", "-y"));
    if (video) {
      command.addAll(List.of("-ss", seconds(range.start()), "-t", seconds(range.duration())));
      command.addAll(List.of("-i", request.source().toString()));
    }
    command.addAll(List.of("-t", seconds(range.end() + READ_MARGIN_SECONDS)));
    command.addAll(List.of("-i", request.source().toString()));
    int audioInput = video ? 1 : 0;

    StringJoiner graph = new StringJoiner(";");
    if (video) {
      graph.add(videoChain());
    }
    graph.add(audioChain(audioInput, info.audioStreams().size(), range, request));
    command.addAll(List.of("-filter_complex", graph.toString()));

    // Only what the graph produced goes out: no stream of the original is mapped directly.
    if (video) {
      command.addAll(List.of("-map", "[v]"));
      command.addAll(request.format().videoCodec());
    }
    command.addAll(List.of("-map", "[a]"));
    command.addAll(request.format().audioCodec());
    command.addAll(List.of("-t", seconds(range.duration())));
    command.addAll(List.of("-map_metadata", "-1", "-map_chapters", "-1", "-sn", "-dn"));
    command.addAll(request.format().muxer());
    command.add(output.toString());
    return command;
  }

  /** The first real picture (not cover art), at most 1280 wide, in even dimensions for H.264. */
  private static String videoChain() {
    return "[0:V:0]setpts=PTS-STARTPTS,scale='trunc(min(1280,iw)/2)*2':-2,format=yuv420p[v]";
  }

  private static String audioChain(int input, int streams, TimeSpan range, ClipRequest request) {
    StringBuilder chain = new StringBuilder();
    // N/SR/TB: each sample's time is its count from the stream's first sample, as in the
    // transcript.
    for (int i = 0; i < streams; i++) {
      chain.append('[').append(input).append(":a:").append(i).append("]asetpts=N/SR/TB");
      chain.append(streams == 1 ? "," : "[s" + i + "];");
    }
    if (streams > 1) {
      for (int i = 0; i < streams; i++) {
        chain.append("[s").append(i).append(']');
      }
      chain.append("amix=inputs=").append(streams).append(":duration=longest:normalize=0,");
    }
    chain.append("atrim=start=").append(seconds(range.start()));
    chain.append(":end=").append(seconds(range.end()));
    chain.append(",asetpts=PTS-STARTPTS");
    chain.append(",aresample=").append(SAMPLE_RATE);
    chain.append(",aformat=channel_layouts=mono");
    List<TimeSpan> spans = request.redactedInClip();
    if (!spans.isEmpty()) {
      chain.append(",aeval=exprs='").append(coverExpression(spans, request.cover())).append("'");
      chain.append(":c=same");
    }
    return chain.append("[a]").toString();
  }

  /**
   * Per-sample, not per-frame: the {@code enable} timeline option of filters like {@code volume} is
   * decided once per audio frame (often 20 to 100 ms), which could let the edge of a word through.
   * {@code aeval} computes every sample, so the cover starts and ends exactly.
   *
   * <p>Spans and tone use the sample counter {@code n} rather than {@code t}: {@code t} comes from
   * each frame's timestamp, which resampling rounds, so it jumps by a sample or two between frames
   * (an audible click in the tone, and a cover edge off by as much).
   */
  static String coverExpression(List<TimeSpan> clipSpans, ClipRequest.Cover cover) {
    StringJoiner inside = new StringJoiner("+");
    for (TimeSpan span : clipSpans) {
      long first = (long) Math.floor(span.start() * SAMPLE_RATE);
      long last = (long) Math.ceil(span.end() * SAMPLE_RATE);
      inside.add("between(n," + first + "," + last + ")");
    }
    String replacement =
        switch (cover) {
          case BLEEP -> TONE_AMPLITUDE + "*sin(2*PI*" + TONE_HZ + "*n/" + SAMPLE_RATE + ")";
          case SILENCE -> "0";
        };
    return "if(" + inside + "," + replacement + ",val(0))";
  }

  /** Plain decimal seconds, to the microsecond, without exponent or trailing zeros. */
  static String seconds(double value) {
    BigDecimal rounded = BigDecimal.valueOf(Math.max(0, value)).setScale(6, RoundingMode.HALF_UP);
    return rounded.stripTrailingZeros().toPlainString();
  }
}
