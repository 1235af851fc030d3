package org.parley.bench.quotes;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Stores parsed documents under bench/out so that extractor changes can be measured without re-running CoreNLP.
 * Keyed by a hash of the text, so an edited text is simply parsed again. Only for iteration: reported figures come
 * from an end-to-end run without the cache.
 */
final class ParseCache {
  private static final ObjectMapper JSON = new ObjectMapper();
  private final Path dir;

  ParseCache(Path dir) throws IOException {
    this.dir = Files.createDirectories(dir);
  }

  Optional<ParsedDocument> read(String text) {
    Path p = pathFor(text);
    if (!Files.isRegularFile(p)) {
      return Optional.empty();
    }
    try (InputStream in = new GZIPInputStream(Files.newInputStream(p))) {
      return Optional.of(fromJson(text, JSON.readTree(in)));
    } catch (IOException | RuntimeException e) {
      // A damaged entry is re-parsed rather than trusted.
      return Optional.empty();
    }
  }

  void write(ParsedDocument doc) throws IOException {
    Path p = pathFor(doc.text());
    Path tmp = Files.createTempFile(dir, "parse", ".tmp");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(tmp))) {
      JSON.writeValue(out, toJson(doc));
    }
    Files.move(tmp, p, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private Path pathFor(String text) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return dir.resolve(HexFormat.of().formatHex(h, 0, 16) + ".json.gz");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static ObjectNode toJson(ParsedDocument doc) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode sentences = root.putArray("s");
    for (ParsedSentence s : doc.sentences()) {
      ObjectNode sn = sentences.addObject();
      ArrayNode toks = sn.putArray("t");
      for (Token t : s.tokens()) {
        toks.addArray().add(t.start()).add(t.end()).add(t.word()).add(t.lemma()).add(t.pos()).add(t.ner());
      }
      ArrayNode deps = sn.putArray("d");
      for (Dependency d : s.dependencies()) {
        deps.addArray().add(d.governor()).add(d.dependent()).add(d.relation());
      }
    }
    return root;
  }

  private static ParsedDocument fromJson(String text, JsonNode root) {
    List<ParsedSentence> sentences = new ArrayList<>();
    for (JsonNode sn : root.get("s")) {
      List<Token> tokens = new ArrayList<>();
      for (JsonNode t : sn.get("t")) {
        tokens.add(new Token(tokens.size(), t.get(0).asInt(), t.get(1).asInt(), t.get(2).asText(), t.get(3).asText(),
            t.get(4).asText(), t.get(5).asText()));
      }
      List<Dependency> deps = new ArrayList<>();
      for (JsonNode d : sn.get("d")) {
        deps.add(new Dependency(d.get(0).asInt(), d.get(1).asInt(), d.get(2).asText()));
      }
      Span span = new Span(tokens.get(0).start(), tokens.get(tokens.size() - 1).end());
      sentences.add(new ParsedSentence(sentences.size(), span, tokens, deps));
    }
    return new ParsedDocument(text, sentences);
  }
}
