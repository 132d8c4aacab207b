package io.hindsight.web.view;

/**
 * A failed request, for a person.
 *
 * @param heading e.g. "404 · Not Found"
 * @param message what went wrong, as a sentence
 */
public record ErrorView(Frame frame, String heading, String message) {}
