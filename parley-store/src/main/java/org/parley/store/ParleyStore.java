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
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;
import org.jspecify.annotations.Nullable;
import org.parley.dedup.CopyIndex;
import org.parley.dedup.Fingerprints;
import org.parley.model.Analysis;
import org.parley.tables.EventRow;
import org.parley.tables.QuoteRow;
import org.parley.tables.Tables;
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
  /**
   * The index layout, kept in every commit's user data under {@link #FORMAT_KEY}. 2: only fields some query filters
   * on are indexed, the others stored; uids on articles only; facets without drill-down terms; no norms on the texts
   * of quotes and events (never ranked). Lucene refuses to add documents whose fields are indexed differently from
   * the index's, so a writer opens only stores of this layout; readers read both. 3: as 2, but an article's id and
   * copy fingerprints are one binary doc value ({@link StoredFingerprint}), so a writer opens without decompressing
   * every article's stored text; a format 2 store is written on as format 3 (its articles' stored fingerprints are
   * still read).
   */
  static final String FORMAT = "3";
  /** Formats a writer adds to: those whose fields are indexed as this version indexes them. */
  private static final Set<String> WRITABLE_FORMATS = Set.of("2", FORMAT);
  static final String FORMAT_KEY = "parley.format";

  private final Path dir;
  private final Directory directory;
  private final @Nullable IndexWriter writer;
  private final SearcherManager searchers;
  private final Set<String> articleIds = new HashSet<>();
  /** Stored articles as originals of copies; {@link #idsBySlot} names each slot. */
  private final CopyIndex copies = new CopyIndex();
  private final List<String> idsBySlot = new ArrayList<>();
  /** Articles reserved by {@link #add} whose documents are being written; guarded by this store's monitor. */
  private final Set<String> writing = new HashSet<>();
  /** Adds share it, {@link #commit()} takes it alone: a commit never falls between reserving and writing. */
  private final java.util.concurrent.locks.ReadWriteLock commitLock =
      new java.util.concurrent.locks.ReentrantReadWriteLock();
  /**
   * Copies folded since the last commit, per stored original in the order they were folded. Rewriting the original
   * needs its stored document, hence a reader that sees it, and reopening one flushes every document buffered so far:
   * once per commit ({@link #applyFolds}) rather than once per copy. Guarded by {@link #foldLock}.
   */
  private final Map<String, List<Copy>> pendingFolds = new java.util.LinkedHashMap<>();
  /** Folding copies rewrites the stored originals' documents: one batch at a time. */
  private final Object foldLock = new Object();

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
      checkFormat(dir, directory);
      IndexWriterConfig cfg = new IndexWriterConfig(ANALYZER);
      cfg.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      cfg.setRAMBufferSizeMB(128);
      // Flushed segments stay as separate files: packing each into a compound file rewrites it once more.
      cfg.setUseCompoundFile(false);
      cfg.setCommitOnClose(false);
      IndexWriter writer = new IndexWriter(directory, cfg);
      writer.setLiveCommitData(Map.of(FORMAT_KEY, FORMAT).entrySet());
      ParleyStore store = new ParleyStore(dir, directory, writer, new SearcherManager(writer, TimedSearchers.FACTORY));
      store.loadFingerprints();
      return store;
    } catch (StoreException e) {
      throw e;
    } catch (LockObtainFailedException e) {
      closeQuietly(directory);
      throw new StoreException("store " + dir + " is being written by another process (a running 'parley ingest'?);"
          + " wait for it to finish, or use another --data directory", e);
    } catch (IOException e) {
      closeQuietly(directory);
      throw new StoreException("cannot open store " + dir + " for writing: " + e.getMessage(), e);
    }
  }

  /** Refuses to write to a store of another layout: its documents and the new ones could not share one index. */
  private static void checkFormat(Path dir, Directory directory) throws IOException, StoreException {
    if (!DirectoryReader.indexExists(directory)) {
      return;
    }
    org.apache.lucene.index.SegmentInfos last = org.apache.lucene.index.SegmentInfos.readLatestCommit(directory);
    String format = last.getUserData().getOrDefault(FORMAT_KEY, "1");
    if (last.totalMaxDoc() > 0 && !WRITABLE_FORMATS.contains(format)) {
      directory.close();
      throw new StoreException("store " + dir + " has index format " + format + ", and this version of Parley adds"
          + " only to format 2 and " + FORMAT + " stores (it still reads the old one): ingest into a new --data"
          + " directory, e.g. from this store's Parquet export with 'parley ingest --parquet'");
    }
  }

  /**
   * Opens an existing store for reading. Works while another process writes; it sees the last commit.
   *
   * @throws StoreException when there is no store at {@code dir} or it cannot be read
   */
  public static ParleyStore openReadOnly(Path dir) throws StoreException {
    Directory directory = null;
    if (!Files.isDirectory(dir.resolve("index"))) {
      // checked first: opening a Lucene directory creates it, and a reader must leave no empty store behind
      throw new StoreException("no Parley store at " + dir + (Files.exists(dir) ? "" : " (no such directory)")
          + "; run 'parley ingest --data " + dir + " …' first");
    }
    try {
      directory = FSDirectory.open(dir.resolve("index"));
      if (!DirectoryReader.indexExists(directory)) {
        directory.close();
        throw new StoreException("no Parley store at " + dir + " (run 'parley ingest --data " + dir + " …' first)");
      }
      return new ParleyStore(dir, directory, null, new SearcherManager(directory, TimedSearchers.FACTORY));
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
   * story, in which case the copy's URL and site are added to the stored one (written by the next {@link #commit()},
   * and seen by the next {@link #reader()} of this writer).
   *
   * <p>Safe to call from several threads at once: fingerprinting, building the Lucene documents and writing them
   * run in parallel; only the duplicate check is serialised. Which of two copies added at the same moment becomes
   * the stored original is then up to the scheduler. A {@link #commit()} waits for the adds under way, so it holds
   * every article whose {@code add} returned before it was called.
   */
  public AddResult add(Analysis analysis) throws StoreException {
    IndexWriter w = requireWriter();
    Article a = analysis.article();
    if (contains(a.id())) {
      return new AddResult(AddResult.Outcome.ALREADY_STORED, a.id(), a.id());
    }
    String text = a.text();
    Fingerprints.Fingerprint fp = Fingerprints.of(text);
    // Built before knowing whether the article is new: copies are rare, and this work then runs in parallel.
    List<Document> docs;
    try {
      docs = documents(analysis, text, fp);
    } catch (IOException e) {
      throw new StoreException("cannot map article " + a.id() + ": " + e.getMessage(), e);
    }
    while (true) {
      commitLock.readLock().lock();
      try {
        Reservation r = null;
        String original = null;
        AddResult.Outcome outcome = AddResult.Outcome.DUPLICATE;
        synchronized (this) {
          if (articleIds.contains(a.id())) {
            return new AddResult(AddResult.Outcome.ALREADY_STORED, a.id(), a.id());
          }
          CopyIndex.Match match = copies.originalOf(fp, text.isBlank());
          if (match == null) {
            // Reserved before writing, so that a copy added meanwhile by another thread is folded into this one.
            r = remember(a.id(), fp);
            writing.add(a.id());
          } else {
            original = idsBySlot.get(match.slot());
            if (match.rule() != CopyIndex.Rule.SAME_TEXT) {
              outcome = AddResult.Outcome.NEAR_DUPLICATE;
            }
            if (!awaitWritten(original)) {
              continue; // The original's write failed and was withdrawn: decide again.
            }
          }
        }
        if (r == null) {
          synchronized (foldLock) {
            pendingFolds.computeIfAbsent(original, k -> new ArrayList<>()).add(new Copy(provenance(a), a.site()));
          }
          return new AddResult(outcome, original, original);
        }
        boolean written = false;
        try {
          w.addDocuments(docs);
          written = true;
        } catch (IOException e) {
          throw new StoreException("cannot write article " + a.id() + " to " + dir + ": " + e.getMessage(), e);
        } finally {
          synchronized (this) {
            writing.remove(a.id());
            if (!written) {
              forget(r);
            }
            notifyAll();
          }
        }
        return new AddResult(AddResult.Outcome.ADDED, a.id(), null);
      } catch (IOException e) {
        throw new StoreException("cannot write article " + a.id() + " to " + dir + ": " + e.getMessage(), e);
      } finally {
        commitLock.readLock().unlock();
      }
    }
  }

  /**
   * Waits (releasing this store's monitor) while another thread is writing article {@code id}.
   *
   * @return whether the article is stored; false when its write failed
   */
  private boolean awaitWritten(String id) throws StoreException {
    while (writing.contains(id)) {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new StoreException("interrupted while waiting for article " + id + " to be written", e);
      }
    }
    return articleIds.contains(id);
  }

  /** The article's Lucene documents: the article first, then its quotes and events. */
  private static List<Document> documents(Analysis analysis, String text, Fingerprints.Fingerprint fp)
      throws IOException {
    Article a = analysis.article();
    String url = provenance(a);
    List<Document> docs = new ArrayList<>(1 + analysis.quotes().size() + analysis.events().size());
    docs.add(DocumentMapper.article(a, text, List.of(url), a.site() == null ? List.of() : List.of(a.site()), fp));
    // Quotes and events go in as the rows of the published tables, so what export writes is what the Spark job does.
    for (QuoteRow q : Tables.quotes(analysis)) {
      docs.add(DocumentMapper.quote(q));
    }
    List<EventRow> events = Tables.events(analysis);
    for (int i = 0; i < events.size(); i++) {
      docs.add(DocumentMapper.event(events.get(i), analysis.events().get(i)));
    }
    return docs;
  }

  private static String provenance(Article a) {
    return Tables.provenance(a);
  }

  /** Rewrites the originals of the copies folded since the last call, each once, with the copies' URLs and sites. */
  private void applyFolds() throws IOException {
    synchronized (foldLock) {
      if (pendingFolds.isEmpty()) {
        return;
      }
      // Originals and copies of this batch may still be buffered: one reopen makes them all readable.
      searchers.maybeRefreshBlocking();
      IndexSearcher s = searchers.acquire();
      try {
        for (Map.Entry<String, List<Copy>> e : pendingFolds.entrySet()) {
          foldInto(s, e.getKey(), e.getValue());
        }
      } finally {
        searchers.release(s);
      }
      pendingFolds.clear();
    }
  }

  /** What a folded copy adds to its original. */
  private record Copy(String url, @Nullable String site) {}

  private void foldInto(IndexSearcher s, String storedId, List<Copy> copies) throws IOException {
    IndexWriter w = requireWriter();
    TopDocs top = s.search(new TermQuery(new Term(Fields.UID, Fields.KIND_ARTICLE + ":" + storedId)), 1);
    if (top.scoreDocs.length == 0) {
      return;
    }
    int doc = top.scoreDocs[0].doc;
    Document stored = s.storedFields().document(doc);
    StoredArticle sa = DocumentMapper.toArticle(stored, null);
    List<String> urls = new ArrayList<>(sa.urls());
    List<String> sites = new ArrayList<>(sa.sites());
    boolean changed = false;
    for (Copy copy : copies) {
      // As when each copy was folded on its own: a copy whose URL is known adds nothing, not even its site.
      if (urls.contains(copy.url())) {
        continue;
      }
      changed = true;
      urls.add(copy.url());
      if (copy.site() != null && !sites.contains(copy.site())) {
        sites.add(copy.site());
      }
    }
    if (!changed) {
      return;
    }
    Article original = new Article(sa.id(), urls.get(urls.size() - 1), urls.get(0), null, sa.title(), sa.standfirst(), null,
        sa.authors(), sa.language(), List.of(sa.text()), List.of());
    List<LeafReaderContext> leaves = s.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    Fingerprints.Fingerprint fp = new StoredFingerprint.Reader(leaf.reader()).read(doc - leaf.docBase).fingerprint();
    Document rewritten = DocumentMapper.article(original, sa.text(), urls, sites, fp);
    // Keep the original's date: the copy may be re-dated by the syndicating site.
    copyDay(stored, rewritten);
    w.updateDocument(new Term(Fields.UID, Fields.KIND_ARTICLE + ":" + storedId), rewritten);
  }

  private static void copyDay(Document from, Document to) {
    if (from.getField(Fields.DAY) != null) {
      java.time.LocalDate day = java.time.LocalDate.ofEpochDay(from.getField(Fields.DAY).numericValue().longValue());
      String published = from.get(Fields.PUBLISHED);
      to.add(new org.apache.lucene.document.StoredField(Fields.PUBLISHED, published == null ? day.toString() : published));
      DocumentMapper.addDay(to, day);
    }
  }


  /** What {@link #remember} registered, so that a failed write can be withdrawn. */
  private record Reservation(String id, int slot) {}

  private Reservation remember(String id, Fingerprints.Fingerprint fp) {
    articleIds.add(id);
    int slot = copies.add(fp);
    idsBySlot.add(id);
    return new Reservation(id, slot);
  }

  private void forget(Reservation r) {
    articleIds.remove(r.id());
    copies.remove(r.slot());
  }

  /** Registers every stored article, in document order, as the original of copies to come. */
  private void loadFingerprints() throws IOException {
    IndexSearcher s = searchers.acquire();
    try {
      for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
        PostingsEnum articles = leaf.reader().postings(new Term(Fields.KIND, Fields.KIND_ARTICLE));
        if (articles == null) {
          continue;
        }
        Bits live = leaf.reader().getLiveDocs();
        StoredFingerprint.Reader fingerprints = new StoredFingerprint.Reader(leaf.reader());
        for (int doc = articles.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = articles.nextDoc()) {
          if (live == null || live.get(doc)) {
            StoredFingerprint f = fingerprints.read(doc);
            remember(f.articleId(), f.fingerprint());
          }
        }
      }
    } finally {
      searchers.release(s);
    }
  }

  /** Makes everything added so far durable and visible to readers. */
  public void commit() throws StoreException {
    commitLock.writeLock().lock();
    try {
      applyFolds();
      requireWriter().commit();
      searchers.maybeRefresh();
    } catch (IOException e) {
      throw new StoreException("cannot commit to " + dir + " (disk full?): " + e.getMessage()
          + "; the store keeps its last commit", e);
    } finally {
      commitLock.writeLock().unlock();
    }
  }

  /** Queries over this store's last commit (or, for the writer, everything added so far). */
  public StoreReader reader() throws StoreException {
    try {
      if (writer != null) {
        applyFolds();
      }
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
    // Facets are only counted (from doc values); filters use Parley's own fields, never drill-down terms.
    for (String dim : List.of(Fields.F_ACTOR, Fields.F_TYPE, Fields.F_SITE, Fields.F_MONTH)) {
      c.setDrillDownTermsIndexing(dim, FacetsConfig.DrillDownTermsIndexing.NONE);
    }
    return c;
  }
}
