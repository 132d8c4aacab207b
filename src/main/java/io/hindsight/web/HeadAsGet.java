package io.hindsight.web;

import io.javalin.http.Context;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;

/**
 * Answers HEAD exactly as GET, headers and all, without the body: the app sees a GET, and Jetty,
 * which knows the request was a HEAD, sends no body. Left alone, Javalin answers a bare 200 to HEAD
 * on any GET route without running the route, so {@code HEAD} of a media file could not report its
 * size, and no check of the route ran.
 */
final class HeadAsGet implements Filter {

  private static final String HEAD = "hindsight.head";

  /**
   * Whether this GET is a HEAD in disguise: then a route that streams a file can skip reading it.
   */
  static boolean isHead(Context ctx) {
    return ctx.attribute(HEAD) != null;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (request instanceof HttpServletRequest http && "HEAD".equals(http.getMethod())) {
      http.setAttribute(HEAD, Boolean.TRUE);
      chain.doFilter(
          new HttpServletRequestWrapper(http) {
            @Override
            public String getMethod() {
              return "GET";
            }
          },
          response);
    } else {
      chain.doFilter(request, response);
    }
  }
}
