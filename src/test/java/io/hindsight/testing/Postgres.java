package io.hindsight.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server for tests: {@link #newDatabase()} creates an empty database on it and
 * answers its JDBC URL. The server is {@code HINDSIGHT_TEST_DATABASE_URL} when set (a URL of a role
 * that may CREATE DATABASE; the databases made are dropped at JVM exit), else a private throwaway
 * cluster started once per JVM from {@code /usr/lib/postgresql/VERSION/bin}, on a free loopback
 * port, and removed at exit. Without PostgreSQL installed, tests fail: they never skip.
 */
public final class Postgres {

  private static final Pattern URL = Pattern.compile("^(jdbc:postgresql://[^/?]*)/?([^?]*)(.*)$");
  private static final AtomicInteger COUNT = new AtomicInteger();
  private static final List<String> MADE = new ArrayList<>();
  private static String server;

  private Postgres() {}

  /** A new, empty database, for one test or one test class. */
  public static String newDatabase() {
    String base = server();
    String name =
        String.format(
            Locale.ROOT,
            "hindsight_test_%d_%d",
            ProcessHandle.current().pid(),
            COUNT.incrementAndGet());
    try (Connection c = DriverManager.getConnection(base);
        Statement s = c.createStatement()) {
      s.execute("CREATE DATABASE " + name);
    } catch (SQLException e) {
      throw new IllegalStateException("cannot create a test database on " + base, e);
    }
    synchronized (MADE) {
      MADE.add(name);
    }
    return withDatabase(base, name);
  }

  /** The URL of the server's maintenance database, where databases are created. */
  public static synchronized String server() {
    if (server == null) {
      String given = System.getenv("HINDSIGHT_TEST_DATABASE_URL");
      server = given != null && !given.isBlank() ? given : startPrivateCluster();
      String url = server;
      dropLeftovers(url);
      Runtime.getRuntime().addShutdownHook(new Thread(() -> dropAll(url), "postgres-test-drop"));
    }
    return server;
  }

  static String withDatabase(String url, String database) {
    Matcher m = URL.matcher(url);
    if (!m.matches()) {
      throw new IllegalStateException("not a jdbc:postgresql:// URL: " + url);
    }
    return m.group(1) + "/" + database + m.group(3);
  }

  /**
   * Drops the databases of test runs whose JVM is gone: one cut short before its shutdown hook
   * dropped them leaves them on a shared server.
   */
  private static void dropLeftovers(String url) {
    Pattern made = Pattern.compile("hindsight_test_(\\d+)_\\d+");
    List<String> stale = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        var rs = s.executeQuery("SELECT datname FROM pg_database")) {
      while (rs.next()) {
        Matcher m = made.matcher(rs.getString(1));
        if (m.matches() && ProcessHandle.of(Long.parseLong(m.group(1))).isEmpty()) {
          stale.add(rs.getString(1));
        }
      }
      for (String name : stale) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("cannot reach the test PostgreSQL server " + url, e);
    }
  }

  private static void dropAll(String url) {
    List<String> names;
    synchronized (MADE) {
      names = List.copyOf(MADE);
    }
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      for (String name : names) {
        s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      }
    } catch (SQLException e) {
      // The private cluster may already be stopping; its folder goes anyway.
    }
  }

  private static String startPrivateCluster() {
    Path bin = installedBin();
    try {
      Path dir = Files.createTempDirectory("hindsight-pg");
      boolean root = "root".equals(System.getProperty("user.name"));
      List<String> as = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
      if (root) {
        UserPrincipal postgres =
            dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
        Files.setOwner(dir, postgres);
      }
      Path data = dir.resolve("data");
      run(
          as,
          bin.resolve("initdb").toString(),
          "-D",
          data.toString(),
          "-U",
          "postgres",
          "-A",
          "trust",
          "-E",
          "UTF8",
          "--locale=C",
          "--no-sync");
      int port = freePort();
      // Durability is not what these tests measure: skip the fsyncs to stay fast.
      String options =
          "-p "
              + port
              + " -k "
              + dir
              + " -c listen_addresses=127.0.0.1 -c fsync=off"
              + " -c synchronous_commit=off -c full_page_writes=off -c max_connections=200";
      run(
          as,
          bin.resolve("pg_ctl").toString(),
          "-D",
          data.toString(),
          "-o",
          options,
          "-l",
          dir.resolve("log").toString(),
          "-w",
          "-t",
          "60",
          "start");
      Runtime.getRuntime()
          .addShutdownHook(new Thread(() -> stop(as, bin, data, dir), "postgres-test-stop"));
      return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=postgres";
    } catch (IOException e) {
      throw new IllegalStateException("cannot start a PostgreSQL cluster for the tests", e);
    }
  }

  private static Path installedBin() {
    Path root = Path.of("/usr/lib/postgresql");
    try (Stream<Path> versions = Files.isDirectory(root) ? Files.list(root) : Stream.empty()) {
      return versions
          .map(v -> v.resolve("bin"))
          .filter(b -> Files.isExecutable(b.resolve("initdb")))
          .max(Comparator.comparingInt(b -> version(b.getParent())))
          .orElseThrow(
              () ->
                  new IllegalStateException(
                      "PostgreSQL is not installed: install Debian's postgresql package"
                          + " (apt-get install postgresql) or set HINDSIGHT_TEST_DATABASE_URL"));
    } catch (IOException e) {
      throw new IllegalStateException("cannot look for PostgreSQL in " + root, e);
    }
  }

  private static int version(Path dir) {
    try {
      return Integer.parseInt(dir.getFileName().toString());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private static void stop(List<String> as, Path bin, Path data, Path dir) {
    try {
      run(
          as,
          bin.resolve("pg_ctl").toString(),
          "-D",
          data.toString(),
          "-m",
          "immediate",
          "-w",
          "stop");
    } catch (RuntimeException e) {
      // Stopping at exit is best effort; the folder is removed either way.
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // A temporary folder left behind is harmless.
    }
  }

  private static void run(List<String> as, String... command) {
    List<String> full = new ArrayList<>(as);
    full.addAll(List.of(command));
    try {
      Process p = new ProcessBuilder(full).redirectErrorStream(true).start();
      p.getOutputStream().close();
      String out = new String(p.getInputStream().readAllBytes());
      if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IllegalStateException(String.join(" ", full) + " failed:\n" + out);
      }
    } catch (IOException e) {
      throw new IllegalStateException("cannot run " + String.join(" ", full), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while running " + command[0], e);
    }
  }
}
