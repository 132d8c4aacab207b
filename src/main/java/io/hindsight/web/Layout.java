package io.hindsight.web;

import io.hindsight.pair.User;
import io.hindsight.web.view.ErrorView;
import io.hindsight.web.view.Frame;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;

/** What every page shares (layout.jte): the frame for the visitor, and the error page. */
final class Layout {

  /** The navigation entries, in order; a page names the current one. */
  enum Nav {
    RECORDINGS("/", "Recordings"),
    UPLOAD("/upload", "Upload"),
    SEARCH("/search", "Search"),
    PREPARE("/prepare", "Prepare"),
    AGREEMENT("/agreement", "Agreement"),
    ADMIN("/admin", "Admin"),
    NONE("", "");

    final String href;
    final String label;

    Nav(String href, String label) {
      this.href = href;
      this.label = label;
    }
  }

  private Layout() {}

  /** {@code script} names a file in /assets/js the page needs, or null. */
  static Frame frame(Context ctx, String title, Nav current, String script) {
    User user = Visitor.userOrNull(ctx);
    Sessions.Session session = Visitor.session(ctx);
    String csrfToken = session == null ? null : session.csrfToken();
    if (user == null) {
      return new Frame(title, csrfToken, script, List.of(), null);
    }
    List<Frame.NavLink> nav = new ArrayList<>();
    for (Nav entry : Nav.values()) {
      boolean shown =
          entry != Nav.NONE
              && (entry != Nav.ADMIN || user.isAdmin())
              && (user.pair() != null || entry == Nav.ADMIN);
      if (shown) {
        nav.add(new Frame.NavLink(entry.href, entry.label, entry == current));
      }
    }
    String detail = user.role().label() + (user.pair() == null ? "" : " · pair " + user.pair());
    return new Frame(title, csrfToken, script, nav, new Frame.Who(user.name(), detail));
  }

  static String errorPage(Context ctx, int status, String title, String details) {
    return Templates.render(
        "error.jte",
        new ErrorView(
            frame(ctx, title, Nav.NONE, null), status + " · " + title, Format.sentence(details)));
  }
}
