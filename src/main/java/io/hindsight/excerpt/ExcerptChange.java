package io.hindsight.excerpt;

import java.util.List;

/**
 * An edit of a draft excerpt; null fields stay as they are. Words name every occurrence in the
 * excerpt; indexes name one word each (what clicking a word in the preview sends).
 */
public record ExcerptChange(
    String title,
    String context,
    List<String> redactWords,
    List<String> unredactWords,
    List<Integer> redactIndexes,
    List<Integer> unredactIndexes,
    Boolean bleep) {}
