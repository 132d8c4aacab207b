/**
 * Voice prints: with the pair's "remember our voices" scope, each member's voice is learned from
 * recordings whose speakers are known and used to name the speakers of later mixed recordings.
 * Prints are biometric data, deleted whenever the scope is not in force.
 */
package io.hindsight.voice;
