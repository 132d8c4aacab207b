/** Shared excerpts: redaction, both members' approval, share links and their clips. */
package io.hindsight.excerpt;
