package org.parley.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.extract.ArticleExtractor;
import org.parley.ingest.InputFailure;
import org.parley.ingest.InputReader;
import org.parley.ingest.UnreadablePageException;
import org.parley.model.Article;
import org.parley.model.RawPage;

/**
 * A mutation fuzzer over page decoding, extraction and WARC reading: each seed ({@link HostileSeeds}) is mutated
 * (bits flipped, bytes inserted, cut, repeated, spliced with another seed) and read as a file. The contract under
 * test is the one every Parley reader promises: a bad input is a failure naming the input and a reason, never an
 * exception out of the reader, never an error (stack overflow, out of memory), never an article with no text.
 *
 * <p>{@code mvn verify} runs a few hundred inputs with a fixed seed; {@code bench/fuzz/run} runs many more with a
 * random one. A failing input is saved under {@code target/fuzz-crashes/} with the seed and round that made it, so
 * it can be replayed ({@code -Dparley.fuzz.seed=… -Dparley.fuzz.rounds=…}) and turned into a test.
 */
class HostileInputFuzzTest {
  static final long SEED = Long.getLong("parley.fuzz.seed", 19L);
  static final int ROUNDS = Integer.getInteger("parley.fuzz.rounds", 300);

  @TempDir Path dir;

  private final InputReader reader = new InputReader();
  private final ArticleExtractor extractor = new ArticleExtractor();

  @Test
  void mutatedHostileInputsFailCleanly() throws IOException {
    Map<String, byte[]> seeds = HostileSeeds.all();
    List<String> names = new ArrayList<>(seeds.keySet());
    Random random = new Random(SEED);
    Mutator mutator = new Mutator(random);
    int pages = 0;
    int failures = 0;
    for (int round = 0; round < ROUNDS; round++) {
      String name = names.get(random.nextInt(names.size()));
      byte[] input = mutator.mutate(seeds.get(name), seeds.get(names.get(random.nextInt(names.size()))));
      Path file = dir.resolve(round + "-" + name);
      Files.write(file, input);
      try {
        List<RawPage> read = new ArrayList<>();
        List<InputFailure> failed = new ArrayList<>();
        reader.read(file.toString(), read::add, failed::add);
        for (InputFailure f : failed) {
          assertTrue(f.input().startsWith(file.toString()), "a failure names its input: " + f);
          assertFalse(f.reason().isBlank(), "a failure says why: " + f);
        }
        failures += failed.size();
        for (RawPage p : read) {
          pages++;
          try {
            Article a = extractor.extract(p);
            assertFalse(a.paragraphs().isEmpty(), "an article has text: " + a.origin());
          } catch (UnreadablePageException e) {
            assertTrue(e.getMessage().startsWith(p.origin() + ": "), e.getMessage());
            failures++;
          }
        }
      } catch (Throwable t) {
        Path saved = save(round, name, input);
        fail("round " + round + " (seed " + SEED + ", from " + name + "), input saved as " + saved + ": " + t, t);
      }
      Files.delete(file);
    }
    assertTrue(pages > ROUNDS / 10, "the mutations still reach extraction: " + pages + " pages");
    assertTrue(failures > 0, "and some are refused");
  }

  private static Path save(int round, String name, byte[] input) throws IOException {
    Path crashes = Path.of("target", "fuzz-crashes");
    Files.createDirectories(crashes);
    return Files.write(crashes.resolve(SEED + "-" + round + "-" + name), input);
  }

  /** Mutations that keep most of the structure, so the readers get past their first checks. */
  static final class Mutator {
    private final Random r;

    Mutator(Random r) {
      this.r = r;
    }

    byte[] mutate(byte[] seed, byte[] other) {
      byte[] b = seed.clone();
      int steps = 1 + r.nextInt(4);
      for (int i = 0; i < steps && b.length > 0; i++) {
        b = switch (r.nextInt(7)) {
          case 0 -> flipBits(b);
          case 1 -> insert(b, randomBytes(1 + r.nextInt(16)));
          case 2 -> cut(b);
          case 3 -> repeat(b);
          case 4 -> splice(b, other);
          case 5 -> insert(b, interesting());
          default -> truncate(b);
        };
      }
      return b;
    }

    private byte[] flipBits(byte[] b) {
      for (int n = 1 + r.nextInt(8); n > 0; n--) {
        int at = r.nextInt(b.length);
        b[at] ^= (byte) (1 << r.nextInt(8));
      }
      return b;
    }

    private byte[] randomBytes(int n) {
      byte[] x = new byte[n];
      r.nextBytes(x);
      return x;
    }

    /** Bytes that mean something to one of the readers. */
    private byte[] interesting() {
      String[] tokens = {"<div>", "</p>", "<!--", "<script>", "<![CDATA[", "&#x0;", "&", "\u001b[2J", "\r\n\r\n",
          "WARC/1.0\r\n", "Content-Length: 99999999\r\n", "charset=utf-16", "<meta charset=\"koi8-r\">", "\uFEFF",
          "\u0000", "\u202e", "\"", "\\u0000", "%00"};
      return tokens[r.nextInt(tokens.length)].getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private byte[] insert(byte[] b, byte[] x) {
      int at = r.nextInt(b.length + 1);
      byte[] out = new byte[b.length + x.length];
      System.arraycopy(b, 0, out, 0, at);
      System.arraycopy(x, 0, out, at, x.length);
      System.arraycopy(b, at, out, at + x.length, b.length - at);
      return out;
    }

    private byte[] cut(byte[] b) {
      int from = r.nextInt(b.length);
      int to = Math.min(b.length, from + 1 + r.nextInt(Math.max(1, b.length / 8)));
      byte[] out = new byte[b.length - (to - from)];
      System.arraycopy(b, 0, out, 0, from);
      System.arraycopy(b, to, out, from, b.length - to);
      return out;
    }

    private byte[] repeat(byte[] b) {
      int from = r.nextInt(b.length);
      int len = Math.min(b.length - from, 1 + r.nextInt(64));
      byte[] chunk = java.util.Arrays.copyOfRange(b, from, from + len);
      byte[] out = b;
      for (int n = r.nextInt(50); n > 0; n--) {
        out = insert(out, chunk);
      }
      return out;
    }

    private byte[] splice(byte[] b, byte[] other) {
      if (other.length == 0) {
        return b;
      }
      int at = r.nextInt(b.length);
      int from = r.nextInt(other.length);
      byte[] out = java.util.Arrays.copyOf(b, at + other.length - from);
      System.arraycopy(other, from, out, at, other.length - from);
      return out;
    }

    private byte[] truncate(byte[] b) {
      return java.util.Arrays.copyOf(b, r.nextInt(b.length));
    }
  }
}
