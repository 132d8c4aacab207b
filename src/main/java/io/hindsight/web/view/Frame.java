package io.hindsight.web.view;

import java.util.List;

/**
 * What the layout shows around a page.
 *
 * @param csrfToken the session's token for scripts to send back; null without a session
 * @param script a file in /assets/js the page needs besides app.js, or null
 * @param nav the navigation entries the visitor may use; empty when nobody is signed in
 * @param who the signed-in person, or null
 */
public record Frame(String title, String csrfToken, String script, List<NavLink> nav, Who who) {

  public record NavLink(String href, String label, boolean current) {}

  /** The person as the header shows them; {@code detail} (role and pair) is the tooltip. */
  public record Who(String name, String detail) {}
}
