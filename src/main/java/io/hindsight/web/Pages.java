package io.hindsight.web;

import static io.hindsight.Html.escape;

import io.hindsight.pair.Agreement;
import io.hindsight.pair.User;
import io.hindsight.recording.Recording;
import io.hindsight.recording.RecordingJson;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The server-rendered pages. Every piece of user text goes through {@code escape}; scripts and
 * styles live in /assets (the CSP allows nothing inline) and talk to the JSON API.
 */
final class Pages {

  static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
  static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm", Locale.ENGLISH)
          .withZone(ZoneId.systemDefault());

  private final WebServices services;
  private final WebConfig config;
  private final RecordingRoutes recordings;
  private final AdminRoutes admin;
  private final RecordingPage recordingPage;
  private final SearchPage searchPage;

  Pages(
      WebServices services,
      WebConfig config,
      RecordingRoutes recordings,
      SearchRoutes search,
      AdminRoutes admin) {
    this.services = services;
    this.config = config;
    this.recordings = recordings;
    this.admin = admin;
    this.recordingPage = new RecordingPage(services, recordings);
    this.searchPage = new SearchPage(services, search);
  }

  void register(RoutesConfig routes) {
    routes.get("/login", this::login);
    routes.get("/", this::home);
    routes.get("/upload", this::upload);
    routes.get("/recordings/{id}", recordingPage::render);
    routes.get("/search", searchPage::render);
    routes.get("/agreement", this::agreement);
    routes.get("/admin", this::admin);
  }

  private void login(Context ctx) {
    if (Visitor.userOrNull(ctx) != null) {
      ctx.redirect(safeNext(ctx.queryParam("next")));
      return;
    }
    String body =
        """
        <section class="panel narrow login">
          <h1>Sign in</h1>
          <p class="lead">Your pair's sessions, transcripts and notes, kept on this server.</p>
          <form id="login-form" novalidate>
            <label for="username">User name</label>
            <input id="username" name="username" autocomplete="username" required autofocus>
            <label for="password">Password</label>
            <input id="password" name="password" type="password" autocomplete="current-password" required>
            <p id="login-error" class="error" role="alert"></p>
            <button type="submit" class="primary">Sign in</button>
          </form>
        </section>""";
    ctx.html(Layout.page(ctx, "Sign in", Layout.Nav.NONE, body, "login.js"));
  }

  /** Only a local path may follow a login: never another site. */
  static String safeNext(String next) {
    if (next == null || !next.startsWith("/") || next.startsWith("//") || next.contains("\\")) {
      return "/";
    }
    return next;
  }

  private void home(Context ctx) {
    User user = Visitor.userOrNull(ctx);
    if (user.pair() == null) {
      ctx.redirect("/admin");
      return;
    }
    Agreement agreement = services.agreements().of(user.pair());
    List<Recording> list = services.library().list(user.pair());
    StringBuilder body = new StringBuilder();
    body.append("<div class=\"page-head\"><h1>Our recordings</h1>")
        .append("<a class=\"button primary\" href=\"/upload\">Upload a session</a></div>\n")
        .append(agreementBanner(agreement));
    if (list.isEmpty()) {
      body.append(
          "<section class=\"empty panel\"><h2>No recordings yet</h2><p>Upload the recording of a"
              + " session: Hindsight transcribes it on this server, and then you can search it,"
              + " jump to any moment and pin notes to it.</p></section>");
    } else {
      body.append("<ul class=\"recordings\" id=\"recordings\">\n");
      for (Recording r : list) {
        body.append(recordingCard(r));
      }
      body.append("</ul>");
    }
    ctx.html(
        Layout.page(
            ctx, "Our recordings", Layout.Nav.RECORDINGS, body.toString(), "recordings.js"));
  }

  private String recordingCard(Recording r) {
    RecordingJson view = recordings.view(r);
    StringBuilder card = new StringBuilder();
    card.append("<li class=\"card\" data-id=\"")
        .append(r.id())
        .append("\" data-status=\"")
        .append(view.status())
        .append("\">")
        .append("<a class=\"title\" href=\"/recordings/")
        .append(r.id())
        .append("\">")
        .append(escape(r.title()))
        .append("</a>")
        .append("<p class=\"meta\">")
        .append(r.recordedAt() == null ? "" : DAY.format(r.recordedAt()))
        .append(r.durationSeconds() == null ? "" : " · " + Format.duration(r.durationSeconds()))
        .append(r.hasVideo() ? " · video" : " · audio")
        .append(" <span class=\"badge status-")
        .append(view.status())
        .append("\">")
        .append(view.status())
        .append("</span></p>");
    card.append(progressBlock(view));
    card.append("</li>\n");
    return card.toString();
  }

  /** The progress bar of a recording still processing, updated by script; empty otherwise. */
  static String progressBlock(RecordingJson view) {
    if (view.status().equals("failed")) {
      return "<p class=\"error\">" + escape(Layout.capitalize(view.error())) + ".</p>";
    }
    if (view.status().equals("ready")) {
      return "";
    }
    return "<div class=\"progress\"><progress max=\"100\" value=\""
        + view.progress().percent()
        + "\" aria-label=\"Processing progress\"></progress><span class=\"stage\">"
        + escape(view.progress().stage())
        + " "
        + view.progress().percent()
        + "%</span></div>";
  }

  static String agreementBanner(Agreement agreement) {
    if (agreement.allowsRecording()) {
      return "";
    }
    String text =
        switch (agreement.status()) {
          case Agreement.NONE -> "You have not signed an agreement yet, so uploads are paused.";
          case Agreement.WITHDRAWN -> "Consent was withdrawn, so uploads and sharing are paused.";
          case Agreement.AWAITING ->
              "Version "
                  + agreement.version()
                  + " of your agreement is waiting for a signature,"
                  + " so uploads are paused.";
          default -> "Your agreement does not allow recording, so uploads are paused.";
        };
    return "<div class=\"notice warn\" role=\"status\"><p>"
        + text
        + " <a href=\"/agreement\">Review the agreement</a></p></div>\n";
  }

  private void upload(Context ctx) {
    User user = Visitor.member(ctx);
    Agreement agreement = services.agreements().of(user.pair());
    StringBuilder body =
        new StringBuilder("<div class=\"page-head\"><h1>Upload a session</h1></div>\n");
    if (!agreement.allowsRecording()) {
      body.append(agreementBanner(agreement));
      ctx.html(Layout.page(ctx, "Upload", Layout.Nav.UPLOAD, body.toString(), null));
      return;
    }
    String names =
        String.join(
            " and ", agreement.members().stream().map(Agreement.MemberSignature::name).toList());
    body.append("<form id=\"upload-form\" class=\"panel upload\" novalidate data-max-bytes=\"")
        .append(config.maxUploadBytes())
        .append("\" data-max-label=\"")
        .append(escape(UploadLimit.human(config.maxUploadBytes())))
        .append("\">\n")
        .append("<div class=\"dropzone\" id=\"dropzone\">\n")
        .append("<p class=\"drop-title\">Drag the recording here</p><p>or</p>\n")
        .append(
            "<input type=\"file\" id=\"media\" name=\"media\" accept=\"video/*,audio/*\" class=\"file\" aria-describedby=\"media-hint\">\n")
        .append("<label for=\"media\" class=\"button\">Choose a file</label>\n")
        .append("<p id=\"media-hint\" class=\"hint\">Video or audio, up to ")
        .append(escape(UploadLimit.human(config.maxUploadBytes())))
        .append(".</p>\n")
        .append("<p id=\"chosen\" class=\"chosen\" aria-live=\"polite\"></p>\n</div>\n")
        .append("<div class=\"fields\">\n")
        .append(
            "<div><label for=\"title\">Title</label><input id=\"title\" name=\"title\" maxlength=\"200\" placeholder=\"e.g. Weekly check-in\"></div>\n")
        .append(
            "<div><label for=\"recordedAt\">Date of the session</label><input type=\"date\" id=\"recordedAt\" name=\"recordedAt\" value=\"")
        .append(LocalDate.now())
        .append("\" max=\"")
        .append(LocalDate.now())
        .append("\"></div>\n</div>\n")
        .append(
            "<div class=\"check\"><input type=\"checkbox\" id=\"consent\" name=\"consentConfirmed\" value=\"true\">")
        .append("<label for=\"consent\">Both of us, ")
        .append(escape(names))
        .append(
            ", took part in this session knowingly and agree to it being kept and transcribed.</label></div>\n")
        .append("<p id=\"upload-error\" class=\"error\" role=\"alert\"></p>\n")
        .append("<button type=\"submit\" class=\"primary\" id=\"upload-button\">Upload</button>\n")
        .append("<div class=\"steps\" aria-live=\"polite\">\n")
        .append(
            "<div id=\"upload-step\" class=\"step\" hidden><span class=\"step-label\">Uploading</span>")
        .append(
            "<progress id=\"upload-bar\" max=\"100\" value=\"0\" aria-label=\"Upload progress\"></progress>")
        .append("<span id=\"upload-bytes\" class=\"step-detail\"></span></div>\n")
        .append(
            "<div id=\"process-step\" class=\"step\" hidden><span class=\"step-label\">Transcribing</span>")
        .append(
            "<progress id=\"process-bar\" max=\"100\" value=\"0\" aria-label=\"Processing progress\"></progress>")
        .append("<span id=\"process-detail\" class=\"step-detail\"></span></div>\n")
        .append("<p id=\"upload-done\" class=\"done\" hidden></p>\n</div>\n</form>");
    ctx.html(Layout.page(ctx, "Upload", Layout.Nav.UPLOAD, body.toString(), "upload.js"));
  }

  private void agreement(Context ctx) {
    User user = Visitor.member(ctx);
    Agreement a = services.agreements().of(user.pair());
    StringBuilder body = new StringBuilder();
    body.append("<div class=\"page-head\"><h1>Our agreement</h1></div>\n")
        .append(
            "<p class=\"lead\">What we record, keep and share. It is in force only while both of us")
        .append(
            " have signed the same version. Changing it makes a new version that both sign.</p>\n")
        .append("<section class=\"panel status-card status-")
        .append(a.status())
        .append("\" aria-labelledby=\"status-h\">")
        .append("<h2 id=\"status-h\">")
        .append(statusLine(a))
        .append("</h2><ul class=\"signatures\">");
    boolean iSigned = false;
    for (Agreement.MemberSignature m : a.members()) {
      boolean me = m.username().equalsIgnoreCase(user.username());
      iSigned |= me && m.signed();
      body.append("<li><span class=\"who\">")
          .append(escape(m.name()))
          .append(me ? " (you)" : "")
          .append("</span> <span class=\"role\">")
          .append(escape(m.role()))
          .append("</span> ");
      if (m.withdrawnAt() != null) {
        body.append("<span class=\"badge status-withdrawn\">withdrew ")
            .append(MOMENT.format(m.withdrawnAt()))
            .append("</span>");
      } else if (m.signedAt() != null) {
        body.append("<span class=\"badge status-ready\">signed ")
            .append(MOMENT.format(m.signedAt()))
            .append("</span>");
      } else {
        body.append("<span class=\"badge status-queued\">not signed</span>");
      }
      body.append("</li>");
    }
    if (a.members().size() < 2) {
      body.append(
          "<li class=\"hint\">Your pair needs both a mentor and a mentee before the agreement can be in force.</li>");
    }
    body.append("</ul></section>\n");
    var t = a.terms();
    body.append("<form id=\"agreement-form\" class=\"panel\" data-version=\"")
        .append(a.version())
        .append("\" data-signed=\"")
        .append(iSigned)
        .append("\" data-record=\"")
        .append(t.record())
        .append("\" data-searchable=\"")
        .append(t.searchable())
        .append("\" data-share=\"")
        .append(t.shareExcerpts())
        .append("\" data-retention=\"")
        .append(t.retentionDays())
        .append("\">\n")
        .append("<fieldset><legend>")
        .append(a.version() == 0 ? "Proposed terms" : "Terms of version " + a.version())
        .append("</legend>\n")
        .append(
            checkbox(
                "record", "Record and transcribe our sessions", "Uploads need this.", t.record()))
        .append(
            checkbox(
                "searchable",
                "Keep our transcripts searchable",
                "Notes stay searchable by whoever may see them.",
                t.searchable()))
        .append(
            checkbox(
                "shareExcerpts",
                "Allow sharing short excerpts",
                "Each excerpt still needs both of us to approve it.",
                t.shareExcerpts()))
        .append(
            "</fieldset>\n<div class=\"retention\"><label for=\"retentionDays\">Keep recordings for (days)</label>")
        .append(
            "<input type=\"number\" id=\"retentionDays\" name=\"retentionDays\" min=\"0\" max=\"36500\" value=\"")
        .append(t.retentionDays())
        .append("\" aria-describedby=\"retention-hint\">")
        .append(
            "<p id=\"retention-hint\" class=\"hint\">0 keeps recordings until you delete them. Older ones are")
        .append(" deleted daily, with their transcripts, search entries and notes.</p></div>\n")
        .append(
            "<p id=\"agreement-error\" class=\"error\" role=\"alert\"></p>\n<div class=\"actions\">")
        .append("<button type=\"submit\" class=\"primary\" id=\"sign\">Sign</button>");
    if (iSigned) {
      body.append(
          "<button type=\"button\" class=\"danger\" id=\"withdraw\">Withdraw my consent</button>");
    }
    body.append("</div>\n</form>\n").append(redactWordsForm(user));
    ctx.html(Layout.page(ctx, "Agreement", Layout.Nav.AGREEMENT, body.toString(), "agreement.js"));
  }

  /** The pair's "always redact" list, which every excerpt's suggestions include. */
  private String redactWordsForm(User user) {
    return "<form id=\"redact-form\" class=\"panel\"><h2 id=\"redact-h\">Always redact</h2>"
        + "<p class=\"hint\" id=\"redact-hint\">Words and phrases, one a line, that every shared"
        + " excerpt hides wherever they are said: a company, a project, a place.</p>"
        + "<textarea id=\"redact-words\" name=\"words\" rows=\"4\" aria-labelledby=\"redact-h\""
        + " aria-describedby=\"redact-hint\">"
        + escape(String.join("\n", services.excerpts().redactWords(user.pair())))
        + "</textarea><p id=\"redact-status\" class=\"hint\" role=\"status\"></p>"
        + "<button type=\"submit\" id=\"save-redact-words\">Save the list</button></form>";
  }

  private static String statusLine(Agreement a) {
    return switch (a.status()) {
      case Agreement.IN_FORCE ->
          "In force since " + MOMENT.format(a.inForceSince()) + " (version " + a.version() + ")";
      case Agreement.WITHDRAWN -> "Withdrawn: uploads and sharing are paused";
      case Agreement.AWAITING -> "Version " + a.version() + " is waiting for a signature";
      default -> "Not signed yet";
    };
  }

  private static String checkbox(String name, String label, String hint, boolean checked) {
    return "<div class=\"check\"><input type=\"checkbox\" id=\""
        + name
        + "\" name=\""
        + name
        + "\""
        + (checked ? " checked" : "")
        + " aria-describedby=\""
        + name
        + "-hint\"><label for=\""
        + name
        + "\">"
        + label
        + "</label><p class=\"hint\" id=\""
        + name
        + "-hint\">"
        + hint
        + "</p></div>\n";
  }

  private void admin(Context ctx) {
    Visitor.admin(ctx);
    AdminRoutes.Overview overview = admin.overview();
    StringBuilder body =
        new StringBuilder("<div class=\"page-head\"><h1>Administration</h1></div>\n");
    body.append(
            "<p class=\"lead\">Pairs, people and the state of their recordings. Transcripts, notes and")
        .append(" media stay private to each pair.</p>\n<section class=\"panel\"><h2>Pairs</h2>")
        .append(
            "<table><thead><tr><th scope=\"col\">Pair</th><th scope=\"col\">Members</th><th scope=\"col\">Agreement</th><th scope=\"col\">Recordings</th></tr></thead><tbody>");
    for (AdminRoutes.PairRow p : overview.pairs()) {
      body.append("<tr><td>")
          .append(escape(p.pair()))
          .append("</td><td>")
          .append(escape(String.join(", ", p.members())))
          .append("</td><td><span class=\"badge status-")
          .append(escape(p.agreement()))
          .append("\">")
          .append(escape(p.agreement()))
          .append("</span></td><td>")
          .append(p.recordings())
          .append("</td></tr>");
    }
    body.append(
            "</tbody></table></section>\n<section class=\"panel\"><h2>People</h2><table><thead><tr>")
        .append(
            "<th scope=\"col\">User name</th><th scope=\"col\">Name</th><th scope=\"col\">Role</th><th scope=\"col\">Pair</th></tr></thead><tbody>");
    for (AdminRoutes.UserRow u : overview.users()) {
      body.append("<tr><td>")
          .append(escape(u.username()))
          .append("</td><td>")
          .append(escape(u.name()))
          .append("</td><td>")
          .append(escape(u.role()))
          .append("</td><td>")
          .append(escape(u.pair() == null ? "—" : u.pair()))
          .append("</td></tr>");
    }
    body.append(
            "</tbody></table><p class=\"hint\">Add people with <code>hindsight user add</code>.</p></section>\n")
        .append(
            "<section class=\"panel\"><h2>Recordings</h2><table><thead><tr><th scope=\"col\">Id</th><th scope=\"col\">Pair</th>")
        .append(
            "<th scope=\"col\">Title</th><th scope=\"col\">Date</th><th scope=\"col\">Length</th><th scope=\"col\">Status</th></tr></thead><tbody>");
    for (AdminRoutes.RecordingRow r : overview.recordings()) {
      body.append("<tr><td><code>")
          .append(r.id())
          .append("</code></td><td>")
          .append(escape(r.pair()))
          .append("</td><td>")
          .append(escape(r.title()))
          .append("</td><td>")
          .append(r.recordedAt() == null ? "" : DAY.format(r.recordedAt()))
          .append("</td><td>")
          .append(Format.duration(r.durationSeconds()))
          .append("</td><td><span class=\"badge status-")
          .append(r.status())
          .append("\">")
          .append(r.status())
          .append("</span></td></tr>");
    }
    body.append("</tbody></table></section>");
    ctx.html(Layout.page(ctx, "Administration", Layout.Nav.ADMIN, body.toString(), null));
  }
}
