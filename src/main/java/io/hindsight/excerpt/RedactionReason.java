package io.hindsight.excerpt;

/** Why a stretch of words was suggested for redaction. */
public enum RedactionReason {
  /** A pair member's first or full name, or a title with the last name ("doctor miller"). */
  NAME,
  /** A word or phrase from the pair's "always redact" list. */
  CUSTOM,
  /** A spoken e-mail address, from its first word to the end of the domain. */
  EMAIL,
  /** Four or more number words in a row: phone numbers, account numbers, codes. */
  PHONE,
  /** A spoken web address, with its "slash ..." path. */
  WEB_ADDRESS
}
