package org.parley.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.parley.model.Attribution;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;
import org.parley.nlp.ParsedDocument;
import org.parley.nlp.ParsedSentence;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.SpeechLexicon.CueClass;
import org.parley.quotes.QuoteMarks.Marked;

/**
 * Extracts direct, mixed and indirect (reported) quotes from a parsed document and attributes each to a speaker
 * mention and a cue.
 *
 * <ul>
 *   <li><b>Direct</b>: text in quotation marks (any style; unclosed marks stop at the paragraph end) that a speech
 *       cue governs, or that is long enough to be speech. A quote interrupted by its attribution ("“We will not,” she
 *       said, “back down.”") within one paragraph, and a paragraph that carries on the previous quote without a cue of its
 *       own, become one quote whose span runs from the first opening mark to the last closing one, attribution
 *       included; a quote resumed in the next paragraph after its attribution ("…,” he said.¶“More.”) stays separate,
 *       as news annotation counts it. A direct quote's span and text leave out its outer quotation marks.
 *   <li><b>Indirect</b>: the clausal complement of a speech or belief verb ("told reporters that …"), the clause
 *       around a parenthetical cue ("The talks failed, the minister said."), the main clause of "according to X" or
 *       "in a new poll", the position a stance verb takes ("endorsed Cruz", "warned against cuts"), an intention
 *       ("plans to run"), a portrayal ("sees the deal as a trap"), an appearance ("Trump appears to be gaining"),
 *       and the "that" clause of a noun of saying or believing ("her claim that …").
 *   <li><b>Mixed</b>: indirect content that contains quoted words.
 * </ul>
 *
 * <p>Short quoted phrases that no cue governs (scare quotes, titles, nicknames) are not reported. Speaker mentions are
 * left unresolved ({@code actor} is null): actor resolution is a later stage. Instances are immutable and
 * thread-safe.
 */
public final class QuoteExtractor {
  /** A cue-less quoted stretch with at least this many words is taken as speech rather than a scare quote. */
  static final int MIN_UNCUED_WORDS = 6;
  /** Quotes separated by at most this many words (the attribution) are joined into one. */
  static final int MAX_JOIN_GAP_WORDS = 25;
  /**
   * A quoted stretch shorter than this that does not close with its own punctuation is a term, a title or a scare
   * quote, not an utterance; inside reported content it still makes the quote mixed.
   */
  static final int MIN_PHRASE_WORDS = 4;

  private final CueFinder cues;
  private final CueCorrections corrections;
  private final QuotationCues quotationCues;
  private final SpeechActs speechActs;
  private final PageFurniture furniture;

  /** An extractor with the bundled speech-verb lexicon. */
  public QuoteExtractor() {
    this.cues = new CueFinder(SpeechLexicon.load());
    this.corrections = new CueCorrections(Speakers.load());
    this.quotationCues = new QuotationCues(cues);
    this.speechActs = SpeechActs.load();
    this.furniture = PageFurniture.load();
  }

  /**
   * Finds the quotes of a document.
   *
   * @param doc a parsed document
   * @return its quotes in text order, never null
   */
  public List<Quote> extract(ParsedDocument doc) {
    Objects.requireNonNull(doc, "doc");
    String text = doc.text();
    List<Marked> marks = QuoteMarks.find(text);
    CueFinder.Marks inMarks = offset -> QuoteMarks.indexOfMark(marks, offset) >= 0;
    Set<Cue> noAgent = new HashSet<>();
    List<Cue> found = cuesOf(doc, marks, inMarks, noAgent);
    Cue[] markCue = new Cue[marks.size()];
    boolean[] consumed = new boolean[marks.size()];
    List<Draft> drafts = new ArrayList<>();
    for (Cue c : found) {
      Span content = c.content();
      if (content == null) {
        continue;
      }
      int words = Words.count(text, content.start(), content.end());
      int quoted = 0;
      List<Integer> touched = new ArrayList<>();
      for (int m = QuoteMarks.firstMarkEndingAfter(marks, content.start()); m < marks.size(); m++) {
        Marked mk = marks.get(m);
        if (mk.start() >= content.end()) {
          break;
        }
        if (content.start() < mk.end()) {
          touched.add(m);
          quoted += Words.count(text, Math.max(mk.start(), content.start()), Math.min(mk.end(), content.end()));
        }
      }
      int adjacent = -1;
      for (int m : touched) {
        if (adjacent < 0 && adjacentUtterance(text, marks.get(m), c)) {
          adjacent = m;
        }
      }
      if (adjacent >= 0) {
        // "“That makes me smart,” he boasted, adding that …": the cue stands right next to a whole quoted utterance,
        // which is what it reports; the words around belong to other clauses (and other cues).
        if (markCue[adjacent] == null || closer(c, markCue[adjacent], marks.get(adjacent))) {
          markCue[adjacent] = c;
        }
      } else if (touched.isEmpty()) {
        drafts.add(new Draft(content, QuoteKind.INDIRECT, c));
      } else if (touched.size() == 1 && quoted * 5 >= words * 4) {
        int m = touched.get(0);
        if (markCue[m] == null || closer(c, markCue[m], marks.get(m))) {
          markCue[m] = c;
        }
      } else {
        int start = content.start();
        int end = content.end();
        for (int m : touched) {
          consumed[m] = true;
          end = Math.max(end, marks.get(m).end());
          start = Math.min(start, marks.get(m).start());
        }
        drafts.add(new Draft(new Span(start, end), QuoteKind.MIXED, c));
      }
    }
    List<Draft> direct = new ArrayList<>();
    for (int m = 0; m < marks.size(); m++) {
      if (consumed[m]) {
        continue;
      }
      Marked mk = marks.get(m);
      Span span = new Span(mk.start(), mk.end());
      Cue c = markCue[m] != null ? markCue[m] : quotationCues.of(doc, found, marks, mk, inMarks);
      int words = Words.count(text, mk.start(), mk.end());
      if (c == null && words < MIN_UNCUED_WORDS && !DirectJoins.resumes(direct, mk, text)) {
        continue; // a scare quote, title or nickname
      }
      if (c != null && words < 2 && markCue[m] == null
          && !(c.cueClass() == CueClass.SPEECH && QuoteMarks.utterance(text, mk))) {
        continue; // one quoted word near a cue is usually a term the speaker used, not what was said
      }
      if (words < MIN_PHRASE_WORDS && !QuoteMarks.utterance(text, mk)
          && !DirectJoins.resumes(direct, mk, text)) {
        continue; // "a “special measures” regime", "told “Meet the Press”": a term or title inside the writer's sentence
      }
      if (c != null) {
        c = corrections.judged(c, text, noAgent);
      }
      Draft d = new Draft(span, QuoteKind.DIRECT, c);
      if (c != null && noAgent.contains(c)) {
        d.speaker = null; // words in quotation marks were said by someone, but not by "the timing"
      }
      d.open = !mk.closed();
      direct.add(d);
    }
    drafts.addAll(DirectJoins.joinDirect(direct, text));
    drafts.addAll(listItems(found, text));
    drafts.sort(Comparator.comparingInt((Draft d) -> d.span.start()).thenComparingInt(d -> d.span.end()));
    DirectJoins.inheritSpeakers(drafts, text);
    return quotesOf(doc, drafts, noAgent);
  }

  /**
   * The cues of every sentence, corrected and with their speakers checked, in sentence order; a sentence with no
   * other cue may hold a colon after a name. Cues whose subject cannot speak are added to {@code noAgent}.
   */
  private List<Cue> cuesOf(ParsedDocument doc, List<Marked> marks, CueFinder.Marks inMarks, Set<Cue> noAgent) {
    String text = doc.text();
    List<Cue> found = new ArrayList<>();
    for (ParsedSentence s : doc.sentences()) {
      List<Cue> inSentence = cues.find(s, text, inMarks);
      if (inSentence.isEmpty()) {
        int st = s.span().start();
        boolean startsParagraph = st == 0 || text.lastIndexOf('\n', st - 1) >= lastNonSpace(text, st);
        cues.colon(s, text, startsParagraph).ifPresent(inSentence::add);
      }
      Cue previous = null;
      for (Cue raw : inSentence) {
        Cue c = CueCorrections.withSpeakerOfCueBefore(raw, previous);
        previous = c;
        found.add(corrections.judged(CueCorrections.corrected(c, text, marks), text, noAgent));
      }
    }
    return found;
  }

  /**
   * The quotes the drafts become, in the drafts' order, each labelled speech or belief; left out are reports made
   * inside another's content ({@link NestedReports}), headlines, captions, pull quotes and speakerless twins.
   */
  private List<Quote> quotesOf(ParsedDocument doc, List<Draft> drafts, Set<Cue> noAgent) {
    String text = doc.text();
    List<NestedReports.Report> reports = new ArrayList<>();
    for (Draft d : drafts) {
      if (d.kind == QuoteKind.DIRECT) {
        d.span = DirectJoins.withoutOuterMarks(text, d.span);
      }
      reports.add(new NestedReports.Report(d.span, d.cueSpan, d.kind,
          d.source != null && d.source.cueClass() == CueClass.SPEECH, d.listItem ? Attribution.SPEECH
          : speechActs.of(d.source, d.kind, text, cueInsideAnother(d, drafts),
          d.source != null && noAgent.contains(d.source))));
    }
    NestedReports.Verdict[] verdicts = NestedReports.judge(reports);
    List<String> texts = drafts.stream().map(d -> text.substring(d.span.start(), d.span.end())).toList();
    List<Quote> out = new ArrayList<>();
    for (int i = 0; i < drafts.size(); i++) {
      Draft d = drafts.get(i);
      if (verdicts[i] == NestedReports.Verdict.DROP || furniture.inHeadlineOrCaption(text, d.span)
          || d.kind == QuoteKind.DIRECT && d.cue == null && PageFurniture.isPullQuote(text, d.span, texts)) {
        continue;
      }
      Attribution a = verdicts[i] == NestedReports.Verdict.BELIEF ? Attribution.BELIEF : reports.get(i).attribution();
      out.add(new Quote(d.span, DirectJoins.quotedText(text, d), d.kind, d.speaker, d.cue, d.cueSpan, sentenceSpan(doc, d.span),
          a));
    }
    return NestedReports.withoutSpeakerlessTwins(out);
  }

  /**
   * Whether a quoted stretch is a whole utterance (closed by its own punctuation, or four words or more) standing right
   * next to the cue: nothing but the speaker's words, punctuation and spaces between them ("“…,” she said",
   * "he said: “…”", "“…,” said the mayor").
   */
  private static boolean adjacentUtterance(String text, Marked mk, Cue c) {
    if (!(QuoteMarks.utterance(text, mk) || Words.count(text, mk.start(), mk.end()) >= 4)) {
      return false;
    }
    Span cue = c.cueSpan();
    Span content = c.content();
    // Content reaching past the quote on its far side ("The bill was “heartbreaking,” she said") is a mixed quote.
    if (content != null && (mk.end() <= cue.start() ? Words.count(text, content.start(), mk.start()) > 0
        : Words.count(text, mk.end(), content.end()) > 0)) {
      return false;
    }
    int from;
    int to;
    if (mk.end() <= cue.start()) {
      from = mk.end();
      to = cue.start();
    } else if (cue.end() <= mk.start()) {
      from = cue.end();
      to = mk.start();
    } else {
      return false;
    }
    Span sp = c.speaker() == null ? null : c.speaker().span();
    for (int i = from; i < to; i++) {
      char ch = text.charAt(i);
      boolean inSpeaker = sp != null && sp.start() <= i && i < sp.end();
      if (!inSpeaker && !Character.isWhitespace(ch) && Character.isLetterOrDigit(ch)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The items of lists that a verb of saying introduces with a colon at the end of its paragraph ("He also said:¶The
   * deal will pass¶…"), each an indirect quote of the cue's speaker.
   */
  private static List<Draft> listItems(List<Cue> found, String text) {
    List<Draft> out = new ArrayList<>();
    for (Cue c : found) {
      Span sentence = c.sentence().span();
      int colon = sentence.end() - 1;
      if (c.cueClass() != CueClass.SPEECH || colon < c.cueSpan().end() || text.charAt(colon) != ':'
          || Words.count(text, c.cueSpan().end(), colon) > 4) {
        continue;
      }
      for (Span item : ColonLists.itemsAfter(text, colon)) {
        Draft d = new Draft(item, QuoteKind.INDIRECT, c);
        d.listItem = true;
        out.add(d);
      }
    }
    return out;
  }

  /** Whether the draft's cue stands inside another quote's span: a report within someone's reported words. */
  private static boolean cueInsideAnother(Draft d, List<Draft> drafts) {
    if (d.cueSpan == null) {
      return false;
    }
    for (Draft o : drafts) {
      if (o != d && o.span.start() <= d.cueSpan.start() && d.cueSpan.end() <= o.span.end()) {
        return true;
      }
    }
    return false;
  }

  private static int lastNonSpace(String text, int before) {
    int i = before - 1;
    while (i >= 0 && Character.isWhitespace(text.charAt(i))) {
      i--;
    }
    return i;
  }

  private static boolean closer(Cue a, Cue b, Marked m) {
    return distance(a.cueSpan(), m) < distance(b.cueSpan(), m);
  }

  private static int distance(Span s, Marked m) {
    return s.start() >= m.end() ? s.start() - m.end() : Math.abs(m.start() - s.end());
  }

  private static Span sentenceSpan(ParsedDocument doc, Span span) {
    int start = span.start();
    int end = span.end();
    List<ParsedSentence> all = doc.sentences();
    int lo = 0;
    int hi = all.size() - 1;
    while (lo < hi) { // first sentence ending after the span start
      int mid = (lo + hi) >>> 1;
      if (all.get(mid).span().end() <= span.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    for (int i = lo; i < all.size() && all.get(i).span().start() < span.end(); i++) {
      Span s = all.get(i).span();
      if (span.start() < s.end()) {
        start = Math.min(start, s.start());
        end = Math.max(end, s.end());
      }
    }
    return new Span(start, end);
  }
}
