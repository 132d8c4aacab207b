package io.hindsight.excerpt;

import java.util.SortedSet;

/**
 * An excerpt with its words: what its members review before approving.
 *
 * @param redaction the excerpt's words and which are hidden; the shared text, spans and captions
 * @param suggested the word indexes the suggester proposes, so a member sees what they undid
 * @param publishBlock why the current version cannot be published now; null when it can
 */
public record ExcerptContent(
    Excerpt excerpt,
    Redaction redaction,
    SortedSet<Integer> suggested,
    PublishBlock publishBlock) {}
