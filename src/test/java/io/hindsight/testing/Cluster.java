package io.hindsight.testing;

import io.hindsight.bench.WorkerProcess;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
  private final List<WorkerProcess> workers = new ArrayList<>();

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

  /** A serving node on a free loopback port: {@code serve extra...} on the cluster's database. */
  public ServedJar server(String... extra) throws IOException, InterruptedException {
    ServedJar server = ServedJar.start(work, data, Map.of("HINDSIGHT_DATABASE_URL", url), extra);
    servers.add(server);
    return server;
  }

  /** A worker, {@code worker extra...}, with {@code env} added (such as shorter heartbeats). */
  public WorkerProcess worker(Map<String, String> env, String... extra)
      throws IOException, InterruptedException {
    WorkerProcess worker = WorkerProcess.start(JarRunner.jar(), work, data, url, env, extra);
    workers.add(worker);
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
    for (WorkerProcess w : workers) {
      w.close();
    }
    for (ServedJar s : servers) {
      s.close();
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
