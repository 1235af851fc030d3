package org.parley.bench.extraction;

/** One benchmark page: its id, URL (may be empty) and decoded HTML. */
record BenchPage(String id, String url, String html, String site) {}
