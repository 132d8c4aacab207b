/**
 * The Lucene index of segments and notes, and the searcher whose hits carry match spans, not
 * markup.
 */
package io.hindsight.search;
