/** The command-line commands (picocli), their options and their output. */
package io.hindsight.cli;
