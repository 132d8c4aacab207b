package io.hindsight.transcribe;

/**
 * A word the recognizer almost heard in place of the word it chose: a word of one of its runner-up
 * hypotheses (Vosk's N-best) at the same moment.
 *
 * @param conf the share of the recognizer's belief that went to hypotheses with this word, 0..1
 */
public record Alternative(String word, double conf) {}
