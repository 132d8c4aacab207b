/** The persistent queue of background jobs that process uploads, with their stages and progress. */
package io.hindsight.job;
