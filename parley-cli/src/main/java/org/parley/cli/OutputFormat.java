package org.parley.cli;

/** Output formats of the query commands. */
enum OutputFormat {
  table, json, csv
}
