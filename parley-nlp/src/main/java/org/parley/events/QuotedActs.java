package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.words.WordFiles;

/**
 * Codes what a speaker does by what they say: criticism, demands, refusals, threats and praise inside a quote
 * ("the law lords are simply wrong", "ministers must respond", "we will vote against the bill"). The predicate-based
 * coder sees only verbs such as "accused" and "urged"; a reader also counts a quoted "irresponsible" from an
 * opposition spokesman as an accusation of the government. Each sentence of a quote with a placed speaker is tried
 * against the word lists of {@code quoted-acts.txt}; each type whose words it holds makes one event of the speaker,
 * aimed at an actor the quote names (else the one {@link TargetInference} finds).
 */
final class QuotedActs {
  private static final String RESOURCE = "quoted-acts.txt";
  private static final Map<String, Pattern> PATTERNS = load();
  /** CAMEO codes of the acts, the root code of each type. */
  private static final Map<String, String> CODES = Map.of("THREATEN", "130", "REJECT", "120", "REQUEST", "100",
      "ACCUSE", "111", "SUPPORT", "051");

  /**
   * Words that make a judgement conditional, possible or wished rather than made: "could be illegal", "I hope the
   * government will scrap this illegal law". ("Would" is not one: in reported speech it is the past of "will", as in
   * "said lifting the embargo would be irresponsible".)
   */
  private static final Pattern HEDGE = Pattern.compile(
      "(?<![\\w-])(?:[Ii]f|[Cc]ould|[Mm]ight|may|[Ww]hether|[Hh]ope|[Hh]oped|[Hh]oping|[Ii]ntend|[Ww]ish)"
      + "(?![\\w-])");

  private static final Pattern WORD = Pattern.compile("[^\\p{L}]+");

  private final Ontology ontology;

  QuotedActs(Ontology ontology) {
    this.ontology = ontology;
  }

  /**
   * The speech-act events of the quotes, at most one of each type per quote sentence.
   *
   * @param text the article text
   * @param sentences the sentence spans
   * @param quotes the article's quotes with their speakers
   * @param speakerOf the resolved (placed) actor mention of a quote's speaker, or null
   * @param targets the article's target finder
   * @param mentions all resolved mentions, for targets named in the quote
   * @param articleDate the article's date
   */
  List<Event> code(String text, List<Span> sentences, List<Quote> quotes,
                   java.util.function.Function<Quote, @Nullable Mention> speakerOf, TargetInference targets,
                   List<Mention> mentions, LocalDate articleDate) {
    List<Event> out = new ArrayList<>();
    for (Quote q : quotes) {
      Mention speaker = speakerOf.apply(q);
      if (speaker == null || !TargetInference.placed(speaker)) {
        continue;
      }
      for (Span sentence : sentences) {
        int from = Math.max(sentence.start(), q.span().start());
        int to = Math.min(sentence.end(), q.span().end());
        if (to - from < 3) {
          continue;
        }
        out.addAll(acts(text, from, to, sentence, speaker, q.text(), mentions, targets, articleDate));
      }
    }
    return out;
  }

  /** One event for each type whose words the quote's part of the sentence holds. */
  private List<Event> acts(String text, int from, int to, Span sentence, Mention speaker, String quoted,
                           List<Mention> mentions, TargetInference targets, LocalDate articleDate) {
    String part = text.substring(from, to);
    List<Event> out = new ArrayList<>();
    if (question(text, to, sentence) || habitual(text, from, to, sentence)) {
      return out;
    }
    boolean hedged = HEDGE.matcher(part).find();
    for (Map.Entry<String, Pattern> e : PATTERNS.entrySet()) {
      Matcher m = e.getValue().matcher(part);
      if (!m.find() || !quoted.contains(m.group())) {
        continue; // a quote joined across its cue spans the cue's words too ("…," he told reporters amid the scandal)
      }
      String type = e.getKey();
      if (hedged && (type.equals("ACCUSE") || type.equals("SUPPORT"))) {
        continue; // "could be illegal", "if they have done something wrong": a judgement not (yet) made
      }
      String code = CODES.get(type);
      double goldstein = ontology.goldstein(code);
      Span trigger = new Span(from + m.start(), from + m.end());
      Mention target = named(mentions, from, to, speaker);
      Event ev = new Event(type, code, goldstein, speaker, target, articleDate, DatePrecision.ARTICLE, false, null,
          trigger, sentence, 0.5, "quote:" + type.toLowerCase(Locale.ROOT) + ":"
          + m.group().toLowerCase(Locale.ROOT));
      out.add(targets.complete(ev, TargetInference.within(mentions, sentence)));
    }
    return out;
  }

  /** "Do you have no shame?": a question asks; it accuses, demands or praises no one in so many words. */
  private static boolean question(String text, int to, Span sentence) {
    int i = to;
    while (i < sentence.end() && "\"'”’ ".indexOf(text.charAt(i)) >= 0) {
      i++;
    }
    int j = to - 1;
    while (j > 0 && "\"'”’ ".indexOf(text.charAt(j)) >= 0) {
      j--;
    }
    return text.charAt(j) == '?' || i < sentence.end() && text.charAt(i) == '?';
  }

  /** "They often chant: …": words said as a habit are no act of the day. */
  private static boolean habitual(String text, int from, int to, Span sentence) {
    String outside = text.substring(sentence.start(), from) + " " + text.substring(to, sentence.end());
    for (String w : WORD.split(outside.toLowerCase(Locale.ROOT))) {
      if (EventWords.HABITUAL_ADVERBS.contains(w)) {
        return true;
      }
    }
    return false;
  }

  /** The first placed actor the quote itself names that is not the speaker's side. */
  private static @Nullable Mention named(List<Mention> mentions, int from, int to, Mention speaker) {
    for (Mention m : mentions) {
      if (m.span().start() >= from && m.span().end() <= to && TargetInference.placed(m)
          && !TargetInference.sameSide(m, speaker)) {
        return m;
      }
    }
    return null;
  }

  private static Map<String, Pattern> load() {
    Map<String, List<String>> words = WordFiles.sections(QuotedActs.class, RESOURCE);
    Map<String, Pattern> out = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : words.entrySet()) {
      List<String> alts = new ArrayList<>();
      for (String w : e.getValue()) {
        boolean open = w.endsWith("*");
        String stem = open ? w.substring(0, w.length() - 1) : w;
        alts.add(Pattern.quote(stem).replace(" ", "\\E\\s+\\Q").replace("'", "\\E['’]\\Q") + (open ? "[\\w-]*" : ""));
      }
      out.put(e.getKey(), Pattern.compile("(?<![\\w-])(?:" + String.join("|", alts) + ")(?![\\w-])",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return out;
  }
}
