package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.HindsightException;
import io.hindsight.pair.Engagement;
import io.hindsight.pair.Role;
import io.hindsight.pair.Terms;
import io.hindsight.pair.User;
import io.hindsight.recording.Consent;
import io.hindsight.recording.IngestRequest;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * {@code serve --demo}: a pair whose agreement both have signed, an administrator, fresh printed
 * passwords on every start, and the sample session queued for transcription, so that a first visit
 * has something to show.
 */
final class Demo {

  static final String PAIR = "demo";
  static final String SAMPLE = "mentoring-session.mp4";

  private record Person(String username, String name, Role role) {}

  private static final List<Person> PEOPLE =
      List.of(
          new Person("sarah", "Sarah Miller", Role.MENTOR),
          new Person("david", "David Brown", Role.MENTEE),
          new Person("admin", "Ada Admin", Role.ADMIN));

  record Login(String username, String role, String password) {}

  record Seeded(List<Login> logins, String sampleNote) {}

  private final Hindsight app;
  private final Path sample;

  Demo(Hindsight app, Path sample) {
    this.app = app;
    this.sample = sample;
  }

  Seeded seed() {
    // Each password takes a slow hash: do the three at once.
    ExecutorService hashing = Executors.newFixedThreadPool(PEOPLE.size());
    List<Login> logins;
    try {
      List<CompletableFuture<Login>> futures =
          PEOPLE.stream().map(p -> CompletableFuture.supplyAsync(() -> login(p), hashing)).toList();
      logins = futures.stream().map(CompletableFuture::join).toList();
    } finally {
      hashing.shutdown();
    }
    for (Person p : PEOPLE) {
      if (p.role().isMember()) {
        User member = app.accounts().byUsername(p.username()).orElseThrow();
        app.agreements().sign(member, DEMO_TERMS);
      }
    }
    return new Seeded(logins, addSample());
  }

  /** The demo pair meets every two weeks on video, so the home page shows the next session. */
  private static final Terms DEMO_TERMS =
      new Terms(
          true,
          true,
          false,
          0,
          new Engagement(14, "video, chat between sessions", "within 2 working days", null));

  /** Adds the person, or gives them a new password if they exist from an earlier demo. */
  private Login login(Person p) {
    String password = UserCommand.newPassword();
    if (app.accounts().byUsername(p.username()).isPresent()) {
      app.accounts().resetPassword(p.username(), password.toCharArray());
    } else {
      app.accounts()
          .add(
              p.username(),
              p.name(),
              p.role().isMember() ? PAIR : null,
              p.role(),
              password.toCharArray());
    }
    return new Login(p.username(), p.role().label(), password);
  }

  private String addSample() {
    if (!app.library().list(PAIR).isEmpty()) {
      return "The demo pair already has recordings.";
    }
    if (sample == null || !Files.isRegularFile(sample)) {
      return "No sample recording found (looked for sample-media/"
          + SAMPLE
          + "); upload one at /upload.";
    }
    app.pipeline()
        .queue(
            new IngestRequest(
                List.of(
                    IngestRequest.Input.upload(
                        sample.getFileName().toString(), target -> Files.copy(sample, target))),
                PAIR,
                "Weekly check-in: deadlines, code review and belonging",
                LocalDate.now(),
                Consent.confirmedBy(app.accounts().byUsername("sarah").orElseThrow().id(), true),
                List.of(),
                false));
    return "Added the sample session; it is transcribed in the background (about half a minute).";
  }

  /** The sample: {@code explicit} if given, else sample-media/ here or beside the jar. */
  static Path findSample(Path explicit) {
    if (explicit != null) {
      if (!Files.isRegularFile(explicit)) {
        throw HindsightException.badInput("--sample " + explicit + " is not a file");
      }
      return explicit;
    }
    List<Path> candidates = new ArrayList<>();
    candidates.add(Path.of("sample-media", SAMPLE));
    try {
      var source = Demo.class.getProtectionDomain().getCodeSource();
      if (source != null) {
        Path jarDir = Path.of(source.getLocation().toURI()).getParent();
        candidates.add(jarDir.resolve("sample-media").resolve(SAMPLE));
        candidates.add(jarDir.resolveSibling("sample-media").resolve(SAMPLE));
      }
    } catch (URISyntaxException | RuntimeException e) {
      // only the working directory then
    }
    return candidates.stream().filter(Files::isRegularFile).findFirst().orElse(null);
  }
}
