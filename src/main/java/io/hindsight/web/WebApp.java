package io.hindsight.web;

import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.javalin.Javalin;
import io.javalin.http.HttpStatus;
import io.javalin.json.JavalinJackson;
import jakarta.servlet.DispatcherType;

/**
 * Builds the web app: every route, filter and error mapping is declared here, inside {@code
 * Javalin.create}, from the services it is given. Starting and stopping it is the caller's.
 */
public final class WebApp {

  private WebApp() {}

  public static Javalin create(WebServices services, WebConfig config) {
    Gate gate = new Gate(services.sessions(), services.accounts(), config);
    RecordingRoutes recordings =
        new RecordingRoutes(
            services.library(),
            services.pipeline(),
            services.agreements(),
            services.jobs(),
            config,
            services.accounts().vocabulary());
    SearchRoutes search = new SearchRoutes(services.searcher(), services.agreements());
    AdminRoutes admin =
        new AdminRoutes(services.accounts(), services.agreements(), services.library());
    Pages pages = new Pages(services, config, admin);
    return Javalin.create(
        cfg -> {
          cfg.startup.showJavalinBanner = false;
          ClientAddress clients = new ClientAddress(config.trustedProxy());
          cfg.contextResolver.ip = clients::of;
          cfg.jsonMapper(
              new JavalinJackson(JavalinJackson.defaultMapper(), false)
                  .updateMapper(
                      m ->
                          m.registerModule(new JavaTimeModule())
                              .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)));
          cfg.jetty.modifyServer(server -> server.setErrorHandler(new JettyErrors()));
          cfg.jetty.modifyServletContextHandler(
              handler ->
                  handler.addFilter(
                      new HeadAsGet(), "/*", java.util.EnumSet.of(DispatcherType.REQUEST)));
          cfg.routes.before(gate::handle);
          cfg.routes.get("/assets/<path>", new Assets()::serve);
          // Browsers ask for /favicon.ico on every page, share links and error pages included.
          cfg.routes.get(
              "/favicon.ico",
              ctx -> ctx.redirect("/assets/icon.svg", HttpStatus.MOVED_PERMANENTLY));
          new AuthRoutes(services.accounts(), services.sessions(), gate).register(cfg.routes);
          new AgreementRoutes(services.agreements()).register(cfg.routes);
          recordings.register(cfg.routes);
          new TranscriptEditRoutes(
                  services.library(), services.editor(), services.accounts().vocabulary())
              .register(cfg.routes);
          new VocabularyRoutes(services.accounts().vocabulary()).register(cfg.routes);
          new NoteRoutes(services.library(), services.notes()).register(cfg.routes);
          new ReflectionRoutes(
                  services.library(),
                  services.agreements(),
                  services.followUps(),
                  services.insights())
              .register(cfg.routes);
          search.register(cfg.routes);
          new ExcerptRoutes(services.library(), services.excerpts()).register(cfg.routes);
          new SharePage(services.excerpts()).register(cfg.routes);
          admin.register(cfg.routes);
          pages.register(cfg.routes);
          Errors.register(cfg.routes);
        });
  }
}
