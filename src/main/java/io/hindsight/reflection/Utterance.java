package io.hindsight.reflection;

/**
 * What one person said without a pause: the unit the promise and question rules read.
 *
 * @param speaker who said it, or null when the recording has no speaker labels
 */
record Utterance(String speaker, double start, double end, String text) {

  double seconds() {
    return end - start;
  }
}
