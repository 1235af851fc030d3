package org.parley.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.Actor;
import org.parley.model.Event;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.model.Span;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;

/**
 * Codes political events (who did what to whom, when) from a parsed article and its resolved actor mentions.
 *
 * <p>Each predicate the {@link Lexicon} knows (an event verb, or an event noun on its own or under a light verb such as
 * "hold talks") is typed with a CAMEO code, its PLOVER type and Goldstein score from the {@link Ontology}. The source
 * comes from the subject (or the "by" agent of a passive, or the controller of an infinitive), the target from the
 * object, recipient, prepositional complement or the passive subject; a demand, appeal, refusal or accusation
 * without an object is aimed at the subject of its complement ("demanded that Hamas renounce …"). Report verbs pass
 * through to the reported clause ("Y attacked Z, officials said" and "X said its jets struck Z" code the attack),
 * except that a party opening its statement with another party's use of force makes an allegation ("Syria said
 * Turkish jets bombed a village" is Syria's ACCUSE, CAMEO 112, against Turkey, as CAMEO/PETRARCH code such claims);
 * accusations, demands, appeals and rejections keep their complement from being coded as a fact ("accused Belgrade
 * of preparing an incursion" is an ACCUSE, not an incursion).
 *
 * <p>Negation and modality: a negated cooperative act is coded as a REJECT ("will not soften its stance" and "would
 * not provide aid" are refusals that did happen: {@code negated=false}, modality kept). A negated conflictual act
 * ("did not attack") is emitted with {@code negated=true}; so is an act a denial embeds ("denied that it is arming
 * the rebels"). Acts in a condition ("if they refuse …") carry modality {@code "if"}. Users who count events should
 * count only events with {@code negated == false} and a modality other than {@code "if"}. Intended or future
 * cooperative acts ("will provide aid", "offered to hand over") are AGREE; intended force ("wants to attack",
 * "threatened to impose sanctions") is THREATEN.
 *
 * <p>Appeals (CAMEO 02: "urged", "called on", "asked … to") are typed REQUEST and keep their CAMEO code: PLOVER
 * folds appeals into requests, and readers do. CAMEO root 01 (public statements) has no PLOVER type; it is coded only
 * for clear predicates of the lexicon ("expressed concern over", "claimed responsibility for"), and only when both a
 * source and a distinct target actor are resolved; its {@link Event#type()} is {@link #STATEMENT}, a marker outside
 * PLOVER's 16 types that PLOVER exports and PLOVER scoring must leave out (see {@link #isPloverType(String)}).
 * {@link #APPEAL} is no longer emitted; stores written before may hold it.
 *
 * <p>Beyond the predicate coder, the article is read as a whole: {@link TargetInference} finds targets a predicate
 * leaves open, {@link HomeCountry} places "the government" in the article's country, and {@link QuotedActs} codes the
 * criticism, demands, refusals, threats and praise said in quotes. Every event names its {@link Event#rule()}.
 *
 * <p>Precision over recall: a predicate without a resolved source actor yields no event. Thread-safe once built.
 */
public final class EventCoder {
  /** Type marker of CAMEO root 01 (make public statement) events; not a PLOVER type. */
  public static final String STATEMENT = "STATEMENT";
  /** Type marker of CAMEO root 02 (appeal) events; not a PLOVER type. */
  public static final String APPEAL = "APPEAL";


  private final Lexicon lexicon;
  private final Ontology ontology;
  private final DateResolver dates = new DateResolver();
  private final QuotedActs quotedActs;

  /** A coder with the given lexicon and code tables. */
  public EventCoder(Lexicon lexicon, Ontology ontology) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    this.ontology = Objects.requireNonNull(ontology, "ontology");
    this.quotedActs = new QuotedActs(ontology);
  }

  /** Whether the sentence already has an event of the type by the same side (the predicate said it first). */
  private static boolean codedAlready(List<Event> events, Event e) {
    for (Event o : events) {
      if (o.sentence().equals(e.sentence()) && o.type().equals(e.type())
          && country(o.source()).equals(country(e.source()))) {
        return true;
      }
    }
    return false;
  }

  /** A coder with Parley's standard lexicon and tables. */
  public static EventCoder standard() {
    return new EventCoder(Lexicon.standard(), Ontology.standard());
  }

  /**
   * Codes the events of an article.
   *
   * @param doc the parsed article text
   * @param mentions the article's actor mentions (spans in {@code doc.text()}); unresolved ones are ignored
   * @param articleDate the publication date, for resolving relative dates
   * @return the events in sentence order; each carries its evidence sentence and trigger spans
   */
  public List<Event> code(ParsedDocument doc, List<Mention> mentions, LocalDate articleDate) {
    return code(doc, mentions, List.of(), articleDate);
  }

  /**
   * Codes the events of an article, including what its speakers do by what they say (criticism, demands, refusals,
   * threats and praise in their quotes).
   *
   * @param doc the parsed article text
   * @param mentions the article's actor mentions (spans in {@code doc.text()}); unresolved ones are ignored
   * @param quotes the article's quotes with their speakers
   * @param articleDate the publication date, for resolving relative dates
   * @return the events in sentence order; each carries its evidence sentence and trigger spans
   */
  public List<Event> code(ParsedDocument doc, List<Mention> mentions, List<Quote> quotes, LocalDate articleDate) {
    List<Event> out = new ArrayList<>();
    List<Mention> resolved = new ArrayList<>();
    for (Mention m : mentions) {
      if (m.actor() != null) {
        resolved.add(m);
      }
    }
    resolved.sort((a, b) -> Integer.compare(a.span().start(), b.span().start()));
    String home = HomeCountry.homeOf(resolved);
    resolved = HomeCountry.place(resolved);
    TargetInference targets = new TargetInference(resolved);
    ProposalAuthors authors = new ProposalAuthors();
    for (ParsedSentence s : doc.sentences()) {
      List<Mention> inSentence = new ArrayList<>();
      for (Mention m : resolved) {
        if (s.span().overlaps(m.span())) {
          inSentence.add(m);
        }
      }
      // actors first: a sentence without one is not parsed at all (the parse runs on first reading)
      if (inSentence.isEmpty() || s.dependencies().isEmpty()) {
        continue; // no actor, or an unparsed (over-long) sentence: no events
      }
      List<Event> coded = new ArrayList<>();
      List<Event> found = new SentenceCoder(s, inSentence, lexicon, ontology, dates.find(s, articleDate), articleDate,
          targets::accuserOf).code();
      for (Event e : found) {
        Event done = targets.complete(TargetInference.withoutSelfTarget(e), candidateTargets(e, found, inSentence));
        if (done.target() == null && ontology.requiresRecipient(done.type())) {
          continue; // aid, cooperation and sanctions are always given to someone; without a recipient, no event
        }
        coded.add(StateActs.received(StateActs.vetoed(byAuthor(done, authors.authorOfObject(s, done.trigger())), s), s));
      }
      authors.read(s, inSentence);
      out.addAll(dedupe(coded));
    }
    out.replaceAll(e -> spokenForByGovernment(e, quotes, home));
    List<Span> sentences = new ArrayList<>();
    for (ParsedSentence s : doc.sentences()) {
      sentences.add(s.span());
    }
    List<Event> spoken = quotedActs.code(doc.text(), sentences, quotes,
        q -> q.speaker() == null || q.speaker().actor() == null ? null : HomeCountry.place(q.speaker(), home),
        targets, resolved, articleDate);
    for (Event e : spoken) {
      if (!codedAlready(out, e)) {
        ParsedSentence at = doc.sentences().stream().filter(x -> x.span().contains(e.trigger())).findFirst()
            .orElse(null);
        out.add(at == null ? e : byAuthor(e, authors.authorOfObject(at, e.trigger())));
      }
    }
    out.sort(java.util.Comparator.comparingInt((Event e) -> e.sentence().start()));
    return out;
  }

  /** An act on a proposal the sentence names only as a thing is aimed at who proposed it, when that is known. */
  private static Event byAuthor(Event e, @Nullable Mention author) {
    // a target read from the act's own words stands; one guessed from the sentence or the article gives way.
    // Another body of the same code may be the proposer ("District Attorney X called the court's proposed rules …").
    if (author == null || !TargetInference.targetGuessed(e) || author.actor().equals(e.source().actor())) {
      return e;
    }
    return TargetInference.withTarget(e.withRule(TargetInference.ruleWithoutGuess(e)), author, "/target-proposer");
  }

  /**
   * "'There is no question of Britain giving up our veto,' the home secretary said": a country a member of its
   * government names as acting, in that member's quoted words, is the government acting.
   */
  private static Event spokenForByGovernment(Event e, List<Quote> quotes, @Nullable String home) {
    Actor a = e.source().actor();
    if (!StateActs.isBareState(e.source())) {
      return e;
    }
    for (Quote q : quotes) {
      if (q.speaker() == null || q.speaker().actor() == null || !q.span().contains(e.trigger())) {
        continue;
      }
      Mention speaker = HomeCountry.place(q.speaker(), home);
      Actor sa = speaker.actor();
      if (sa != null && a.country().equals(sa.country()) && "GOV".equals(sa.sector())) {
        return new Event(e.type(), e.cameoCode(), e.goldstein(), StateActs.governmentOf(e.source()), e.target(),
            e.date(), e.precision(),
            e.negated(), e.modality(), e.trigger(), e.sentence(), e.confidence(), e.rule() + "/government-speaks");
      }
    }
    return e;
  }

  /**
   * The sentence's mentions that may be the target of an event: all but the event's co-sources, the other actors one
   * act is coded for ("opposition from the US and Japan" is not the US opposing Japan).
   */
  private static List<Mention> candidateTargets(Event e, List<Event> found, List<Mention> inSentence) {
    List<Mention> out = new ArrayList<>(inSentence);
    for (Event other : found) {
      if (other != e && other.trigger().equals(e.trigger()) && other.type().equals(e.type())) {
        out.removeIf(m -> m.span().equals(other.source().span()));
      }
    }
    return out;
  }

  /** Drops repeats of the same dyad and code root, and a targetless copy of an event that also has a target. */
  private static List<Event> dedupe(List<Event> events) {
    Map<String, Event> keep = new LinkedHashMap<>();
    for (Event e : events) {
      // Country level: "Iraq's adviser met Assad … to discuss" is one CONSULT between IRQ and SYR, not two.
      String key = country(e.source()) + "|" + e.cameoRoot() + "|"
          + (e.target() == null ? "" : country(e.target())) + "|" + e.negated();
      keep.putIfAbsent(key, e);
    }
    List<Event> out = new ArrayList<>();
    for (Event e : keep.values()) {
      if (e.target() == null) {
        boolean shadowed = false;
        for (Event o : keep.values()) {
          if (o != e && o.target() != null && o.negated() == e.negated()
              && country(o.source()).equals(country(e.source()))
              && Objects.equals(ontologyType(o), ontologyType(e))) {
            shadowed = true;
            break;
          }
        }
        if (shadowed) {
          continue;
        }
      }
      out.add(e);
    }
    return out;
  }

  /**
   * Whether an event type is one of PLOVER's 16 types, i.e. not the {@link #STATEMENT} or {@link #APPEAL} marker of
   * CAMEO-only events.
   */
  public static boolean isPloverType(String type) {
    return org.parley.model.EventType.find(type).map(org.parley.model.EventType::isPlover).orElse(true);
  }

  private static String country(Mention m) {
    String code = m.actor() == null ? "" : m.actor().code();
    return code.length() > 3 ? code.substring(0, 3) : code;
  }

  private static String ontologyType(Event e) {
    return e.type().isEmpty() ? e.cameoRoot() : e.type() + e.cameoRoot();
  }
}
