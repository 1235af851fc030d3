package org.parley.spark;

import java.io.Serializable;

/**
 * A row of {@code failures}: an input, record or page that produced nothing. The job's own table, beside the
 * published ones of {@link org.parley.tables.Tables}.
 *
 * @param input the file, or the file and record offset ({@code file#offset})
 * @param stage {@code read} (the WARC), {@code skip} (a record holding no page), {@code extract} (the page) or
 *     {@code analyze}
 * @param reason why
 */
record FailureRow(String input, String stage, String reason) implements Serializable {}
