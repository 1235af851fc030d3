package org.parley.store;

/**
 * One value of a facet with its count.
 *
 * @param value the facet value (an actor code, a PLOVER type, a site, a month)
 * @param count how many matching records carry it
 */
public record FacetCount(String value, long count) {}
