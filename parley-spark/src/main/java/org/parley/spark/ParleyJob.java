package org.parley.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.IntStream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.parley.ingest.InputReader;
import org.parley.lint.SuppressForbidden;
import org.parley.spark.PageOutcome.Analysed;
import org.parley.spark.PageOutcome.Fingerprint;

/**
 * The Parley pipeline as a Spark job: WARC files (local, HDFS, S3A: any Hadoop file system the cluster has) in,
 * the Parquet tables {@code articles}, {@code quotes}, {@code events} (partitioned by {@code date}) and
 * {@code failures} out, with the columns of {@code parley export}.
 *
 * <p>Stage one runs one task per WARC file: each record is read, extracted and analysed in turn (one CoreNLP
 * pipeline per executor JVM, loaded on first use), a bad record becoming a failure row. Stage two collapses copies
 * across the whole input on the driver, with the store's rules, from fingerprints of a few hundred bytes per
 * article. Ids are the pipeline's own (article id, {@code #q<n>}, {@code #e<n>}) and each table is written in
 * overwrite mode through Spark's commit protocol, so a re-run replaces the output and a retried task adds nothing.
 *
 * <pre>
 * spark-submit --class org.parley.spark.ParleyJob parley-spark-job.jar --out s3a://bucket/parley s3a://bucket/warc/
 * </pre>
 */
public final class ParleyJob {
  private ParleyJob() {}

  /**
   * What a run did.
   *
   * @param files WARC files read
   * @param articles articles analysed (before the collapse)
   * @param kept articles written (after it)
   * @param quotes quotes written
   * @param events events written
   * @param failures failure rows written
   */
  public record Summary(int files, long articles, long kept, long quotes, long events, long failures) {}

  /**
   * {@code ParleyJob [--max-page-bytes N] --out DIR INPUT...}: inputs are WARC files, directories (searched for
   * {@code .warc} and {@code .warc.gz} files) or globs. Exit code 0 done, 2 bad usage.
   */
@SuppressForbidden(reason = "the job's command line: usage and summary go to the driver's stderr")
  public static void main(String[] args) {
    String out = null;
    long maxPageBytes = InputReader.DEFAULT_MAX_PAGE_BYTES;
    List<String> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = i + 1 < args.length ? args[++i] : null;
        case "--max-page-bytes" -> maxPageBytes = i + 1 < args.length ? Long.parseLong(args[++i]) : -1;
        default -> inputs.add(args[i]);
      }
    }
    if (out == null || inputs.isEmpty() || maxPageBytes < 1) {
      System.err.println("usage: ParleyJob [--max-page-bytes N] --out DIR INPUT...");
      System.exit(2);
    }
    SparkSession spark = SparkSession.builder().appName("parley").getOrCreate();
    try {
      long start = System.nanoTime();
      Summary s = run(spark, inputs, out, maxPageBytes);
      double seconds = (System.nanoTime() - start) / 1e9;
      System.err.printf(Locale.ROOT,
          "parley: %d files, %d articles (%d kept), %d quotes, %d events, %d failures in %.1f s (%.2f pages/s)%n",
          s.files(), s.articles(), s.kept(), s.quotes(), s.events(), s.failures(), seconds, s.articles() / seconds);
    } finally {
      spark.stop();
    }
  }

  /** Runs the job over {@code inputs}, writing the four tables under {@code out}. */
  public static Summary run(SparkSession spark, List<String> inputs, String out, long maxPageBytes) {
    // Dates go in and out of rows as java.time.LocalDate.
    spark.conf().set("spark.sql.datetime.java8API.enabled", "true");
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    List<FailureRow> driverFailures = new ArrayList<>();
    List<String> files = expand(inputs, hadoop, driverFailures);

    Map<String, String> conf = new HashMap<>();
    hadoop.forEach(e -> conf.put(e.getKey(), e.getValue()));
    Broadcast<Map<String, String>> confB = jsc.broadcast(conf);
    Broadcast<List<String>> filesB = jsc.broadcast(files);
    List<Integer> indices = IntStream.range(0, files.size()).boxed().toList();
    // One partition, hence one task, per file: a WARC is read as one stream, and a retry re-reads only it.
    JavaRDD<PageOutcome> outcomes = jsc.parallelize(indices, Math.max(1, files.size()))
        .flatMap(i -> readFile(i, filesB.value().get(i), confB.value(), maxPageBytes))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());

    List<Fingerprint> fingerprints = outcomes.filter(o -> o.analysed() != null)
        .map(o -> o.analysed().fingerprint()).collect();
    Broadcast<Collapser.Result> keep = jsc.broadcast(Collapser.collapse(fingerprints));

    JavaRDD<Analysed> kept = outcomes.filter(o -> o.analysed() != null && keep.value().kept().contains(o.order()))
        .map(PageOutcome::analysed);
    JavaRDD<Row> articles = kept.map(a -> {
      String id = a.article().articleId();
      return Schemas.row(a.article().withProvenance(keep.value().urls().get(id), keep.value().sites().get(id)));
    });
    JavaRDD<Row> quotes = kept.flatMap(a -> a.quotes().stream().map(Schemas::row).iterator());
    JavaRDD<Row> events = kept.flatMap(a -> a.events().stream().map(Schemas::row).iterator());
    JavaRDD<Row> failures = outcomes.filter(o -> o.failure() != null).map(o -> Schemas.row(o.failure()))
        .union(jsc.parallelize(driverFailures.stream().map(Schemas::row).toList(), 1));

    writeByDate(spark, articles, Schemas.ARTICLES, out + "/articles");
    writeByDate(spark, quotes, Schemas.QUOTES, out + "/quotes");
    writeByDate(spark, events, Schemas.EVENTS, out + "/events");
    spark.createDataFrame(failures, Schemas.FAILURES).coalesce(1).write().mode(SaveMode.Overwrite)
        .parquet(out + "/failures");

    Summary s = new Summary(files.size(), fingerprints.size(), keep.value().kept().size(), quotes.count(),
        events.count(), failures.count());
    outcomes.unpersist(false);
    return s;
  }

  /** One directory per day ({@code date=2019-03-02}, undated rows under Hive's default partition), one file each. */
  private static void writeByDate(SparkSession spark, JavaRDD<Row> rows, StructType schema, String dir) {
    Dataset<Row> ds = spark.createDataFrame(rows, schema);
    ds.repartition(functions.col("date")).write().mode(SaveMode.Overwrite).partitionBy("date")
        .option("compression", "snappy").parquet(dir);
  }

  /** The WARC files of the inputs, sorted so the input order (and the collapse's originals) never depends on the listing. */
  static List<String> expand(List<String> inputs, Configuration conf, List<FailureRow> failures) {
    TreeSet<String> files = new TreeSet<>();
    for (String in : inputs) {
      try {
        Path p = new Path(in);
        FileSystem fs = p.getFileSystem(conf);
        FileStatus[] found = fs.globStatus(p);
        if (found == null || found.length == 0) {
          failures.add(new FailureRow(in, "read", "no such file or directory"));
          continue;
        }
        for (FileStatus st : found) {
          if (st.isDirectory()) {
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(st.getPath(), true);
            while (it.hasNext()) {
              Path f = it.next().getPath();
              if (WarcTask.isWarcName(f.getName()) && !hidden(st.getPath(), f)) {
                files.add(name(f));
              }
            }
          } else {
            files.add(name(st.getPath()));
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        failures.add(new FailureRow(in, "read", "cannot list: " + e.getMessage()));
      }
    }
    return new ArrayList<>(files);
  }

  /** A local file is named by its path, as the in-process pipeline names it; others by their URI. */
  private static String name(Path p) {
    URI u = p.toUri();
    return "file".equals(u.getScheme()) ? u.getPath() : u.toString();
  }

  /** Hidden and bookkeeping entries ({@code .crc}, {@code _SUCCESS}, {@code _temporary}) under a listed directory. */
  private static boolean hidden(Path root, Path file) {
    for (Path p = file; p != null && !p.equals(root); p = p.getParent()) {
      String n = p.getName();
      if (n.startsWith(".") || n.startsWith("_")) {
        return true;
      }
    }
    return false;
  }

  private static Iterator<PageOutcome> readFile(int index, String name, Map<String, String> conf,
                                                long maxPageBytes) {
    WarcTask task = WarcTask.onThisJvm(maxPageBytes);
    if (name.startsWith("/")) {
      return task.run(index, name).iterator();
    }
    Configuration c = new Configuration(false);
    conf.forEach(c::set);
    Path p = new Path(name);
    try (InputStream in = p.getFileSystem(c).open(p)) {
      return task.run(index, name, in).iterator();
    } catch (IOException e) {
      return List.of(PageOutcome.failed((long) index << 32,
          new FailureRow(name, "read", "cannot read: " + e.getMessage()))).iterator();
    }
  }
}
