package org.parley.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words that signal events: event verbs and nouns with their CAMEO codes, light verbs ("hold talks"), report verbs
 * ("said") and intent verbs ("wants to"). The standard lexicon is {@code lexicon.txt}, whose header documents the
 * format; users add entries with {@link #withFile(Path)} (same format) or {@link #withTabariVerbs(Path)} (a subset of
 * the CAMEO/TABARI/PETRARCH {@code .verbs} dictionary format). Immutable and thread-safe: the {@code with…} methods
 * return a new lexicon.
 */
public final class Lexicon {
  /** What a lexicon word does in the coder. */
  public enum WordClass {
    /** A verb that is an event ("accuse"). */
    EVENT_VERB('V'),
    /** A noun that is an event ("talks", "invasion"). */
    EVENT_NOUN('N'),
    /** A verb that lends its subject to an event noun ("hold talks", "impose sanctions"). */
    LIGHT_VERB('L'),
    /** A speech or cognition verb whose complement is the event ("said that …"). */
    REPORT_VERB('R'),
    /** A verb or adjective of intent whose complement is a future act ("wants to", "is ready to"). */
    INTENT_VERB('I');

    private final char letter;

    WordClass(char letter) {
      this.letter = letter;
    }

    static WordClass of(char c) {
      for (WordClass w : values()) {
        if (w.letter == c) {
          return w;
        }
      }
      throw new IllegalArgumentException("unknown word class '" + c + "' (use V, N, L, R or I)");
    }
  }

  /**
   * One lexicon entry.
   *
   * @param wordClass what the word does
   * @param lemma the head lemma, lower case
   * @param extras further words that must be dependents of the head or case markers of its dependents
   *     ("for" in "call for", "down" in "back down")
   * @param code the CAMEO code, or "-" for classes that carry none
   * @param objects lemmas of which one must be a dependent of the head (empty = no condition)
   * @param ploverType the PLOVER type when the entry sets it itself ("expel diplomats" is a SANCTION although CAMEO
   *     174 maps to COERCE), else null: the type then comes from the code via the {@link Ontology}
   */
  public record Entry(WordClass wordClass, String lemma, List<String> extras, String code, Set<String> objects,
                      @org.jspecify.annotations.Nullable String ploverType) {
    public Entry {
      extras = List.copyOf(extras);
      objects = Set.copyOf(objects);
    }

    /** How specific the entry is: the coder prefers the most specific matching entry. */
    int specificity() {
      return extras.size() * 2 + (objects.isEmpty() ? 0 : 3);
    }
  }

  private static final Pattern OWN_LINE =
      Pattern.compile("^([VNLRI])\\s+([^=;]+?)\\s*=\\s*([0-9-]+)(?:/([A-Z]+))?\\s*(?:;\\s*obj=(\\S+))?\\s*$");
  private static final Lexicon STANDARD = standardLexicon();

  private final Map<String, List<Entry>> byLemma;

  private Lexicon(Map<String, List<Entry>> byLemma) {
    Map<String, List<Entry>> copy = new HashMap<>();
    byLemma.forEach((k, v) -> copy.put(k, List.copyOf(v)));
    this.byLemma = Map.copyOf(copy);
  }

  /** The lexicon shipped with Parley. */
  public static Lexicon standard() {
    return STANDARD;
  }

  /** Entries of the given class whose head lemma is {@code lemma} (lower case). */
  public List<Entry> entries(WordClass wordClass, String lemma) {
    List<Entry> all = byLemma.get(lemma);
    if (all == null) {
      return List.of();
    }
    List<Entry> out = new ArrayList<>(2);
    for (Entry e : all) {
      if (e.wordClass() == wordClass) {
        out.add(e);
      }
    }
    return out;
  }

  /** Whether the lemma has an entry of the class. */
  public boolean has(WordClass wordClass, String lemma) {
    List<Entry> all = byLemma.get(lemma);
    if (all != null) {
      for (Entry e : all) {
        if (e.wordClass() == wordClass) {
          return true;
        }
      }
    }
    return false;
  }

  /** All entries, for inspection. */
  public List<Entry> entries() {
    List<Entry> out = new ArrayList<>();
    byLemma.values().forEach(out::addAll);
    return out;
  }

  /**
   * This lexicon plus the entries of a file in Parley's own format (see {@code lexicon.txt}).
   *
   * @throws IOException when the file cannot be read or has a malformed line (the message names the line)
   */
  public Lexicon withFile(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return with(parseOwn(r, file.toString()));
    }
  }

  /** This lexicon plus entries in Parley's own format given as text. */
  public Lexicon withText(String text) {
    try {
      return with(parseOwn(new BufferedReader(new StringReader(text)), "<text>"));
    } catch (IOException e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * This lexicon plus the verbs of a CAMEO/TABARI/PETRARCH verb dictionary. Supported subset: block headers
   * {@code --- NAME [code] ---} (the block's default code), verb lines {@code VERB {IRREGULAR FORMS} [code]} (words
   * joined by {@code _} are a verb with particle: {@code BACK_DOWN}), and patterns {@code - ** WORD … [code]} whose
   * first plain word after the verb marker becomes an object condition. Synsets ({@code &NAME}), actor markers
   * ({@code $ + %}) and words before the verb are not interpreted: patterns needing them are skipped. Comments
   * ({@code #}, {@code ;}, {@code <!-- -->}) are ignored; null codes ({@code ---}) add nothing.
   *
   * @throws IOException when the file cannot be read
   */
  public Lexicon withTabariVerbs(Path file) throws IOException {
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      return with(TabariVerbs.parse(r));
    }
  }

  /** As {@link #withTabariVerbs(Path)}, from a reader. */
  public Lexicon withTabariVerbs(Reader reader) throws IOException {
    return with(TabariVerbs.parse(new BufferedReader(reader)));
  }

  private Lexicon with(List<Entry> added) {
    Map<String, List<Entry>> map = new HashMap<>();
    byLemma.forEach((k, v) -> map.put(k, new ArrayList<>(v)));
    for (Entry e : added) {
      map.computeIfAbsent(e.lemma(), k -> new ArrayList<>()).add(e);
    }
    return new Lexicon(map);
  }

  private static Lexicon standardLexicon() {
    List<Entry> entries = new ArrayList<>();
    List<String> lines = Ontology.lines("lexicon.txt");
    try {
      entries.addAll(parseOwn(new BufferedReader(new StringReader(String.join("\n", lines))), "lexicon.txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Lexicon(Map.of()).with(entries);
  }

  static List<Entry> parseOwn(BufferedReader r, String name) throws IOException {
    List<Entry> out = new ArrayList<>();
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      String t = line.strip();
      if (t.isEmpty() || t.startsWith("#")) {
        continue;
      }
      Matcher m = OWN_LINE.matcher(t);
      if (!m.matches()) {
        throw new IOException(name + ":" + lineNo + ": expected 'CLASS words = CODE[/TYPE] [; obj=a|b]', got: " + t);
      }
      WordClass wc;
      try {
        wc = WordClass.of(m.group(1).charAt(0));
      } catch (IllegalArgumentException e) {
        throw new IOException(name + ":" + lineNo + ": " + e.getMessage(), e);
      }
      String code = m.group(3);
      if (!code.equals("-") && !code.matches("\\d{2,4}")) {
        throw new IOException(name + ":" + lineNo + ": bad CAMEO code '" + code + "'");
      }
      List<String> words = Arrays.asList(m.group(2).toLowerCase(Locale.ROOT).split("\\s+"));
      Set<String> objs = new LinkedHashSet<>();
      if (m.group(5) != null) {
        objs.addAll(Arrays.asList(m.group(5).toLowerCase(Locale.ROOT).split("\\|")));
      }
      String type = m.group(4);
      if (type != null && Ontology.standard().ploverQuad(type) == null) {
        throw new IOException(name + ":" + lineNo + ": unknown PLOVER type '" + type + "'");
      }
      out.add(new Entry(wc, words.get(0), words.subList(1, words.size()), code, objs, type));
    }
    return out;
  }

  /** Parser for the TABARI/PETRARCH verb dictionary subset. */
  static final class TabariVerbs {
    private static final Pattern HEADER = Pattern.compile("^-{3}.*-{3}$");
    private static final Pattern CODE = Pattern.compile("\\[([0-9-]+)(?::[0-9-]+)?]");

    private TabariVerbs() {}

    static List<Entry> parse(BufferedReader r) throws IOException {
      List<Entry> out = new ArrayList<>();
      String blockCode = null;
      List<String> group = new ArrayList<>();
      boolean inPatterns = false;
      boolean inComment = false;
      for (String raw = r.readLine(); raw != null; raw = r.readLine()) {
        String line = raw;
        // XML-style comments may span lines; strip them first, then the line comments.
        if (inComment) {
          int end = line.indexOf("-->");
          if (end < 0) {
            continue;
          }
          line = line.substring(end + 3);
          inComment = false;
        }
        int open;
        while ((open = line.indexOf("<!--")) >= 0) {
          int end = line.indexOf("-->", open);
          if (end < 0) {
            line = line.substring(0, open);
            inComment = true;
            break;
          }
          line = line.substring(0, open) + line.substring(end + 3);
        }
        Matcher header = HEADER.matcher(line.strip());
        if (header.matches()) {
          Matcher hc = CODE.matcher(line);
          blockCode = hc.find() && !hc.group(1).startsWith("-") ? hc.group(1) : null;
          group.clear();
          inPatterns = false;
          continue;
        }
        line = stripLineComment(line).strip();
        if (line.isEmpty()) {
          continue;
        }
        if (line.startsWith("&") || line.startsWith("+")) {
          continue; // synset definitions: patterns that use them are skipped below
        }
        if (line.startsWith("-")) {
          inPatterns = true;
          addPattern(line.substring(1), group, out);
          continue;
        }
        if (inPatterns) {
          group.clear();
          inPatterns = false;
        }
        Matcher cm = CODE.matcher(line);
        String code = cm.find() ? cm.group(1) : blockCode;
        String word = line.replaceAll("\\{[^}]*}", " ").replaceAll("\\[[^]]*]", " ").strip();
        if (word.isEmpty()) {
          continue;
        }
        String lemmaPhrase = word.split("\\s+")[0].toLowerCase(Locale.ROOT).replace('_', ' ').strip();
        group.add(lemmaPhrase);
        if (code != null && code.matches("\\d{2,4}")) {
          List<String> words = Arrays.asList(lemmaPhrase.split(" "));
          out.add(new Entry(WordClass.EVENT_VERB, words.get(0), words.subList(1, words.size()), code, Set.of(), null));
        }
      }
      return out;
    }

    private static void addPattern(String body, List<String> group, List<Entry> out) {
      Matcher cm = CODE.matcher(body);
      if (!cm.find() || !cm.group(1).matches("\\d{2,4}")) {
        return;
      }
      String code = cm.group(1);
      String pattern = body.substring(0, cm.start()).strip();
      int verbAt = pattern.indexOf("**");
      if (verbAt < 0) {
        return;
      }
      String object = null;
      for (String w : pattern.substring(verbAt + 2).strip().split("[\\s_]+")) {
        if (w.isEmpty()) {
          continue;
        }
        if (w.startsWith("&")) {
          return; // synset: not interpreted
        }
        if (w.matches("[$+%^*]+")) {
          continue;
        }
        if (w.matches("[A-Za-z'-]+")) {
          object = w.toLowerCase(Locale.ROOT);
          break;
        }
      }
      if (object == null) {
        return;
      }
      Set<String> objs = new LinkedHashSet<>();
      objs.add(object);
      // Dictionaries list surface forms; the coder compares lemmas, so a regular plural also gets its singular.
      if (object.endsWith("ies") && object.length() > 4) {
        objs.add(object.substring(0, object.length() - 3) + "y");
      } else if (object.endsWith("s") && !object.endsWith("ss") && object.length() > 3) {
        objs.add(object.substring(0, object.length() - 1));
      }
      for (String verb : group) {
        List<String> words = Arrays.asList(verb.split(" "));
        out.add(new Entry(WordClass.EVENT_VERB, words.get(0), words.subList(1, words.size()), code, objs, null));
      }
    }

    private static String stripLineComment(String line) {
      int hash = line.indexOf('#');
      int semi = line.indexOf(';');
      int cut = hash < 0 ? semi : semi < 0 ? hash : Math.min(hash, semi);
      return cut < 0 ? line : line.substring(0, cut);
    }
  }
}
