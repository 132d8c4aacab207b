package io.hindsight.web;

import io.hindsight.editing.TranscriptEditor;
import io.hindsight.excerpt.Excerpts;
import io.hindsight.job.Jobs;
import io.hindsight.note.Notes;
import io.hindsight.pair.Accounts;
import io.hindsight.pair.Agreements;
import io.hindsight.recording.IngestPipeline;
import io.hindsight.recording.Library;
import io.hindsight.reflection.FollowUps;
import io.hindsight.reflection.Insights;
import io.hindsight.search.TranscriptSearcher;
import io.hindsight.voice.VoicePrints;

/** What the web app needs from the rest of Hindsight, which {@code Hindsight} wires. */
public record WebServices(
    Accounts accounts,
    Agreements agreements,
    Library library,
    IngestPipeline pipeline,
    Notes notes,
    Jobs jobs,
    TranscriptSearcher searcher,
    Sessions sessions,
    Excerpts excerpts,
    TranscriptEditor editor,
    FollowUps followUps,
    Insights insights,
    VoicePrints voices) {}
