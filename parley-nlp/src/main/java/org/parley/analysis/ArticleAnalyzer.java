package org.parley.analysis;

import java.util.ArrayList;
import java.util.List;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.parley.events.EventCoder;
import org.parley.model.DatePrecision;
import org.parley.model.Event;
import org.parley.actors.ActorResolver;
import org.parley.actors.TokenInfo;
import org.parley.model.Analysis;
import org.parley.model.Mention;
import org.parley.model.Quote;
import org.parley.quotes.QuoteExtractor;
import org.parley.model.Article;
import org.parley.model.Span;
import org.parley.nlp.NlpPipeline;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;

/**
 * Runs the analysis stages over one article: CoreNLP parse, actor mentions, quotes, events.
 * Thread-safe: each thread uses its own CoreNLP pipeline.
 */
public final class ArticleAnalyzer {
  private final ActorResolver actors;
  private final EventCoder coder;
  private final QuoteExtractor quoteExtractor = new QuoteExtractor();

  /** An analyser with the built-in actor dictionary. */
  public ArticleAnalyzer() {
    this(ActorResolver.builtIn());
  }

  /** An analyser resolving actors with the given resolver (e.g. one extended with the user's dictionaries). */
  public ArticleAnalyzer(ActorResolver actors) {
    this(actors, EventCoder.standard());
  }

  /** An analyser with the given actor resolver and event coder (e.g. with the user's lexicon). */
  public ArticleAnalyzer(ActorResolver actors, EventCoder coder) {
    this.actors = actors;
    this.coder = coder;
  }

  /** Texts longer than this are analysed only up to here, so one huge page cannot take the run's memory. */
  public static final int MAX_ANALYSED_CHARS = 200_000;

  /**
   * Codes events. Without a publication date relative dates ("on Friday") cannot be placed, so every event is
   * then left undated rather than dated against a guess.
   */
  private List<Event> events(ParsedDocument doc, List<Mention> mentions, List<Quote> quotes,
                             @Nullable LocalDate day) {
    List<Event> coded = coder.code(doc, mentions, quotes, day != null ? day : LocalDate.now(ZoneOffset.UTC));
    if (day != null) {
      return coded;
    }
    List<Event> undated = new ArrayList<>(coded.size());
    for (Event e : coded) {
      undated.add(new Event(e.type(), e.cameoCode(), e.goldstein(), e.source(), e.target(), null,
          DatePrecision.ARTICLE, e.negated(), e.modality(), e.trigger(), e.sentence(), e.confidence(), e.rule()));
    }
    return undated;
  }

  /** Analyses the article; skipped parts are named in the result's warnings. */
  public Analysis analyze(Article article) {
    List<String> warnings = new ArrayList<>();
    String language = article.language();
    if (language != null && !language.equals("en")) {
      warnings.add("not English (detected '" + language + "'): analysis skipped");
      return new Analysis(article, List.of(), List.of(), List.of(), List.of(), warnings);
    }
    String text = article.text();
    if (text.isBlank()) {
      warnings.add("no text to analyse");
      return new Analysis(article, List.of(), List.of(), List.of(), List.of(), warnings);
    }
    if (text.length() > MAX_ANALYSED_CHARS) {
      warnings.add("text longer than " + MAX_ANALYSED_CHARS + " characters: analysed the first "
          + MAX_ANALYSED_CHARS + " only");
      int cut = MAX_ANALYSED_CHARS;
      if (Character.isLowSurrogate(text.charAt(cut))) {
        cut--;
      }
      text = text.substring(0, cut);
    }
    String clean = TextSanitizer.withoutControlCharacters(text);
    ParsedDocument doc = NlpPipeline.forThisThread().parse(clean);
    List<Span> sentences = doc.sentences().stream().map(ParsedSentence::span).toList();
    LocalDate day = article.published() == null ? null : article.published().day();
    List<Mention> mentions = actorMentions(actors, doc, clean, day);
    List<Quote> quotes = SpeakerResolution.resolve(quoteExtractor.extract(doc), mentions, clean);
    List<Event> events = events(doc, mentions, quotes, day);
    return new Analysis(article, sentences, mentions, quotes, events, warnings);
  }

  /**
   * The actor mentions of a parsed text as the analysis finds them; benchmarks use it to see what users see.
   *
   * @param actors the resolver
   * @param doc the parse of {@code text}
   * @param text the text parsed
   * @param day the article's date, for date-bounded roles, or null
   */
  public static List<Mention> actorMentions(ActorResolver actors, ParsedDocument doc, String text,
                                            @Nullable LocalDate day) {
    List<Span> sentences = new ArrayList<>();
    List<List<TokenInfo>> tokens = new ArrayList<>();
    for (ParsedSentence s : doc.sentences()) {
      sentences.add(s.span());
      List<TokenInfo> ts = new ArrayList<>(s.tokens().size());
      for (Token t : s.tokens()) {
        ts.add(new TokenInfo(t.start(), t.end(), text.substring(t.start(), t.end()), t.pos(), t.ner()));
      }
      tokens.add(ts);
    }
    return actors.resolve(text, sentences, tokens, day);
  }
}
