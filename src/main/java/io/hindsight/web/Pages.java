package io.hindsight.web;

import io.hindsight.pair.Agreement;
import io.hindsight.pair.User;
import io.hindsight.recording.Recording;
import io.hindsight.reflection.NextSession;
import io.hindsight.web.view.HomeView;
import io.hindsight.web.view.LoginView;
import io.hindsight.web.view.RecordingStatus;
import io.hindsight.web.view.UploadView;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * The server-rendered pages: each route builds its page's view from the services and renders its
 * template (src/main/jte). Scripts and styles live in /assets (the CSP allows nothing inline) and
 * talk to the JSON API.
 */
final class Pages {

  private final WebServices services;
  private final WebConfig config;
  private final AdminRoutes admin;
  private final RecordingPage recordingPage;
  private final SearchPage searchPage;
  private final AgreementPage agreementPage;

  Pages(WebServices services, WebConfig config, AdminRoutes admin) {
    this.services = services;
    this.config = config;
    this.admin = admin;
    this.recordingPage = new RecordingPage(services);
    this.searchPage = new SearchPage(services);
    this.agreementPage = new AgreementPage(services);
  }

  void register(RoutesConfig routes) {
    routes.get("/login", this::login);
    routes.get("/", this::home);
    routes.get("/upload", this::upload);
    routes.get("/recordings/{id}", recordingPage::render);
    routes.get("/search", searchPage::render);
    routes.get("/agreement", agreementPage::render);
    routes.get("/prepare", new PreparePage(services)::render);
    routes.get("/admin", new AdminPage(admin)::render);
  }

  private void login(Context ctx) {
    if (Visitor.userOrNull(ctx) != null) {
      ctx.redirect(safeNext(ctx.queryParam("next")));
      return;
    }
    Templates.page(
        ctx, "login.jte", new LoginView(Layout.frame(ctx, "Sign in", Layout.Nav.NONE, "login.js")));
  }

  /** Only a local path may follow a login: never another site. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//")) {
      return "/";
    }
    // Browsers drop tabs and newlines and read a backslash as a slash before they resolve a
    // Location, so "/\tevil.example" or "/\\evil.example" would leave the site: refuse any control
    // character or backslash, and anything that still parses with an authority.
    for (int i = 0; i < next.length(); i++) {
      char c = next.charAt(i);
      if (c < 0x20 || c == 0x7f || c == '\\') {
        return "/";
      }
    }
    String local = next.replace(" ", "%20");
    try {
      java.net.URI uri = new java.net.URI(local);
      return uri.isAbsolute() || uri.getRawAuthority() != null ? "/" : local;
    } catch (java.net.URISyntaxException e) {
      return "/";
    }
  }

  private void home(Context ctx) {
    User user = Visitor.userOrNull(ctx);
    if (user.pair() == null) {
      ctx.redirect("/admin");
      return;
    }
    Agreement agreement = services.agreements().of(user.pair());
    List<Recording> recordings = services.library().list(user.pair());
    Templates.page(
        ctx,
        "home.jte",
        new HomeView(
            Layout.frame(ctx, "Our recordings", Layout.Nav.RECORDINGS, "recordings.js"),
            banner(agreement),
            recordings.stream()
                .map(r -> card(r, agreement.allows(Agreement.Use.PLAYBACK)))
                .toList(),
            BalanceCharts.of(services.insights().latest(user.pair(), BalanceCharts.SESSIONS)),
            NextSession.dueLine(agreement, recordings, LocalDate.now())));
  }

  /**
   * @param readable the transcripts may be read now (not while consent is withdrawn), so the card
   *     may show the first words
   */
  private HomeView.Card card(Recording r, boolean readable) {
    String meta =
        Format.day(r.recordedAt())
            + (r.durationSeconds() == null ? "" : " · " + Format.duration(r.durationSeconds()))
            + (r.hasVideo() ? " · video" : " · audio");
    RecordingStatus status = recordingPage.status(r);
    return new HomeView.Card(
        r.id(),
        r.title(),
        meta,
        r.recordedAt() == null ? "" : r.recordedAt().toString(),
        status.ready() && readable ? preview(r.id()) : null,
        status);
  }

  private static final int PREVIEW_WORDS = 18;

  /** The first words said, so a member recognizes the session before opening it. */
  private String preview(String id) {
    List<String> words = services.library().firstWords(id, PREVIEW_WORDS + 1);
    if (words.isEmpty()) {
      return null;
    }
    String text = String.join(" ", words.subList(0, Math.min(words.size(), PREVIEW_WORDS)));
    return words.size() > PREVIEW_WORDS ? text + " …" : text;
  }

  /** Why uploads are paused, or null while the agreement allows recording. */
  static String banner(Agreement agreement) {
    if (agreement.allowsRecording()) {
      return null;
    }
    return switch (agreement.status()) {
      case Agreement.NONE -> "You have not signed an agreement yet, so uploads are paused.";
      case Agreement.WITHDRAWN -> withdrawn(agreement.pause().orElseThrow());
      case Agreement.AWAITING ->
          "Version "
              + agreement.version()
              + " of your agreement is waiting for a signature, so uploads are paused.";
      default -> "Your agreement does not allow recording, so uploads are paused.";
    };
  }

  /** Who withdrew, what that pauses and what it keeps, in one sentence each. */
  private static String withdrawn(Agreement.Pause pause) {
    return String.join(" and ", pause.withdrawnBy())
        + " withdrew consent. Paused until both of you sign again: "
        + String.join("; ", pause.paused())
        + ". Kept as they are: "
        + String.join("; ", pause.kept())
        + ".";
  }

  private void upload(Context ctx) {
    User user = Visitor.member(ctx);
    Agreement agreement = services.agreements().of(user.pair());
    String banner = banner(agreement);
    String names =
        String.join(
            " and ", agreement.members().stream().map(Agreement.MemberSignature::name).toList());
    String today = LocalDate.now().toString();
    Templates.page(
        ctx,
        "upload.jte",
        new UploadView(
            Layout.frame(ctx, "Upload", Layout.Nav.UPLOAD, banner == null ? "upload.js" : null),
            banner,
            config.maxUploadBytes(),
            UploadLimit.human(config.maxUploadBytes()),
            today,
            names));
  }
}
