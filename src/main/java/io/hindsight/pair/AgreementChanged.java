package io.hindsight.pair;

/**
 * A pair's agreement changed: a signature, a new version or a withdrawal. Features that rely on
 * consent (shared excerpts) stop at once when it is taken back.
 */
public record AgreementChanged(Agreement agreement) {}
