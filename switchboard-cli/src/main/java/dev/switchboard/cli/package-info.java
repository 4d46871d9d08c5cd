/** The {@code switchboard} command line: the application jar's entry point and its subcommands. */
package dev.switchboard.cli;
