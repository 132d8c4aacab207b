/**
 * Speech to text with Vosk: track planning, cutting at silences, parallel recognition, segments and
 * caption formats.
 */
package io.hindsight.transcribe;
