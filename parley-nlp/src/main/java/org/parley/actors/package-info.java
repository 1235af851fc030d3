/**
 * Actor dictionary and resolution of mentions to CAMEO-style actor codes.
 *
 * <p>Entry points: {@link org.parley.actors.ActorDictionary#builtIn()} (plus {@code withTabari}/{@code withCsv} for
 * user files) and {@link org.parley.actors.ActorResolver}, which takes an article's text, sentence spans and
 * {@link org.parley.actors.TokenInfo} tokens (or raw text on the fast path) and returns resolved
 * {@link org.parley.model.Mention}s.
 *
 * <p>Built-in tables live in {@code src/main/resources/org/parley/actors/}, tab-separated with a header line and
 * {@code #} comment lines describing their columns and sources (facts written for Parley):
 * {@code countries.tsv} (ISO 3166-1 alpha-3, names, adjectives/demonyms, capitals), {@code places.tsv} (well-known
 * cities and regions, coded as their country like a capital), {@code seats.tsv} (seats of government and agencies
 * used as metonyms, armed groups, movements and parties with their country and sector, news agencies),
 * {@code igos.tsv} (international bodies; the note column says which
 * codes follow the CAMEO pattern without having been verified), {@code roles.tsv} (role words → sector, with the
 * sector choices explained), {@code leaders.tsv} (date-bounded officeholders) and {@code given-names.tsv} (common
 * given names → gender, used only for pronoun agreement and name detection).
 */
@NullMarked
package org.parley.actors;

import org.jspecify.annotations.NullMarked;
