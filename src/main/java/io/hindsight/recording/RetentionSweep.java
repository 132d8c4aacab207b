package io.hindsight.recording;

import io.hindsight.pair.Accounts;
import io.hindsight.pair.Agreements;
import io.hindsight.pair.Terms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Enforces each pair's retention: deletes the recordings of sessions older than the agreed number
 * of days, with their media, transcript, index entries and notes. {@code serve} runs it daily. The
 * terms that apply are the last both members signed: a pending proposal is not yet agreed.
 */
public final class RetentionSweep implements Runnable {

  private static final Logger LOG = LoggerFactory.getLogger(RetentionSweep.class);

  private final Accounts accounts;
  private final Agreements agreements;
  private final Library library;

  public RetentionSweep(Accounts accounts, Agreements agreements, Library library) {
    this.accounts = accounts;
    this.agreements = agreements;
    this.library = library;
  }

  /** Runs the sweep for today; returns the deleted recordings' ids. */
  public List<String> sweep(LocalDate today) {
    List<String> deleted = new ArrayList<>();
    for (String pair : accounts.pairs()) {
      Terms terms = agreements.of(pair).effective();
      if (terms == null || terms.retentionDays() == 0) {
        continue;
      }
      LocalDate cutoff = today.minusDays(terms.retentionDays());
      for (String id : library.deleteRecordedBefore(pair, cutoff)) {
        LOG.info(
            "Retention: deleted recording {} of pair {} (kept {} days)",
            id,
            pair,
            terms.retentionDays());
        deleted.add(id);
      }
    }
    return deleted;
  }

  @Override
  public void run() {
    try {
      sweep(LocalDate.now());
    } catch (RuntimeException e) {
      LOG.error("The retention sweep failed; it runs again tomorrow", e);
    }
  }
}
