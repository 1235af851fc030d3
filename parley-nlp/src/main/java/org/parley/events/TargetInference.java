package org.parley.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Span;

/**
 * Finds the target of an event whose predicate names none in its own phrase. Readers of real news fill it from the
 * sentence ("the UK welcomed the move, which India and Pakistan agreed") or from the article: an opposition
 * party's criticism in an article about a government bill is aimed at that government. Almost every political
 * act a reader lists has a target, so an event left without one is usually an event half understood.
 *
 * <p>The sentence comes first: another actor named in it, not the source itself (the first one after the trigger,
 * else the nearest before the source). Then the article: a domestic non-government actor (opposition, legislature,
 * courts, civil society, media, business) acts towards its own country's government when the article names that
 * government; a government, state or international body acts towards the actor the article names most often among
 * those of another country.
 */
final class TargetInference {
  /** Sectors that act towards their own government when the article gives no other addressee. */
  private static final Set<String> DOMESTIC_CRITICS = Set.of("OPP", "LEG", "CVL", "NGO", "JUD", "MED", "BUS", "EDU",
      "REL", "LAB", "PTY", "ELI", "REB");
  /** The country the article is about, or null. */
  private final @Nullable String home;

  /** Mentions an article must hold of an actor for it to be the default counterpart of a government. */
  private static final int MIN_COUNTERPART_MENTIONS = 2;

  /** Material acts, whose target is never taken from the article at large. */
  private static final Set<String> MATERIAL = Set.of("AID", "COOPERATE", "RETREAT", "ASSAULT", "COERCE",
      "MOBILIZE", "SANCTION");

  /**
   * Protest and repression with no named target are aimed at the source's own country, as PLOVER codes them; a
   * statement of sympathy or concern may be about one's own country ("expressed sorrow for the shootings in Texas").
   */
  private static final Set<String> DOMESTIC_BY_DEFAULT = Set.of("PROTEST", "COERCE", EventCoder.STATEMENT);

  private final List<Mention> articleMentions;
  private final Map<String, Integer> mentionsByCode = new HashMap<>();

  TargetInference(List<Mention> resolvedArticleMentions) {
    this.articleMentions = resolvedArticleMentions;
    this.home = HomeCountry.homeOf(resolvedArticleMentions);
    for (Mention m : resolvedArticleMentions) {
      if (placed(m)) {
        mentionsByCode.merge(m.actor().code(), 1, Integer::sum);
      }
    }
  }

  /** Rule marks of a target guessed from the sentence or the article, not read from the act's own words. */
  private static final String IN_SENTENCE = "/target-in-sentence";
  private static final String FROM_ARTICLE = "/target-from-article";

  /** Whether the event has no target or one this class guessed, which a better reading of the act may replace. */
  static boolean targetGuessed(Event e) {
    String rule = e.rule();
    return e.target() == null || rule != null && (rule.endsWith(IN_SENTENCE) || rule.endsWith(FROM_ARTICLE));
  }

  /** The event's rule without the mark of a guessed target, for an event whose target is being replaced. */
  static String ruleWithoutGuess(Event e) {
    return e.rule() == null ? "" : e.rule().replace(FROM_ARTICLE, "").replace(IN_SENTENCE, "");
  }

  /** The event with a target found in its sentence or article, or the event unchanged when none is found. */
  Event complete(Event e, List<Mention> sentenceMentions) {
    if (e.target() != null || !placed(e.source())) {
      return e;
    }
    Mention inSentence = fromSentence(e, sentenceMentions);
    if (inSentence != null) {
      return withTarget(e, inSentence, IN_SENTENCE);
    }
    if (MATERIAL.contains(e.type())) {
      return e; // help, force and arrests are done to someone the sentence names, not to a guessed party
    }
    Mention inArticle = fromArticle(e.source());
    return inArticle == null ? e : withTarget(e, inArticle, FROM_ARTICLE);
  }

  private @Nullable Mention fromSentence(Event e, List<Mention> mentions) {
    Mention after = null;
    Mention before = null;
    for (Mention m : mentions) {
      if (!placed(m) || m.span().overlaps(e.source().span()) || sameSide(m, e.source())) {
        continue;
      }
      if ("ACCUSE".equals(e.type()) && m.actor().name() != null
          && EventWords.CAPTIVES.contains(m.actor().name().toLowerCase(java.util.Locale.ROOT))) {
        continue; // "said the rules allowed detention without trial for foreign suspects": they are not accused
      }
      if (m.span().start() >= e.trigger().end()) {
        if (after == null) {
          after = m;
        }
      } else if (m.span().end() <= e.source().span().start()) {
        before = m; // the last one before the source is the nearest
      }
    }
    return after != null ? after : before;
  }

  private @Nullable Mention fromArticle(Mention source) {
    Actor s = source.actor();
    // a body of no country ("NGO": Amnesty, Human Rights Watch) criticises the government the article is about
    String country = s.country() == null && s.code().startsWith("NGO") ? home : countryOf(s);
    if (country != null && s.sector() != null && DOMESTIC_CRITICS.contains(s.sector())) {
      return governmentOf(country);
    }
    Mention best = null;
    int bestCount = MIN_COUNTERPART_MENTIONS - 1;
    boolean government = s.sector() == null || "GOV".equals(s.sector());
    for (Mention m : articleMentions) {
      if (!placed(m)) {
        continue;
      }
      String c = countryOf(m.actor());
      int n = mentionsByCode.getOrDefault(m.actor().code(), 0);
      boolean foreign = c != null && !c.equals(country);
      // a government's own opposition is its counterpart in an article about domestic politics
      boolean opposition = government && c != null && c.equals(country) && "OPP".equals(m.actor().sector());
      if ((foreign || opposition) && n > bestCount) {
        best = m;
        bestCount = n;
      }
    }
    return best;
  }

  /**
   * Who, in this article, accuses a government that an agentless passive says was accused ("the minister has been
   * accused of …", "was mocked in Parliament"): its own country's opposition, when the article names it; else no one.
   */
  @Nullable Mention accuserOf(Mention accused) {
    Actor a = accused.actor();
    if (a == null || !placed(accused) || !(a.sector() == null || "GOV".equals(a.sector()))) {
      return null;
    }
    String country = countryOf(a);
    Mention best = null;
    int bestCount = 0;
    for (Mention m : articleMentions) {
      if (placed(m) && "OPP".equals(m.actor().sector()) && country != null && country.equals(countryOf(m.actor()))) {
        int n = mentionsByCode.getOrDefault(m.actor().code(), 0);
        if (n > bestCount) {
          best = m;
          bestCount = n;
        }
      }
    }
    return best;
  }

  /** A mention of the country's government, or of the country itself taken as its government. */
  private @Nullable Mention governmentOf(String country) {
    Mention bare = null;
    for (Mention m : articleMentions) {
      if (!placed(m)) {
        continue;
      }
      String code = m.actor().code();
      if (code.equals(country + "GOV")) {
        return m;
      }
      if (code.equals(country) && bare == null) {
        bare = m;
      }
    }
    if (bare == null) {
      return null;
    }
    Actor a = bare.actor();
    return new Mention(bare.span(), bare.text(),
        new Actor(country + "GOV", a.name(), ActorKind.ORGANIZATION, country, "GOV"));
  }

  /**
   * The event without its target when the target is the source's own side ("the State Department welcomed …, in
   * Washington" aimed at the United States): an act is not aimed at its own country unless the text names a body of
   * it that is another party (opposition against government, police against civilians).
   */
  static Event withoutSelfTarget(Event e) {
    if (e.target() == null || !sameSide(e.target(), e.source()) || DOMESTIC_BY_DEFAULT.contains(e.type())) {
      return e;
    }
    return new Event(e.type(), e.cameoCode(), e.goldstein(), e.source(), null, e.date(), e.precision(),
        e.negated(), e.modality(), e.trigger(), e.sentence(), e.confidence(), e.rule());
  }

  static Event withTarget(Event e, Mention target, String how) {
    String rule = (e.rule() == null ? "" : e.rule()) + how;
    return new Event(e.type(), e.cameoCode(), e.goldstein(), e.source(), target, e.date(), e.precision(),
        e.negated(), e.modality(), e.trigger(), e.sentence(), e.confidence() * 0.8, rule);
  }

  /** One actor, or a country and one of its own bodies ("Britain" and "British ministers"). */
  static boolean sameSide(Mention a, Mention b) {
    Actor x = a.actor();
    Actor y = b.actor();
    if (x == null || y == null) {
      return false;
    }
    if (x.code().equals(y.code())) {
      return true;
    }
    // "Britain" and "British ministers" are one side; a bare country and its government are too
    String cx = countryOf(x);
    String cy = countryOf(y);
    return cx != null && cx.equals(cy) && (x.code().length() <= 3 || y.code().length() <= 3);
  }

  /** The actor's country, or its whole code for an international body (every IGO code starts with "IGO"). */
  static @Nullable String countryOf(Actor a) {
    String code = a.code();
    if (code.startsWith("IGO") || code.startsWith("NGO")) {
      return code;
    }
    return code.length() >= 3 ? code.substring(0, 3) : null;
  }

  /** Resolved to a known country or body: "UNK…" and "---…" codes place nothing. */
  static boolean placed(@Nullable Mention m) {
    if (m == null || m.actor() == null) {
      return false;
    }
    String code = m.actor().code();
    return !code.startsWith("UNK") && !code.startsWith("---") && code.length() >= 3;
  }

  static List<Mention> within(List<Mention> mentions, Span sentence) {
    List<Mention> out = new ArrayList<>();
    for (Mention m : mentions) {
      if (sentence.overlaps(m.span())) {
        out.add(m);
      }
    }
    return out;
  }
}
