/**
 * Wiring (Hindsight) and what every feature shares: the failure type, ids, HTML escaping, event
 * listeners.
 */
package io.hindsight;
