package org.parley.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValuesType;
import org.apache.lucene.index.FieldInfos;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.dedup.Fingerprints;

/** The index layout (format 3): what is indexed, how facets are written, and how older stores are treated. */
class StoreLayoutTest {
  @TempDir
  Path dir;

  @Test
  void facetValuesAreTheDocValuesFacetsConfigWouldWrite() throws Exception {
    for (String[] dv : new String[][] {{Fields.F_ACTOR, "ESTGOV"}, {Fields.F_TYPE, "ACCUSE"},
        {Fields.F_SITE, "north wind"}, {Fields.F_MONTH, "2019-03"}}) {
      Document viaConfig = new Document();
      viaConfig.add(new SortedSetDocValuesFacetField(dv[0], dv[1]));
      List<IndexableField> built = ParleyStore.FACETS.build(viaConfig).getFields();
      assertEquals(1, built.size(), "no drill-down terms, one doc value");
      IndexableField direct = DocumentMapper.facet(dv[0], dv[1]);
      assertEquals(built.get(0).name(), direct.name());
      assertEquals(built.get(0).binaryValue(), direct.binaryValue());
      assertEquals(built.get(0).fieldType().docValuesType(), direct.fieldType().docValuesType());
      assertEquals(IndexOptions.NONE, direct.fieldType().indexOptions());
    }
  }

  @Test
  void onlyFieldsThatQueriesFilterOnAreIndexed() throws Exception {
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(StoreFixtures.standoff("a1", "northwind", "2019-03-04", StoreFixtures.filler(80)));
      store.commit();
    }
    try (Directory d = FSDirectory.open(dir.resolve("index")); DirectoryReader r = DirectoryReader.open(d)) {
      FieldInfos infos = FieldInfos.getMergedFieldInfos(r);
      for (String stored : List.of(Fields.ID, Fields.URL, Fields.LANGUAGE, Fields.QUOTE_KIND, Fields.CAMEO,
          Fields.NEGATED)) {
        assertEquals(IndexOptions.NONE, infos.fieldInfo(stored).getIndexOptions(), stored);
      }
      for (String indexed : List.of(Fields.UID, Fields.KIND, Fields.ARTICLE, Fields.SITE, Fields.TYPE, Fields.SOURCE,
          Fields.SOURCE_CC, Fields.TARGET, Fields.TARGET_CC, Fields.SPEAKER_CODE, Fields.SPEAKER_CC, Fields.TEXT,
          Fields.SENTENCE, Fields.SPEAKER, Fields.TITLE)) {
        assertTrue(infos.fieldInfo(indexed).getIndexOptions() != IndexOptions.NONE, indexed);
      }
      assertEquals(IndexOptions.NONE, infos.fieldInfo("$facets").getIndexOptions(), "no drill-down terms");
      // Format 3: the fingerprints a writer loads are one doc value, not stored fields read through the text.
      assertEquals(DocValuesType.BINARY, infos.fieldInfo(Fields.FINGERPRINT).getDocValuesType());
      assertEquals(IndexOptions.NONE, infos.fieldInfo(Fields.FINGERPRINT).getIndexOptions());
      for (String old : List.of(Fields.HASH, Fields.SIMHASH, Fields.LEAD_SIMHASH, Fields.PARAGRAPHS)) {
        assertNull(infos.fieldInfo(old), old);
      }
      // Quotes and events are listed newest first, never ranked: their texts need no norms; articles are ranked.
      assertTrue(infos.fieldInfo(Fields.SENTENCE).omitsNorms());
      assertTrue(infos.fieldInfo(Fields.SPEAKER).omitsNorms());
      assertTrue(infos.fieldInfo(Fields.TEXT).hasNorms());
      assertTrue(infos.fieldInfo(Fields.TITLE).hasNorms());
      // Only the article has a uid: quotes and events are never looked up by one.
      assertEquals(1, r.docFreq(new org.apache.lucene.index.Term(Fields.UID, "article:a1")));
      assertEquals(1, r.getSumDocFreq(Fields.UID));
      assertEquals(Map.of(ParleyStore.FORMAT_KEY, ParleyStore.FORMAT), SegmentInfos.readLatestCommit(d).getUserData());
    }
  }

  @Test
  void writerRefusesAnOlderLayoutWhichStillReads() throws Exception {
    // A store as format 1 left it: ids indexed, no format in the commit.
    try (Directory d = FSDirectory.open(dir.resolve("index"));
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(ParleyStore.ANALYZER))) {
      Document doc = new Document();
      doc.add(new StringField(Fields.UID, "article:old", Field.Store.NO));
      doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
      doc.add(new StringField(Fields.ID, "old", Field.Store.YES));
      doc.add(new StringField(Fields.ARTICLE, "old", Field.Store.YES));
      w.addDocument(doc);
      w.commit();
    }
    StoreException e = assertThrows(StoreException.class, () -> ParleyStore.openForWriting(dir));
    assertTrue(e.getMessage().contains("index format 1") && e.getMessage().contains("new --data directory"),
        e.getMessage());
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      assertEquals(1, r.counts().get("articles"));
      assertEquals("old", r.article("old").id());
    }
  }

  @Test
  void aFormat2StoreIsWrittenOnAndItsArticlesStillCatchCopies() throws Exception {
    String wire = StoreFixtures.filler(300);
    String other = StoreFixtures.filler(300).replace("a", "e");
    String wireText = StoreFixtures.standoff("old", "meridian", "2019-03-04", wire).article().text();
    String otherText = StoreFixtures.standoff("other", "meridian", "2019-03-04", other).article().text();
    // Two articles as format 2 stored them: fingerprints as stored fields; the second was rewritten by a fold.
    try (Directory d = FSDirectory.open(dir.resolve("index"));
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(ParleyStore.ANALYZER))) {
      w.addDocument(format2Article("other", otherText));
      w.addDocument(format2Article("old", wireText));
      w.deleteDocuments(new Term(Fields.UID, "article:old"));
      w.addDocument(format2Article("old", wireText));
      w.setLiveCommitData(Map.of(ParleyStore.FORMAT_KEY, "2").entrySet());
      w.commit();
    }
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      assertTrue(store.contains("old") && store.contains("other"));
      AddResult copy = store.add(StoreFixtures.standoff("copy", "atlas", "2019-03-04", wire));
      assertEquals(AddResult.Outcome.DUPLICATE, copy.outcome());
      assertEquals("old", copy.duplicateOf());
      store.commit();
    }
    try (Directory d = FSDirectory.open(dir.resolve("index"))) {
      assertEquals(ParleyStore.FORMAT, SegmentInfos.readLatestCommit(d).getUserData().get(ParleyStore.FORMAT_KEY));
    }
    // Reopened, the rewritten original (now format 3) and the untouched format 2 article are both known.
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      assertEquals("old", store.add(StoreFixtures.standoff("copy2", "harbor", "2019-03-04", wire)).duplicateOf());
      assertEquals("other", store.add(StoreFixtures.standoff("copy3", "coast", "2019-03-04", other)).duplicateOf());
    }
  }

  private static Document format2Article(String id, String text) {
    Fingerprints.Fingerprint fp = Fingerprints.of(text);
    Document doc = new Document();
    doc.add(new StringField(Fields.UID, "article:" + id, Field.Store.NO));
    doc.add(new StringField(Fields.KIND, Fields.KIND_ARTICLE, Field.Store.NO));
    doc.add(new StoredField(Fields.ID, id));
    doc.add(new StringField(Fields.ARTICLE, id, Field.Store.YES));
    doc.add(new StoredField(Fields.URL, "https://meridian.example/" + id));
    doc.add(new TextField(Fields.TEXT, text, Field.Store.YES));
    doc.add(new StoredField(Fields.HASH, fp.exactHash()));
    doc.add(new StoredField(Fields.SIMHASH, fp.simHash()));
    doc.add(new StoredField(Fields.LEAD_SIMHASH, fp.leadSimHash()));
    java.nio.ByteBuffer paragraphs = java.nio.ByteBuffer.allocate(fp.paragraphHashes().length * Long.BYTES);
    for (long h : fp.paragraphHashes()) {
      paragraphs.putLong(h);
    }
    doc.add(new StoredField(Fields.PARAGRAPHS, paragraphs.array()));
    return doc;
  }

  @Test
  void anEmptyIndexWithoutFormatIsWrittenAsTheCurrentOne() throws Exception {
    try (Directory d = FSDirectory.open(dir.resolve("index"));
         IndexWriter w = new IndexWriter(d, new IndexWriterConfig(ParleyStore.ANALYZER))) {
      w.commit();
    }
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      assertEquals(AddResult.Outcome.ADDED,
          store.add(StoreFixtures.standoff("a1", "northwind", "2019-03-04", StoreFixtures.filler(80))).outcome());
      store.commit();
    }
    try (Directory d = FSDirectory.open(dir.resolve("index"))) {
      assertEquals(ParleyStore.FORMAT, SegmentInfos.readLatestCommit(d).getUserData().get(ParleyStore.FORMAT_KEY));
    }
  }

  @Test
  void copiesFoldedBeforeACommitShowInTheWritersReaderAndAfterReopening() throws Exception {
    String body = StoreFixtures.filler(300);
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(StoreFixtures.standoff("wire", "meridian", "2019-03-04", body));
      store.commit();
      assertEquals(AddResult.Outcome.DUPLICATE,
          store.add(StoreFixtures.standoff("copy", "atlas", "2019-03-04", body)).outcome());
      try (StoreReader r = store.reader()) {
        assertEquals(List.of("meridian", "atlas"), r.article("wire").sites());
      }
      // Folded after that reader: the next one sees it too, each original rewritten once per batch.
      store.add(StoreFixtures.standoff("copy2", "harbor", "2019-03-04", body));
      store.add(StoreFixtures.standoff("copy3", "coast", "2019-03-04", body));
      try (StoreReader r = store.reader()) {
        assertEquals(List.of("meridian", "atlas", "harbor", "coast"), r.article("wire").sites());
        assertEquals(1, r.counts().get("articles"));
      }
      store.commit();
    }
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      StoredArticle wire = r.article("wire");
      assertEquals(List.of("https://meridian.example/wire", "https://atlas.example/copy",
          "https://harbor.example/copy2", "https://coast.example/copy3"), wire.urls());
      assertEquals(1, r.counts().get("articles"));
      assertEquals(1, r.counts().get("events"));
    }
  }

  @Test
  void copiesFoldedButNotCommittedAreLostWithTheRest() throws Exception {
    String body = StoreFixtures.filler(300);
    try (ParleyStore store = ParleyStore.openForWriting(dir)) {
      store.add(StoreFixtures.standoff("wire", "meridian", "2019-03-04", body));
      store.commit();
      store.add(StoreFixtures.standoff("copy", "atlas", "2019-03-04", body));
      // closed without commit, as a crash would leave it
    }
    try (ParleyStore store = ParleyStore.openReadOnly(dir); StoreReader r = store.reader()) {
      assertEquals(List.of("meridian"), r.article("wire").sites());
    }
  }
}
