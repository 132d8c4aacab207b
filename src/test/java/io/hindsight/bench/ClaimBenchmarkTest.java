package io.hindsight.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hindsight.db.Database;
import io.hindsight.testing.Postgres;
import org.junit.jupiter.api.Test;

/** db-scheduler's claims on Hindsight's own scheduled_tasks table: every job runs exactly once. */
class ClaimBenchmarkTest {

  @Test
  void sixteenClaimersRunEveryJobOnceOnTheMigratedSchema() throws Exception {
    String url = Postgres.newDatabase();
    try (Database db = Database.open(url)) {
      ClaimBenchmark.Result result = ClaimBenchmark.run(url, 300, 16);
      assertEquals(300, result.jobs());
      assertEquals(0, result.duplicates());
      assertTrue(result.claimsPerSecond() > 0);
      assertEquals(
          0,
          db.queryOne("SELECT count(*) FROM scheduled_tasks", row -> row.getInt(1)).orElseThrow(),
          "a finished one-time job leaves no row");
    }
  }
}
