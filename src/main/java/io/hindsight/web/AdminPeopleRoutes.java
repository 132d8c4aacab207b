package io.hindsight.web;

import io.hindsight.HindsightException;
import io.hindsight.pair.Person;
import io.hindsight.pair.Role;
import io.hindsight.pair.User;
import io.hindsight.pair.UserAdmin;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

/**
 * An administrator manages people: {@code POST /api/admin/users} adds one, {@code POST
 * .../{username}/password} resets a password, {@code .../disable} and {@code .../enable}, and
 * {@code DELETE /api/admin/users/{username}} removes one. A new password is in the answer once and
 * nowhere else. Every route is for administrators only, and the {@link Gate} checks its CSRF token.
 */
final class AdminPeopleRoutes {

  record AddBody(String username, String name, String pair, String role) {}

  /** A user with the password just made for them, to hand over once. */
  record IssuedJson(String username, String name, String role, String pair, String password) {

    static IssuedJson of(UserAdmin.Issued issued) {
      User u = issued.user();
      return new IssuedJson(u.username(), u.name(), u.role().label(), u.pair(), issued.password());
    }
  }

  private final UserAdmin admin;

  AdminPeopleRoutes(UserAdmin admin) {
    this.admin = admin;
  }

  void register(RoutesConfig routes) {
    routes.post("/api/admin/users", this::add);
    routes.post(
        "/api/admin/users/{username}/password",
        ctx ->
            ctx.json(
                IssuedJson.of(admin.resetPassword(Visitor.admin(ctx), ctx.pathParam("username")))));
    routes.post(
        "/api/admin/users/{username}/disable",
        ctx -> person(ctx, admin.disable(Visitor.admin(ctx), ctx.pathParam("username"))));
    routes.post(
        "/api/admin/users/{username}/enable",
        ctx -> person(ctx, admin.enable(Visitor.admin(ctx), ctx.pathParam("username"))));
    routes.delete(
        "/api/admin/users/{username}",
        ctx -> person(ctx, admin.remove(Visitor.admin(ctx), ctx.pathParam("username"))));
  }

  private void add(Context ctx) {
    Visitor.admin(ctx);
    AddBody body =
        Bodies.read(
            ctx,
            AddBody.class,
            "{\"username\": \"ann\", \"name\": \"Ann Lee\", \"pair\": \"ann-ben\","
                + " \"role\": \"mentor\"}");
    if (body.role() == null || body.role().isBlank()) {
      throw HindsightException.badInput("choose a role: mentor, mentee or admin");
    }
    UserAdmin.Issued issued =
        admin.add(body.username(), body.name(), body.pair(), Role.parse(body.role()));
    ctx.status(201).json(IssuedJson.of(issued));
  }

  private static void person(Context ctx, Person person) {
    ctx.json(AdminRoutes.UserRow.of(person));
  }
}
