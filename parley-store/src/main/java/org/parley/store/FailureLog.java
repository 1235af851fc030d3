package org.parley.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

/** Appends every failed input to {@code DIR/failures.jsonl}: {"input","reason","time"}. Never silently drops one. */
public final class FailureLog implements AutoCloseable {
  private final ObjectMapper mapper = new ObjectMapper();
  private final Path file;
  private final BufferedWriter out;

  private FailureLog(Path file, BufferedWriter out) {
    this.file = file;
    this.out = out;
  }

  public static FailureLog open(Path dataDir) throws StoreException {
    Path file = dataDir.resolve("failures.jsonl");
    try {
      Files.createDirectories(dataDir);
      return new FailureLog(file, Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
          StandardOpenOption.APPEND));
    } catch (IOException e) {
      throw new StoreException("cannot open " + file + ": " + e.getMessage(), e);
    }
  }

  public synchronized void record(String input, String reason) throws StoreException {
    ObjectNode o = mapper.createObjectNode();
    o.put("input", input);
    o.put("reason", reason);
    o.put("time", Instant.now().toString());
    try {
      out.write(mapper.writeValueAsString(o));
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new StoreException("cannot write " + file + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() throws StoreException {
    try {
      out.close();
    } catch (IOException e) {
      throw new StoreException("cannot close " + file + ": " + e.getMessage(), e);
    }
  }
}
