package org.parley.store;

/** Field names of the index. One index holds all kinds; {@code kind} tells them apart. */
final class Fields {
  private Fields() {}

  static final String UID = "uid";
  static final String KIND = "kind";
  static final String ID = "id";
  static final String ARTICLE = "article";
  static final String URL = "url";
  static final String SITE = "site";
  static final String TITLE = "title";
  static final String STANDFIRST = "standfirst";
  static final String TEXT = "text";
  static final String PUBLISHED = "published";
  static final String DAY = "day";
  static final String AUTHORS = "authors";
  static final String LANGUAGE = "language";
  /** An article's id and copy fingerprints in one binary doc value (store format 3, {@link StoredFingerprint}). */
  static final String FINGERPRINT = "fingerprint";
  /** Before format 3, the fingerprints were these stored fields; read for the articles stored then. */
  static final String HASH = "hash";
  static final String SIMHASH = "simhash";
  static final String LEAD_SIMHASH = "simhash_lead";
  static final String PARAGRAPHS = "paragraph_hashes";
  static final String QUOTE_KIND = "qkind";
  /** "speech" or "belief"; quotes stored before it existed have none and are read as speech. */
  static final String QUOTE_ATTRIBUTION = "qattr";
  static final String SPEAKER = "speaker";
  static final String SPEAKER_CODE = "speaker_code";
  static final String SPEAKER_CC = "speaker_cc";
  static final String CUE = "cue";
  static final String SENTENCE = "sentence";
  static final String TYPE = "type";
  static final String CAMEO = "cameo";
  static final String QUAD = "quad";
  static final String GOLDSTEIN = "goldstein";
  static final String SOURCE = "source";
  static final String SOURCE_CC = "source_cc";
  static final String SOURCE_NAME = "source_name";
  static final String SOURCE_NAMED = "source_named";
  static final String TARGET = "target";
  static final String TARGET_CC = "target_cc";
  static final String TARGET_NAME = "target_name";
  static final String PRECISION = "precision";
  static final String NEGATED = "negated";
  static final String RULE = "rule";
  /**
   * Offsets (since 2026-12-07): each span is two stored ints, {@code <name>_start} and {@code <name>_end}, named as
   * the tables' columns; records stored before have none.
   */
  static final String QUOTE_SPAN = "quote";
  static final String SENTENCE_SPAN = "sentence";
  static final String SPEAKER_SPAN = "speaker";
  static final String CUE_SPAN = "cue";
  static final String TRIGGER_SPAN = "trigger";
  static final String SOURCE_SPAN = "source";
  static final String TARGET_SPAN = "target";

  /** Facet dimensions. */
  static final String F_ACTOR = "f_actor";
  static final String F_TYPE = "f_type";
  static final String F_SITE = "f_site";
  static final String F_MONTH = "f_month";

  static final String KIND_ARTICLE = "article";
  static final String KIND_QUOTE = "quote";
  static final String KIND_EVENT = "event";
}
