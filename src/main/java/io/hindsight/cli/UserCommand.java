package io.hindsight.cli;

import io.hindsight.Hindsight;
import io.hindsight.pair.Role;
import io.hindsight.pair.User;
import io.hindsight.pair.UserAdmin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(
    name = "user",
    description = "Manage the people who can sign in.",
    subcommands = {
      UserCommand.Add.class,
      UserChanges.ListUsers.class,
      UserChanges.ResetPassword.class,
      UserChanges.Disable.class,
      UserChanges.Enable.class,
      UserChanges.Remove.class
    })
final class UserCommand {

  @ParentCommand Main main;

  @Command(
      name = "add",
      description = {
        "Add a user. A mentor or mentee joins a pair (created on first use); an admin needs none.",
        "Without --password-stdin a password is generated and printed."
      })
  static final class Add implements Callable<Integer> {

    @ParentCommand UserCommand user;
    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Option(
        names = "--username",
        required = true,
        paramLabel = "U",
        description = "The sign-in name.")
    String username;

    @Option(
        names = "--name",
        required = true,
        paramLabel = "\"Full Name\"",
        description = "The name people see.")
    String name;

    @Option(
        names = "--pair",
        paramLabel = "P",
        description = "The pair a mentor or mentee belongs to.")
    String pair;

    @Option(names = "--role", required = true, paramLabel = "mentor|mentee|admin")
    String role;

    @Option(
        names = "--password-stdin",
        description = "Read the password from the first line of standard input.")
    boolean passwordStdin;

    @Override
    public Integer call() throws IOException {
      Role parsed = Role.parse(role);
      char[] password;
      String generated = null;
      if (passwordStdin) {
        String line =
            new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
        password = line == null ? new char[0] : line.toCharArray();
      } else {
        generated = newPassword();
        password = generated.toCharArray();
      }
      try (Hindsight app = user.main.open(null, null)) {
        User added = app.accounts().add(username, name, pair, parsed, password);
        PrintWriter out = spec.commandLine().getOut();
        out.printf(
            "Added %s %s (%s)%s%n",
            added.role().label(),
            added.username(),
            added.name(),
            added.pair() == null ? "" : " to pair " + added.pair());
        if (generated != null) {
          out.println("Password: " + generated);
        }
      }
      return Main.OK;
    }
  }

  /** A generated password: 20 characters, about 120 random bits. */
  static String newPassword() {
    return UserAdmin.newPassword();
  }
}
