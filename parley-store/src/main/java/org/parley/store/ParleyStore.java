package org.parley.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexNotFoundException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.jspecify.annotations.Nullable;
import org.parley.extract.Fingerprints;
import org.parley.model.Analysis;
import org.parley.model.Article;

/**
 * The embedded store: one Lucene index under {@code DIR/index} holding articles, quotes and events.
 *
 * <p>Open it for writing ({@link #openForWriting}) from one process at a time — Lucene's write lock refuses a
 * second writer — or read-only ({@link #openReadOnly}) from any number of processes, also while a writer runs.
 * Nothing is visible to other processes, nor survives a crash, until {@link #commit()}: a crash loses at most the
 * work since the last commit, never what was committed.
 */
public final class ParleyStore implements AutoCloseable {
  static final Analyzer ANALYZER = newAnalyzer();
  static final FacetsConfig FACETS = newFacetsConfig();

  private final Path dir;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final Set<String> articleIds = new HashSet<>();
  private final Map<String, String> idByHash = new HashMap<>();
  private final List<long[]> simHashes = new ArrayList<>();
  private final List<String> simHashIds = new ArrayList<>();
  private final ParagraphIndex paragraphIndex = new ParagraphIndex();

  private ParleyStore(Path dir, Directory directory, @Nullable IndexWriter writer, SearcherManager searchers) {
    this.dir = dir;
    this.directory = directory;
    this.writer = writer;
    this.searchers = searchers;
  }

  /**
   * Opens (creating if needed) the store for writing.
   *
   * @throws StoreException when another process is writing to it, or it is not a readable store
   */
  public static ParleyStore openForWriting(Path dir) throws StoreException {
    Directory directory = null;
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir.resolve("index"));
      IndexWriterConfig cfg = new IndexWriterConfig(ANALYZER);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(128);
      cfg.setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, cfg);
      ParleyStore store = new ParleyStore(dir, directory, writer, new SearcherManager(writer, null));
      store.loadFingerprints();
      return store;
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new StoreException("store " + dir + " is being written by another process (a running 'parley ingest'?);"
          + " wait for it to finish, or use another --data directory", e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException("cannot open store " + dir + " for writing: " + e.getMessage(), e);
    }
  }

  /**
   * Opens an existing store for reading. Works while another process writes; it sees the last commit.
   *
   * @throws StoreException when there is no store at {@code dir} or it cannot be read
   */
  public static ParleyStore openReadOnly(Path dir) throws StoreException {
    Directory directory = null;
    try {
      directory = FSDirectory.open(dir.resolve("index"));
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new StoreException("no Parley store at " + dir + " (run 'parley ingest --data " + dir + " …' first)");
      }
      return new ParleyStore(dir, directory, null, new SearcherManager(directory, null));
    } catch (IndexNotFoundException e) {
      closeQuietly(directory);
      throw new StoreException("no Parley store at " + dir, e);
    } catch (StoreException e) {
      throw e;
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException("cannot read store " + dir + " (damaged?): " + e.getMessage(), e);
    }
  }

  /** The directory the store lives in. */
  public Path dir() {
    return dir;
  }

  /** Whether an article with this id is stored (committed or added in this session). */
  public synchronized boolean contains(String articleId) {
    return articleIds.contains(articleId);
  }

  /**
   * Adds an analysed article with its quotes and events, unless it is already stored or is a copy of a stored
   * story, in which case the copy's URL and site are added to the stored one.
   */
  public synchronized AddResult add(Analysis analysis) throws StoreException {
    IndexWriter w = requireWriter();
    Article a = analysis.article();
    if (articleIds.contains(a.id())) {
      return new AddResult(AddResult.Outcome.ALREADY_STORED, a.id(), a.id());
    }
    String text = a.text();
    Fingerprints.Fingerprint fp = Fingerprints.of(text);
    String hash = fp.exactHash();
    long simHash = fp.simHash();
    long leadHash = fp.leadSimHash();
    long[] paragraphs = fp.paragraphHashes();
    try {
      String same = text.isBlank() ? null : idByHash.get(hash);
      if (same != null) {
        foldInto(same, a);
        return new AddResult(AddResult.Outcome.DUPLICATE, same, same);
      }
      String near = nearDuplicateOf(simHash, leadHash);
      if (near == null) {
        near = paragraphIndex.copyOf(paragraphs);
      }
      if (near != null) {
        foldInto(near, a);
        return new AddResult(AddResult.Outcome.NEAR_DUPLICATE, near, near);
      }
      String url = provenance(a);
      List<Document> docs = new ArrayList<>();
      docs.add(FACETS.build(DocumentMapper.article(a, List.of(url), a.site() == null ? List.of() : List.of(a.site()),
          hash, simHash, leadHash, paragraphs)));
      for (int i = 0; i < analysis.quotes().size(); i++) {
        docs.add(FACETS.build(DocumentMapper.quote(analysis, i, analysis.quotes().get(i), url, a.site())));
      }
      for (int i = 0; i < analysis.events().size(); i++) {
        docs.add(FACETS.build(DocumentMapper.event(analysis, i, analysis.events().get(i), url, a.site())));
      }
      w.addDocuments(docs);
    } catch (IOException e) {
      throw new StoreException("cannot write article " + a.id() + " to " + dir + ": " + e.getMessage(), e);
    }
    remember(a.id(), hash, simHash, leadHash, paragraphs);
    return new AddResult(AddResult.Outcome.ADDED, a.id(), null);
  }

  private static String provenance(Article a) {
    return a.url() != null ? a.url() : a.origin();
  }

  private void foldInto(String storedId, Article copy) throws IOException {
    IndexWriter w = requireWriter();
    searchers.maybeRefreshBlocking();
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs top = s.search(new TermQuery(new Term(Fields.UID, Fields.KIND_ARTICLE + ":" + storedId)), 1);
      if (top.scoreDocs.length == 0) {
        return;
      }
      Document stored = s.storedFields().document(top.scoreDocs[0].doc);
      StoredArticle sa = DocumentMapper.toArticle(stored, null);
      List<String> urls = new ArrayList<>(sa.urls());
      List<String> sites = new ArrayList<>(sa.sites());
      String url = provenance(copy);
      if (urls.contains(url)) {
        return;
      }
      urls.add(url);
      if (copy.site() != null && !sites.contains(copy.site())) {
        sites.add(copy.site());
      }
      Article original = new Article(sa.id(), url, urls.get(0), null, sa.title(), sa.standfirst(), null,
          sa.authors(), sa.language(), List.of(sa.text()), List.of());
      Document doc = DocumentMapper.article(original, urls, sites, stored.get(Fields.HASH),
          longOf(stored, Fields.SIMHASH), longOf(stored, Fields.LEAD_SIMHASH), paragraphsOf(stored));
      // Keep the original's date: the copy may be re-dated by the syndicating site.
      copyDay(stored, doc);
      w.updateDocument(new Term(Fields.UID, Fields.KIND_ARTICLE + ":" + storedId), FACETS.build(doc));
    } finally {
      searchers.release(s);
    }
  }

  private static void copyDay(Document from, Document to) {
    if (from.getField(Fields.DAY) != null) {
      java.time.LocalDate day = java.time.LocalDate.ofEpochDay(from.getField(Fields.DAY).numericValue().longValue());
      String published = from.get(Fields.PUBLISHED);
      to.add(new org.apache.lucene.document.StoredField(Fields.PUBLISHED, published == null ? day.toString() : published));
      DocumentMapper.addDay(to, day);
    }
  }


  private @Nullable String nearDuplicateOf(long simHash, long leadHash) {
    if (simHash == 0L) {
      return null;
    }
    for (int i = 0; i < simHashes.size(); i++) {
      long[] h = simHashes.get(i);
      if (Fingerprints.nearDuplicates(simHash, h[0]) || Fingerprints.nearDuplicates(leadHash, h[1])) {
        return simHashIds.get(i);
      }
    }
    return null;
  }

  private void remember(String id, String hash, long simHash, long leadHash, long[] paragraphs) {
    articleIds.add(id);
    paragraphIndex.add(id, paragraphs);
    idByHash.putIfAbsent(hash, id);
    if (simHash != 0L) {
      simHashes.add(new long[] {simHash, leadHash});
      simHashIds.add(id);
    }
  }

  private static long[] paragraphsOf(Document d) {
    org.apache.lucene.util.BytesRef b = d.getBinaryValue(Fields.PARAGRAPHS);
    if (b == null) {
      return new long[0];
    }
    java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b.bytes, b.offset, b.length);
    long[] out = new long[b.length / Long.BYTES];
    for (int i = 0; i < out.length; i++) {
      out[i] = buf.getLong();
    }
    return out;
  }

  private static long longOf(Document d, String field) {
    var f = d.getField(field);
    return f == null ? 0L : f.numericValue().longValue();
  }

  private void loadFingerprints() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      TopDocs all = s.search(new TermQuery(new Term(Fields.KIND, Fields.KIND_ARTICLE)), Integer.MAX_VALUE);
      StoredFields fields = s.storedFields();
      for (ScoreDoc sd : all.scoreDocs) {
        Document d = fields.document(sd.doc, Set.of(Fields.ID, Fields.HASH, Fields.SIMHASH, Fields.LEAD_SIMHASH,
            Fields.PARAGRAPHS));
        remember(d.get(Fields.ID), d.get(Fields.HASH), longOf(d, Fields.SIMHASH), longOf(d, Fields.LEAD_SIMHASH),
            paragraphsOf(d));
      }
    } finally {
      searchers.release(s);
    }
  }

  /** Makes everything added so far durable and visible to readers. */
  public synchronized void commit() throws StoreException {
    try {
      requireWriter().commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot commit to " + dir + " (disk full?): " + e.getMessage()
          + "; the store keeps its last commit", e);
    }
  }

  /** Queries over this store's last commit (or, for the writer, everything added so far). */
  public StoreReader reader() throws StoreException {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new StoreException("cannot refresh reader of " + dir + ": " + e.getMessage(), e);
    }
    return new StoreReader(searchers);
  }

  private IndexWriter requireWriter() {
    if (writer == null) {
      throw new IllegalStateException("store " + dir + " was opened read-only");
    }
    return writer;
  }

  /** Closes the store without committing: call {@link #commit()} first to keep what was added. */
  @Override
  public void close() throws StoreException {
    try {
      searchers.close();
      if (writer != null) {
        writer.rollback();
      }
      directory.close();
    } catch (IOException e) {
      throw new StoreException("cannot close store " + dir + ": " + e.getMessage(), e);
    }
  }

  private static void closeQuietly(@Nullable Directory d) {
    if (d != null) {
      try {
        d.close();
      } catch (IOException ignored) {
        // Already failing with a clearer message.
      }
    }
  }

  private static Analyzer newAnalyzer() {
    Analyzer english = new EnglishAnalyzer();
    Map<String, Analyzer> perField = new HashMap<>();
    for (String f : List.of(Fields.TEXT, Fields.TITLE, Fields.SENTENCE)) {
      perField.put(f, english);
    }
    perField.put(Fields.SPEAKER, new org.apache.lucene.analysis.standard.StandardAnalyzer());
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), perField);
  }

  private static FacetsConfig newFacetsConfig() {
    FacetsConfig c = new FacetsConfig();
    c.setMultiValued(Fields.F_ACTOR, true);
    c.setMultiValued(Fields.F_SITE, true);
    return c;
  }
}
