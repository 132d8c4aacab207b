package io.hindsight.web;

import static io.hindsight.Html.escape;

import io.hindsight.pair.User;
import io.javalin.http.Context;

/** The frame every page shares: head, header with navigation, main landmark, scripts. */
final class Layout {

  /** The navigation entries, in order; {@code page} names the current one. */
  enum Nav {
    RECORDINGS("/", "Recordings"),
    UPLOAD("/upload", "Upload"),
    SEARCH("/search", "Search"),
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

  /**
   * A whole page. {@code body} must already be escaped HTML; {@code script} names a file in
   * /assets/js, or null.
   */
  static String page(Context ctx, String title, Nav current, String body, String script) {
    User user = Visitor.userOrNull(ctx);
    Sessions.Session session = Visitor.session(ctx);
    StringBuilder html = new StringBuilder(8192);
    html.append("<!doctype html>\n<html lang=\"en\">\n<head>\n")
        .append("<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>")
        .append(escape(title))
        .append(" · Hindsight</title>\n")
        .append("<link rel=\"icon\" href=\"/assets/icon.svg\" type=\"image/svg+xml\">\n")
        .append("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n");
    if (session != null) {
      html.append("<meta name=\"csrf-token\" content=\"")
          .append(escape(session.csrfToken()))
          .append("\">\n");
    }
    html.append("<script src=\"/assets/js/app.js\" defer></script>\n");
    if (script != null) {
      html.append("<script src=\"/assets/js/").append(script).append("\" defer></script>\n");
    }
    html.append("</head>\n<body>\n")
        .append("<a class=\"skip\" href=\"#main\">Skip to content</a>\n")
        .append("<header class=\"top\"><div class=\"bar\">\n")
        .append(
            "<a class=\"brand\" href=\"/\"><img src=\"/assets/icon.svg\" alt=\"\" width=\"28\" height=\"28\">")
        .append("<span>Hindsight</span></a>\n");
    if (user != null) {
      html.append("<nav aria-label=\"Main\"><ul>\n");
      for (Nav nav : Nav.values()) {
        if (nav == Nav.NONE || nav == Nav.ADMIN && !user.isAdmin()) {
          continue;
        }
        if (user.pair() == null && nav != Nav.ADMIN) {
          continue;
        }
        html.append("<li><a href=\"")
            .append(nav.href)
            .append('"')
            .append(nav == current ? " aria-current=\"page\"" : "")
            .append('>')
            .append(nav.label)
            .append("</a></li>\n");
      }
      html.append("</ul></nav>\n")
          .append("<div class=\"who\"><span class=\"name\" title=\"")
          .append(
              escape(user.role().label() + (user.pair() == null ? "" : " · pair " + user.pair())))
          .append("\">")
          .append(escape(user.name()))
          .append("</span>")
          .append("<button type=\"button\" class=\"link\" id=\"logout\">Sign out</button></div>\n");
    }
    html.append("</div></header>\n<main id=\"main\" tabindex=\"-1\">\n")
        .append(body)
        .append(
            "\n</main>\n<footer class=\"foot\">Hindsight keeps your sessions on this server only."
                + " Nothing leaves it.</footer>\n</body>\n</html>\n");
    return html.toString();
  }

  static String errorPage(Context ctx, int status, String title, String details) {
    String body =
        "<section class=\"panel narrow\"><h1>"
            + status
            + " · "
            + escape(title)
            + "</h1>"
            + "<p>"
            + escape(capitalize(details))
            + ".</p>"
            + "<p><a class=\"button\" href=\"/\">Back to my recordings</a></p></section>";
    return page(ctx, title, Nav.NONE, body, null);
  }

  static String capitalize(String text) {
    if (text == null || text.isEmpty()) {
      return "";
    }
    String t = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    return Character.toUpperCase(t.charAt(0)) + t.substring(1);
  }
}
