package io.hindsight.web;

import io.hindsight.Hindsight;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.job.JobQueue;
import io.hindsight.note.Notes;
import io.hindsight.pair.Accounts;
import io.hindsight.pair.Agreements;
import io.hindsight.recording.Library;
import io.hindsight.search.TranscriptIndex;
import io.hindsight.search.TranscriptSearcher;

/** What the web app needs from the rest of Hindsight. */
public record WebServices(
    Accounts accounts,
    Agreements agreements,
    Library library,
    Notes notes,
    JobQueue jobs,
    TranscriptIndex index,
    TranscriptSearcher searcher,
    Sessions sessions,
    Excerpts excerpts) {

  public static WebServices of(Hindsight app) {
    return new WebServices(
        app.accounts(),
        app.agreements(),
        app.library(),
        app.notes(),
        app.jobs(),
        app.index(),
        app.searcher(),
        new Sessions(app.database()),
        app.excerpts());
  }
}
