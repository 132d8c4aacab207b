/**
 * Reflection between sessions: the promises made in a session (follow-ups), who spoke how much and
 * asked what (insights), and what to bring to the next session. The rules read recognized speech:
 * lowercase words without punctuation, so they look at words and their order only.
 */
package io.hindsight.reflection;
