/**
 * The Parley pipeline as an Apache Spark job: WARC files in, the Parquet tables of {@code parley export} out.
 * See docs/spark.md.
 */
@NullMarked
package org.parley.spark;

import org.jspecify.annotations.NullMarked;
