package org.parley.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs every command of the README's blocks marked {@code <!-- readme-test -->}, in order, with the built jar, in a
 * scratch directory that sees the repository's samples, and checks each output has the shape the README shows:
 * same first and last line once numbers are masked, or for JSON the same top-level fields.
 */
class ReadmeIT {
  @TempDir
  Path work;

  record Step(String command, List<String> expected) {}

  static List<Step> steps(List<String> readme) {
    List<Step> out = new ArrayList<>();
    boolean marked = false;
    boolean inBlock = false;
    Step current = null;
    for (String line : readme) {
      if (!inBlock && line.strip().equals("<!-- readme-test -->")) {
        marked = true;
      } else if (!inBlock && marked && line.startsWith("```")) {
        inBlock = true;
      } else if (inBlock && line.startsWith("```")) {
        inBlock = false;
        marked = false;
        current = null;
      } else if (inBlock && line.startsWith("$ ")) {
        current = new Step(line.substring(2), new ArrayList<>());
        out.add(current);
      } else if (inBlock && current != null) {
        current.expected().add(line);
      }
    }
    return out;
  }

  static String mask(String s) {
    return s.replaceAll("\\d+(\\.\\d+)?", "#").replaceAll("\\s+", " ").strip();
  }

  @Test
  void everyMarkedReadmeCommandRunsAndPrintsWhatTheReadmeShows() throws Exception {
    Path repo = Path.of("..").toAbsolutePath().normalize();
    Path jar = repo.resolve("parley-cli/target/parley.jar");
    assumeTrue(Files.isRegularFile(jar), "the CLI jar is built in the package phase");
    Files.createSymbolicLink(work.resolve("samples"), repo.resolve("samples"));
    Files.writeString(work.resolve("parley"),
        "#!/usr/bin/env bash\nexec java -Xmx3g " + CliRunner.CHILD_JIT + " -jar '" + jar + "' \"$@\"\n");
    work.resolve("parley").toFile().setExecutable(true);
    Set<String> before = entries(repo);
    List<Step> steps = steps(Files.readAllLines(repo.resolve("README.md"), StandardCharsets.UTF_8));
    assertFalse(steps.isEmpty(), "README has no marked command blocks");
    ObjectMapper json = new ObjectMapper();
    for (Step step : steps) {
      Process p = new ProcessBuilder("bash", "-c", step.command()).directory(work.toFile())
          .redirectErrorStream(true).start();
      byte[] bytes = p.getInputStream().readAllBytes();
      assertTrue(p.waitFor(15, TimeUnit.MINUTES), step.command());
      List<String> actual = new ArrayList<>(new String(bytes, StandardCharsets.UTF_8).lines().toList());
      actual.removeIf(l -> l.matches("^[a-z]+: \\d+/\\d+ inputs, .*(ETA|loading models).*")
          || l.matches("^[a-z]+: \\d+ done, .*"));
      List<String> expected = step.expected().stream().filter(l -> !l.isBlank()).toList();
      String where = "README command `" + step.command() + "` printed:\n" + String.join("\n", actual);
      if (expected.isEmpty()) {
        continue;
      }
      assertFalse(actual.isEmpty(), where);
      if (expected.get(0).startsWith("{")) {
        JsonNode want = json.readTree(expected.get(0));
        JsonNode got = json.readTree(actual.stream().filter(l -> l.startsWith("{")).findFirst().orElse("{}"));
        assertEquals(fields(want), fields(got), where);
      } else {
        assertEquals(mask(expected.get(0)), mask(actual.get(0)), where);
        // Summary lines ("(3 rows)", "ingest: 11 articles added, …") must keep their shape; other last lines are data.
        String last = expected.get(expected.size() - 1);
        if (last.startsWith("(") || last.matches("^[a-z]+: .*")) {
          assertEquals(mask(last), mask(actual.get(actual.size() - 1)), where);
        }
      }
    }
    assertEquals(before, entries(repo), "the README's commands wrote into the repository");
    Files.delete(work.resolve("samples")); // the link only: JUnit would otherwise warn that it leaves the target alone
  }

  /** The names in a directory, to tell whether the tour wrote anything beside the scratch directory. */
  private static Set<String> entries(Path dir) throws java.io.IOException {
    try (var files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    }
  }

  private static Set<String> fields(JsonNode n) {
    Set<String> s = new TreeSet<>();
    for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
      s.add(it.next());
    }
    return s;
  }
}
