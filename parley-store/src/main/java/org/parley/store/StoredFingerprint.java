package org.parley.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.util.BytesRef;
import org.jspecify.annotations.Nullable;
import org.parley.dedup.Fingerprints;

/**
 * An article's id and copy fingerprints, kept as one binary doc value ({@link Fields#FINGERPRINT}, store format 3).
 * A writer reads them for every stored article when it opens. Doc values are read without decompressing the stored
 * fields around them, which are mostly article text. Articles written before format 3 keep them as stored fields,
 * and {@link Reader} reads those too.
 */
record StoredFingerprint(String articleId, Fingerprints.Fingerprint fingerprint) {
  private static final Set<String> OLD_FIELDS = Set.of(Fields.ID, Fields.HASH, Fields.SIMHASH, Fields.LEAD_SIMHASH,
      Fields.PARAGRAPHS);

  /** The doc value: id and exact hash as length-prefixed UTF-8, both SimHashes, then the paragraph hashes. */
  BinaryDocValuesField field() {
    byte[] id = articleId.getBytes(StandardCharsets.UTF_8);
    byte[] hash = fingerprint.exactHash().getBytes(StandardCharsets.UTF_8);
    long[] paragraphs = fingerprint.paragraphHashes();
    ByteBuffer b = ByteBuffer.allocate(4 + id.length + 4 + hash.length + 16 + 8 * paragraphs.length);
    b.putInt(id.length).put(id).putInt(hash.length).put(hash);
    b.putLong(fingerprint.simHash()).putLong(fingerprint.leadSimHash());
    for (long p : paragraphs) {
      b.putLong(p);
    }
    return new BinaryDocValuesField(Fields.FINGERPRINT, new BytesRef(b.array()));
  }

  static StoredFingerprint decode(BytesRef value) {
    ByteBuffer b = ByteBuffer.wrap(value.bytes, value.offset, value.length);
    String id = string(b);
    String hash = string(b);
    long sim = b.getLong();
    long lead = b.getLong();
    long[] paragraphs = new long[b.remaining() / Long.BYTES];
    for (int i = 0; i < paragraphs.length; i++) {
      paragraphs[i] = b.getLong();
    }
    return new StoredFingerprint(id, new Fingerprints.Fingerprint(hash, sim, lead, paragraphs));
  }

  private static String string(ByteBuffer b) {
    byte[] bytes = new byte[b.getInt()];
    b.get(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /** Reads the fingerprints of one segment's articles, in increasing document order. */
  static final class Reader {
    private final LeafReader leaf;
    private final @Nullable BinaryDocValues values;
    private org.apache.lucene.index.@Nullable StoredFields stored;

    Reader(LeafReader leaf) throws IOException {
      this.leaf = leaf;
      this.values = leaf.getBinaryDocValues(Fields.FINGERPRINT);
    }

    /** The fingerprint of article document {@code doc}; documents must be asked for in increasing order. */
    StoredFingerprint read(int doc) throws IOException {
      if (values != null && values.advanceExact(doc)) {
        return decode(values.binaryValue());
      }
      // An article stored before format 3.
      if (stored == null) {
        stored = leaf.storedFields();
      }
      Document d = stored.document(doc, OLD_FIELDS);
      BytesRef p = d.getBinaryValue(Fields.PARAGRAPHS);
      long[] paragraphs = new long[p == null ? 0 : p.length / Long.BYTES];
      if (p != null) {
        ByteBuffer.wrap(p.bytes, p.offset, p.length).asLongBuffer().get(paragraphs);
      }
      return new StoredFingerprint(d.get(Fields.ID), new Fingerprints.Fingerprint(d.get(Fields.HASH),
          longOf(d, Fields.SIMHASH), longOf(d, Fields.LEAD_SIMHASH), paragraphs));
    }

    private static long longOf(Document d, String field) {
      IndexableField f = d.getField(field);
      return f == null ? 0L : f.numericValue().longValue();
    }
  }
}
