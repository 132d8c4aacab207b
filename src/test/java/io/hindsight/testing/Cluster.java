package io.hindsight.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Hindsight past one machine, on loopback: one PostgreSQL database ({@link Postgres}), one shared
 * data folder, and any number of processes of the built jar on them, serving nodes ({@link
 * #server}) and transcription workers ({@link #worker}). Everything it started is stopped on {@link
 * #close()}.
 */
public final class Cluster implements AutoCloseable {

  private final Path work;
  private final Path data;
  private final String url;
  private final List<ServedJar> servers = new ArrayList<>();
  private final List<Worker> workers = new ArrayList<>();

  private Cluster(Path work, String url) throws IOException {
    this.work = work;
    this.data = Files.createDirectories(work.resolve("data"));
    this.url = url;
  }

  /** A cluster on a new, empty database, sharing {@code work/data}. */
  public static Cluster start(Path work) throws IOException {
    return new Cluster(work, Postgres.newDatabase());
  }

  public String databaseUrl() {
    return url;
  }

  public Path data() {
    return data;
  }

  /** Runs the jar's command line against the cluster's database and data folder. */
  public JarRunner cli() {
    return new JarRunner(work, Map.of("HINDSIGHT_DATABASE_URL", url));
  }

  /** The {@code --data} argument pair to put before a command run with {@link #cli()}. */
  public String[] dataArgs() {
    return new String[] {"--data", data.toString()};
  }

  /** A serving node on a free loopback port: {@code serve --database URL extra...}. */
  public ServedJar server(String... extra) throws IOException, InterruptedException {
    List<String> args = new ArrayList<>(List.of("--database", url));
    args.addAll(List.of(extra));
    ServedJar server = ServedJar.start(work, data, args.toArray(String[]::new));
    servers.add(server);
    return server;
  }

  /** A worker, {@code worker extra...}, with {@code env} added (such as shorter heartbeats). */
  public Worker worker(Map<String, String> env, String... extra)
      throws IOException, InterruptedException {
    List<String> command =
        new ArrayList<>(
            List.of(
                "java",
                "-jar",
                JarRunner.jar().toString(),
                "--data",
                data.toString(),
                "--database",
                url,
                "worker"));
    command.addAll(List.of(extra));
    ProcessBuilder builder =
        new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true);
    builder.environment().remove("HINDSIGHT_DATA");
    builder.environment().remove("HINDSIGHT_DATABASE_URL");
    builder.environment().putAll(env);
    Worker worker = new Worker(builder.start());
    workers.add(worker);
    worker.await(line -> line.contains("takes jobs from"), Duration.ofSeconds(60));
    return worker;
  }

  /** The rows of one query on the cluster's database, each row's columns as strings. */
  public List<List<String>> query(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      List<List<String>> rows = new ArrayList<>();
      int columns = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<String> row = new ArrayList<>();
        for (int i = 1; i <= columns; i++) {
          row.add(rs.getString(i));
        }
        rows.add(row);
      }
      return rows;
    }
  }

  /** The single number a {@code SELECT count(*) ...} answers. */
  public long count(String sql) throws SQLException {
    return Long.parseLong(query(sql).get(0).get(0));
  }

  @Override
  public void close() throws InterruptedException {
    for (Worker w : workers) {
      w.close();
    }
    for (ServedJar s : servers) {
      s.close();
    }
  }

  /** A {@code hindsight worker} process and what it prints (stdout and stderr together). */
  public static final class Worker implements AutoCloseable {

    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    private Worker(Process process) {
      this.process = process;
      Thread reader =
          new Thread(
              () -> {
                try (BufferedReader out =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                  }
                } catch (IOException e) {
                  // the process ended
                }
              },
              "worker-output-" + process.pid());
      reader.setDaemon(true);
      reader.start();
    }

    public long pid() {
      return process.pid();
    }

    public Process process() {
      return process;
    }

    public List<String> output() {
      synchronized (lines) {
        return List.copyOf(lines);
      }
    }

    /** Waits until a printed line matches; fails with the output if it never does. */
    public String await(Predicate<String> line, Duration timeout) throws InterruptedException {
      long deadline = System.nanoTime() + timeout.toNanos();
      while (System.nanoTime() < deadline) {
        for (String l : output()) {
          if (line.test(l)) {
            return l;
          }
        }
        if (!process.isAlive()) {
          break;
        }
        Thread.sleep(100);
      }
      throw new IllegalStateException("the worker never printed the line: " + output());
    }

    /** Kills the process as a crash or a pulled plug would: no shutdown hook runs. */
    public void kill9() throws IOException, InterruptedException {
      new ProcessBuilder("kill", "-KILL", Long.toString(process.pid())).start().waitFor();
      process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
      if (process.isAlive()) {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
    }
  }

  /** Environment for workers that give up on a silent peer within seconds, for tests. */
  public static Map<String, String> quickTakeover() {
    Map<String, String> env = new HashMap<>();
    env.put("HINDSIGHT_HEARTBEAT_SECONDS", "1");
    env.put("HINDSIGHT_MISSED_HEARTBEATS", "4");
    env.put("HINDSIGHT_POLL_SECONDS", "0.5");
    return env;
  }
}
