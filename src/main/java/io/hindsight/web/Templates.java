package io.hindsight.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the page templates of src/main/jte. The build compiles them to classes
 * (jte-maven-plugin), so a template is loaded like any class: nothing is compiled at run time, and
 * start-up does not wait for it. Html content type: every {@code ${...}} is escaped for where it
 * stands.
 */
final class Templates {

  private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);

  private Templates() {}

  /** {@code template} is a path under src/main/jte, e.g. "home.jte"; {@code view} its one param. */
  static String render(String template, Object view) {
    StringOutput output = new StringOutput(8192);
    ENGINE.render(template, view, output);
    return output.toString();
  }

  static void page(Context ctx, String template, Object view) {
    ctx.html(render(template, view));
  }
}
