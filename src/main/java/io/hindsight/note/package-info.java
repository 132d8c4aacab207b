/** Members' notes pinned to moments of a recording, private or shared with the partner. */
package io.hindsight.note;
