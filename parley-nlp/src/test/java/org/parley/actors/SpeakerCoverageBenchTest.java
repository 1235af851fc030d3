package org.parley.actors;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.parley.model.Mention;

/**
 * How many gold speaker mentions of the PolNeAR bench the fast path finds and resolves (skipped without the bench).
 * Prints: named speakers covered by a mention, and he/she/they speakers bound to an antecedent.
 */
class SpeakerCoverageBenchTest {
  private static final Path BENCH = Path.of("../../shared/bench/quotes/polnear.jsonl");
  private static final java.lang.management.ThreadMXBean CPU =
      java.lang.management.ManagementFactory.getThreadMXBean();
  private static final Set<String> PRONOUNS = Set.of("he", "she", "they");

  @Test
  void fastPathCoversMostNamedSpeakers() throws Exception {
    Path file = Files.exists(BENCH) ? BENCH : Path.of("../shared/bench/quotes/polnear.jsonl");
    assumeTrue(Files.exists(file), "bench file absent: " + file);
    ActorResolver r = ActorResolver.builtIn();
    ObjectMapper json = new ObjectMapper();
    int named = 0;
    int namedHit = 0;
    int namedKnownCountry = 0;
    int pron = 0;
    int pronHit = 0;
    long tokens = 0;
    long nanos = 0;
    int docs = 0;
    try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        JsonNode d = json.readTree(line);
        String text = d.get("text").asText();
        LocalDate date = d.hasNonNull("date") ? LocalDate.parse(d.get("date").asText()) : null;
        // Thread CPU time, not wall time: the build machine is shared, so wall time says little.
        long t0 = CPU.getCurrentThreadCpuTime();
        List<Mention> ms = r.resolve(text, date);
        nanos += CPU.getCurrentThreadCpuTime() - t0;
        docs++;
        tokens += Names.tokenize(text, 0, text.length()).size();
        for (JsonNode q : d.get("quotes")) {
          JsonNode spans = q.get("speaker_spans");
          if (spans == null || spans.isEmpty()) {
            continue;
          }
          String speaker = q.get("speaker").asText().toLowerCase(Locale.ROOT);
          JsonNode s0 = spans.get(0);
          int start = text.offsetByCodePoints(0, s0.get("start").asInt());
          int end = text.offsetByCodePoints(0, s0.get("end").asInt());
          Mention hit = null;
          for (Mention m : ms) {
            if (m.span().start() < end && start < m.span().end()) {
              hit = m;
              break;
            }
          }
          boolean pronoun = PRONOUNS.contains(speaker);
          boolean isNamed = !q.path("speaker_is_pronoun").asBoolean(false)
              && Character.isUpperCase(s0.get("text").asText().charAt(0));
          if (pronoun) {
            pron++;
            pronHit += hit != null ? 1 : 0;
          } else if (isNamed) {
            named++;
            namedHit += hit != null ? 1 : 0;
            if (hit == null && Boolean.getBoolean("actors.debug")) {
              int a = Math.max(0, start - 40);
              System.out.println("MISS [" + s0.get("text").asText() + "] in: "
                  + text.substring(a, Math.min(text.length(), end + 30)).replace('\n', ' '));
            }
            namedKnownCountry += hit != null && hit.actor() != null && hit.actor().country() != null ? 1 : 0;
          }
        }
      }
    }
    double namedCov = (double) namedHit / named;
    System.out.printf(Locale.ROOT,
        "actors bench: %d docs, %d tokens, %.1f docs per CPU-second, %.0f tokens per CPU-second (fast path, cold JIT)%n"
            + "  capitalised speakers covered by a mention: %d/%d = %.3f (with a country: %d)%n"
            + "  he/she/they speakers resolved to an antecedent: %d/%d = %.3f%n",
        docs, tokens, docs / (nanos / 1e9), tokens / (nanos / 1e9), namedHit, named, namedCov,
        namedKnownCountry, pronHit, pron, (double) pronHit / pron);
    assertTrue(namedCov > 0.6, "named speaker coverage fell to " + namedCov);
  }
}
