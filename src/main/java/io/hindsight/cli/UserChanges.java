package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.pair.Person;
import io.hindsight.pair.UserAdmin;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code user list}, {@code reset-password}, {@code disable}, {@code enable} and {@code remove}:
 * what the admin page does, for whoever runs the server, under the same rules.
 */
final class UserChanges {

  private UserChanges() {}

  /** One change to one user, named by --username. */
  abstract static class Change implements Callable<Integer> {

    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Option(
        names = "--username",
        required = true,
        paramLabel = "U",
        description = "Whom to change.")
    String username;

    abstract String apply(UserAdmin admin);

    @Override
    public Integer call() {
      try (Hindsight app = user.main.open(null, null)) {
        spec.commandLine().getOut().println(apply(app.accounts().admin()));
      }
      return Main.OK;
    }
  }

  @Command(
      name = "reset-password",
      description = "Make a new password for a user, print it once, and sign them out everywhere.")
  static final class ResetPassword extends Change {
    @Override
    String apply(UserAdmin admin) {
      UserAdmin.Issued issued = admin.resetPassword(null, username);
      return "New password for " + issued.user().username() + ": " + issued.password();
    }
  }

  @Command(
      name = "disable",
      description = "Stop a user signing in, for now; a member keeps their place in the pair.")
  static final class Disable extends Change {
    @Override
    String apply(UserAdmin admin) {
      return said(admin.disable(null, username));
    }
  }

  @Command(name = "enable", description = "Let a disabled user sign in again.")
  static final class Enable extends Change {
    @Override
    String apply(UserAdmin admin) {
      return said(admin.enable(null, username));
    }
  }

  @Command(
      name = "remove",
      description = {
        "Remove a user for good: they cannot sign in and are no longer their pair's member.",
        "Their notes and approvals stay with the pair."
      })
  static final class Remove extends Change {
    @Override
    String apply(UserAdmin admin) {
      return said(admin.remove(null, username));
    }
  }

  @Command(name = "list", description = "Everyone who can or could sign in, with their state.")
  static final class ListUsers implements Callable<Integer> {

    @ParentCommand UserCommand user;
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
      try (Hindsight app = user.main.open(null, null)) {
        PrintWriter out = spec.commandLine().getOut();
        for (Person p : app.accounts().admin().people()) {
          out.printf(
              "%-20s %-8s %-20s %-9s %s%n",
              p.user().username(),
              p.user().role().label(),
              p.user().pair() == null ? "-" : p.user().pair(),
              p.state().label(),
              p.user().name());
        }
      }
      return Main.OK;
    }
  }

  private static String said(Person person) {
    return person.user().username() + " is " + person.state().label();
  }
}
