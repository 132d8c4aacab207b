package io.hindsight.transcribe;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A model folder as Vosk should load it: the given one, but with Kaldi's own dither switched off,
 * because {@link Dither} replaces it. The model's files are never changed, since the folder may be
 * the user's or read-only: a temporary folder of links stands in, with its own {@code
 * conf/mfcc.conf} that repeats the original and appends {@code --dither=0} (Kaldi's last setting
 * wins). Vosk reads every file while the model loads, so the overlay is closed right after: that
 * removes the links, never what they point to.
 */
final class ModelOverlay implements AutoCloseable {

  static final String DITHER_OFF = "--dither=0";

  private final Path folder;
  private final List<Path> created;

  private ModelOverlay(Path folder, List<Path> created) {
    this.folder = folder;
    this.created = created;
  }

  /** The folder to load, which is {@code model} itself when its dither is already off. */
  Path folder() {
    return folder;
  }

  static ModelOverlay ditherOff(Path model) throws IOException {
    return of(model, List.of());
  }

  /**
   * As {@link #ditherOff}, with {@code modelOptions} also appended to {@code conf/model.conf}
   * (Kaldi's decoder and endpoint options).
   */
  static ModelOverlay of(Path model, List<String> modelOptions) throws IOException {
    return overlay(model, Path.of("conf"), modelOptions);
  }

  /**
   * Vosk's speaker model with its dither off. Its {@code mfcc.conf} sits at the top of the folder
   * and sets no dither, so Kaldi's default applies: noise from the process's shared random
   * sequence, which made the same recording's speaker vectors, and so its labels, differ from run
   * to run.
   */
  static ModelOverlay speakerModel(Path folder) throws IOException {
    return overlay(folder, Path.of(""), List.of());
  }

  /**
   * @param confFolder where {@code mfcc.conf} and {@code model.conf} are, relative to {@code
   *     model}; empty for the folder itself
   */
  private static ModelOverlay overlay(Path model, Path confFolder, List<String> modelOptions)
      throws IOException {
    Path source = model.resolve(confFolder);
    Path mfcc = source.resolve("mfcc.conf");
    String config = Files.isRegularFile(mfcc) ? Files.readString(mfcc) : "";
    boolean ditherIsOff =
        config.lines().map(String::strip).reduce((a, b) -> b).orElse("").equals(DITHER_OFF);
    if (ditherIsOff && modelOptions.isEmpty()) {
      return new ModelOverlay(model, List.of());
    }
    List<Path> created = new ArrayList<>();
    Path overlay = Files.createTempDirectory("hindsight-model-");
    created.add(overlay);
    try {
      Set<String> rewritten =
          modelOptions.isEmpty() ? Set.of("mfcc.conf") : Set.of("mfcc.conf", "model.conf");
      Path conf = overlay;
      if (confFolder.toString().isEmpty()) {
        linkAllBut(model.toAbsolutePath(), overlay, rewritten, created);
      } else {
        linkAllBut(model.toAbsolutePath(), overlay, Set.of(confFolder.toString()), created);
        conf = Files.createDirectory(overlay.resolve(confFolder));
        created.add(conf);
        if (Files.isDirectory(source)) {
          linkAllBut(source.toAbsolutePath(), conf, rewritten, created);
        }
      }
      created.add(
          Files.writeString(
              conf.resolve("mfcc.conf"),
              appended(config, ditherIsOff ? List.of() : List.of(DITHER_OFF))));
      if (!modelOptions.isEmpty()) {
        Path original = source.resolve("model.conf");
        String options = Files.isRegularFile(original) ? Files.readString(original) : "";
        created.add(Files.writeString(conf.resolve("model.conf"), appended(options, modelOptions)));
      }
    } catch (IOException | RuntimeException e) {
      delete(created);
      throw e;
    }
    return new ModelOverlay(overlay, created);
  }

  private static String appended(String config, List<String> lines) {
    String separator = config.isEmpty() || config.endsWith("\n") ? "" : "\n";
    return lines.isEmpty() ? config : config + separator + String.join("\n", lines) + "\n";
  }

  private static void linkAllBut(Path from, Path to, Set<String> except, List<Path> created)
      throws IOException {
    try (Stream<Path> entries = Files.list(from)) {
      for (Path entry : (Iterable<Path>) entries::iterator) {
        if (!except.contains(entry.getFileName().toString())) {
          created.add(Files.createSymbolicLink(to.resolve(entry.getFileName().toString()), entry));
        }
      }
    }
  }

  @Override
  public void close() {
    delete(created);
  }

  private static void delete(List<Path> created) {
    // Children were created after their folders, so they go first; a link is removed, not followed.
    for (int i = created.size() - 1; i >= 0; i--) {
      try {
        Files.deleteIfExists(created.get(i));
      } catch (IOException e) {
        // A link left in the temporary folder holds nothing of the pair's; go on with the rest.
      }
    }
  }
}
