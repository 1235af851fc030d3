package org.parley.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/**
 * The record of inputs fully ingested and committed, so a re-run skips them ({@code DIR/ingested.tsv}, one key
 * per line). Keys are written only after the store commit that made their articles durable: after a crash, an
 * input is either listed and fully stored, or not listed and redone (its already-stored articles are skipped by id).
 */
public final class IngestLedger {
  private final Path file;
  private final Set<String> done = new HashSet<>();

  private IngestLedger(Path file) {
    this.file = file;
  }

  /** Loads the ledger of a store directory (empty when new). A torn last line from a crash is ignored. */
  public static IngestLedger open(Path dataDir) throws StoreException {
    IngestLedger l = new IngestLedger(dataDir.resolve("ingested.tsv"));
    if (Files.exists(l.file)) {
      try {
        String content = Files.readString(l.file, StandardCharsets.UTF_8);
        String[] lines = content.split("\n", -1);
        // The last element is either "" (file ends with a newline) or a line torn by a crash: skip it either way.
        for (int i = 0; i < lines.length - 1; i++) {
          if (!lines[i].isBlank()) {
            l.done.add(lines[i]);
          }
        }
      } catch (IOException e) {
        throw new StoreException("cannot read " + l.file + ": " + e.getMessage(), e);
      }
    }
    return l;
  }

  public synchronized boolean isDone(String key) {
    return done.contains(asWritten(key));
  }

  /**
   * The key as one line of the file: a line break in a path would split it in two. Lookups go through the same
   * form, so a path with a newline is found again (it used to be written changed and looked up unchanged, and
   * was analysed again on every run).
   */
  static String asWritten(String key) {
    return key.replace('\n', ' ').replace('\r', ' ');
  }

  /** Records keys as done; call only after the commit that stored their articles. */
  public synchronized void markDone(Collection<String> keys) throws StoreException {
    if (keys.isEmpty()) {
      return;
    }
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
        StandardOpenOption.APPEND)) {
      for (String k : keys) {
        String line = asWritten(k);
        if (done.add(line)) {
          w.write(line);
          w.write('\n');
        }
      }
    } catch (IOException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }
}
