package io.hindsight.cli;

import io.hindsight.HindsightException;
import io.hindsight.transcribe.Decoder;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --decoder}: what every command that transcribes takes to trade speed for accuracy. */
final class DecoderOption {

  @Option(
      names = "--decoder",
      paramLabel = "fast|balanced|accurate",
      converter = Parse.class,
      description = {
        "How hard the recognizer searches: fast (about half the CPU, 1-2.4 points more word",
        "errors), balanced (0.80-0.89 times the CPU, under 0.1 point more) or accurate (the",
        "model's own settings). Default: $HINDSIGHT_DECODER, else balanced."
      })
  Decoder decoder;

  /** The chosen decoder, else the environment's, else the default. */
  Decoder resolve() {
    return decoder != null ? decoder : Decoder.fromEnvironment();
  }

  /** A typo is a usage error (exit 2) with the choices, not a stack trace. */
  static final class Parse implements CommandLine.ITypeConverter<Decoder> {
    @Override
    public Decoder convert(String value) {
      try {
        return Decoder.parse(value);
      } catch (HindsightException e) {
        // picocli prefixes "Invalid value for option '--decoder': ".
        throw new CommandLine.TypeConversionException(
            "'" + value + "' is not one of fast, balanced or accurate");
      }
    }
  }
}
