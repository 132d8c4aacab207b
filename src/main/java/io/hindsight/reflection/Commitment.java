package io.hindsight.reflection;

/**
 * A promise found in what someone said.
 *
 * @param text the words from the promise on ("i'll send you the deck by friday")
 * @param due when it was promised for, as said ("by friday"), or null when no time was said
 */
record Commitment(String text, String due) {}
