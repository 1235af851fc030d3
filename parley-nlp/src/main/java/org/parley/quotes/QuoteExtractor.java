package org.parley.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.parley.model.Attribution;
import org.parley.model.Mention;
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
  private final SpeechActs speechActs;
  private final Speakers speakers;
  private final PageFurniture furniture;

  /** An extractor with the bundled speech-verb lexicon. */
  public QuoteExtractor() {
    this.cues = new CueFinder(SpeechLexicon.load());
    this.speechActs = SpeechActs.load();
    this.speakers = Speakers.load();
    this.furniture = PageFurniture.load();
  }

  /**
   * The cue with its speaker checked: a name set beside a description, the group a quantifier counts. A subject that
   * cannot speak ("the timing suggests …", "the bill proposes …") stays as the holder of what is reported, which is
   * then a belief, not speech; such cues are remembered in {@code noAgent}.
   */
  private Cue judged(Cue c, String text, java.util.Set<Cue> noAgent) {
    Speakers.Verdict v = speakers.judge(c.sentence(), text, c.speaker(), c.verb(), c.cueClass() == CueClass.SPEECH
        && c.sentence().tokens().get(c.verb()).isVerb());
    if (v.rejected()) {
      noAgent.add(c);
      return c;
    }
    if (v.speaker() == c.speaker()) {
      return c;
    }
    return new Cue(c.sentence(), c.verb(), c.cue(), c.cueSpan(), v.speaker(), c.content(), c.cueClass());
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
    CueFinder.Marks inMarks = offset -> indexOfMark(marks, offset) >= 0;
    List<Cue> found = new ArrayList<>();
    java.util.Set<Cue> noAgent = new java.util.HashSet<>();
    for (ParsedSentence s : doc.sentences()) {
      List<Cue> inSentence = cues.find(s, text, inMarks);
      if (inSentence.isEmpty()) {
        int st = s.span().start();
        boolean startsParagraph = st == 0 || text.lastIndexOf('\n', st - 1) >= lastNonSpace(text, st);
        cues.colon(s, text, startsParagraph).ifPresent(inSentence::add);
      }
      Cue previous = null;
      for (Cue raw : inSentence) {
        Cue c = withSpeakerOfCueBefore(raw, previous, text);
        previous = c;
        found.add(judged(withNounSource(withoutBorrowedIt(withoutPassiveSpeaker(reportingTheQuoteBefore(
            withoutSpeakerAsContent(c), text, marks))), text), text, noAgent));
      }
    }
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
      for (int m = firstMarkEndingAfter(marks, content.start()); m < marks.size(); m++) {
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
      Cue c = markCue[m] != null ? markCue[m] : nearbyCue(cuesAround(found, mk), mk, text);
      int words = Words.count(text, mk.start(), mk.end());
      if (c == null && mk.closed() && (words >= MIN_UNCUED_WORDS || utterance(text, mk))) {
        c = verbBeside(doc, mk, inMarks);
      }
      if (c == null && mk.closed() && (words >= MIN_UNCUED_WORDS || utterance(text, mk))) {
        c = cueOpeningNextSentence(doc, found, mk, inMarks);
      }
      if (c == null && (words >= MIN_UNCUED_WORDS || utterance(text, mk))) {
        c = cueClosingPreviousSentence(doc, found, marks, mk, inMarks);
      }
      if (c == null && words < MIN_UNCUED_WORDS && !DirectJoins.resumes(direct, mk, text)) {
        continue; // a scare quote, title or nickname
      }
      if (c != null && words < 2 && markCue[m] == null && !(c.cueClass() == CueClass.SPEECH && utterance(text, mk))) {
        continue; // one quoted word near a cue is usually a term the speaker used, not what was said
      }
      if (words < MIN_PHRASE_WORDS && !utterance(text, mk) && !DirectJoins.resumes(direct, mk, text)) {
        continue; // "a “special measures” regime", "told “Meet the Press”": a term or title inside the writer's sentence
      }
      if (c != null) {
        c = judged(c, text, noAgent);
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
   * The cue without content when its content starts inside its own speaker. Either the speaker is an inverted subject
   * the parser took for an object ("“…,” wrote one commenter"), or the speaker was taken from the reported clause
   * itself ("…, saying they were nitpicking" with "they" as speaker): a misparse whose content was wrong as often as
   * not, while a quotation next to the cue still gets its speaker from it.
   */
  private static Cue withoutSpeakerAsContent(Cue c) {
    Span content = c.content();
    Mention sp = c.speaker();
    if (content == null || sp == null || content.start() < sp.span().start() || content.start() >= sp.span().end()) {
      return c;
    }
    return new Cue(c.sentence(), c.verb(), c.cue(), c.cueSpan(), sp, null, c.cueClass());
  }

  /**
   * The cue without content when it is a speech verb whose speaker stands right after a closing quotation mark
   * ("“…,” Lee Park, a former adviser, said on Thursday") and whose content has no verb: it reports that quotation,
   * and what follows the verb ("on Thursday", "of their time", "told CNN") is no content of its own.
   */
  private static Cue reportingTheQuoteBefore(Cue c, String text, List<Marked> marks) {
    Span content = c.content();
    Mention sp = c.speaker();
    String pos = c.sentence().tokens().get(c.verb()).pos();
    if (c.cueClass() != CueClass.SPEECH || content == null || sp == null || content.start() < c.cueSpan().end()
        || sp.span().end() > c.cueSpan().start() || !(pos.equals("VBD") || pos.equals("VBZ") || pos.equals("VBP"))) {
      return c; // participles ("…,” he said, referring to the senator") report what follows them
    }
    int m = firstMarkEndingAfter(marks, sp.span().start() + 1) - 1;
    if (m < 0 || !marks.get(m).closed() || marks.get(m).end() > sp.span().start()
        || marks.get(m).start() < c.sentence().span().start()) {
      return c;
    }
    for (int i = marks.get(m).end(); i < sp.span().start(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return c;
      }
    }
    if (SpeechActs.hasClause(c)) {
      return c; // a clause of its own: "“…,” she said that …"
    }
    return new Cue(c.sentence(), c.verb(), c.cue(), c.cueSpan(), sp, null, c.cueClass());
  }

  /**
   * The cue without a speaker when it is a participle clause of the passive with no agent ("Asked about the plan, Lee
   * said …"), or an intention verb in the passive with no agent ("Park, who is widely expected to win"): the subject
   * it borrows was asked or is expected of; who asks or expects is not named. Its content stays as found.
   */
  private static Cue withoutPassiveSpeaker(Cue c) {
    boolean judged = c.cueClass() == CueClass.INTENTION
        && CueFinder.passiveNoAgent(c.sentence(), c.verb());
    if (c.speaker() == null || !(judged || CueFinder.passiveWithoutAgent(c.sentence(), c.verb()))) {
      return c;
    }
    return new Cue(c.sentence(), c.verb(), c.cue(), c.cueSpan(), null, c.content(), c.cueClass());
  }

  /**
   * The cue without a speaker when that speaker is "it" borrowed by a complement verb ("It is difficult to predict how
   * …", "it doesn't take a mathematician to see …"): an expletive, not who speaks. "It" as the cue's own subject ("the
   * report … It says") stays.
   */
  private static Cue withoutBorrowedIt(Cue c) {
    Mention sp = c.speaker();
    if (sp == null || !sp.text().equalsIgnoreCase("it")) {
      return c;
    }
    for (org.parley.nlp.Dependency d : c.sentence().childrenOf(c.verb())) {
      if (c.sentence().tokens().get(d.dependent()).start() == sp.span().start()) {
        return c;
      }
    }
    // Borrowed by a verb complement ("difficult to predict", "it means admitting"); a conjunct or a participle clause
    // shares its head's subject ("It seized territory and vowed …", "it attacked Trump, saying …").
    Optional<org.parley.nlp.Dependency> h = c.sentence().headOf(c.verb());
    String rel = h.isEmpty() ? "" : h.get().baseRelation();
    if (!(c.sentence().tokens().get(c.verb()).pos().equals("VB") || rel.equals("xcomp") || rel.equals("ccomp")
        || rel.equals("csubj"))) {
      return c;
    }
    return new Cue(c.sentence(), c.verb(), c.cue(), c.cueSpan(), null, c.content(), c.cueClass());
  }

  /**
   * A participle cue set off by a comma with no speaker found ("“…,” Trump said in August, referring to Kerry", the
   * participle hung on a word of the quote) takes the speaker of the cue before it in the sentence.
   */
  private static Cue withSpeakerOfCueBefore(Cue c, @Nullable Cue before, String text) {
    if (c.speaker() != null || before == null || before.speaker() == null || c.cueClass() == CueClass.RAISING) {
      return c;
    }
    List<org.parley.nlp.Token> toks = c.sentence().tokens();
    int v = c.verb();
    if (!toks.get(v).pos().equals("VBG") || v < 1 || !toks.get(v - 1).pos().equals(",")
        || before.cueSpan().end() > c.cueSpan().start()) {
      return c;
    }
    return new Cue(c.sentence(), c.verb(), c.cue(), c.cueSpan(), before.speaker(), c.content(), c.cueClass());
  }

  /**
   * A noun cue with no speaker takes the one a prepositional phrase on it names ("the suggestion by a senator that
   * …").
   */
  private static Cue withNounSource(Cue c, String text) {
    if (c.speaker() != null || c.content() == null) {
      return c;
    }
    Mention sp = CueFinder.nounSource(c.sentence(), text, c.verb(), c.content().start());
    return sp == null ? c : new Cue(c.sentence(), c.verb(), c.cue(), c.cueSpan(), sp, c.content(), c.cueClass());
  }

  /** A verb framing the quote from right after it or right before it ("“…,” Trump shot back."). */
  private @Nullable Cue verbBeside(ParsedDocument doc, Marked mk, CueFinder.Marks inMarks) {
    String text = doc.text();
    ParsedSentence end = sentenceAt(doc, mk.end() - 1);
    if (end != null) {
      Optional<Cue> c = cues.besideQuote(end, text, mk.start(), mk.end(), true, inMarks);
      if (c.isPresent()) {
        return c.get();
      }
    }
    ParsedSentence start = sentenceAt(doc, mk.start());
    return start == null ? null : cues.besideQuote(start, text, mk.start(), mk.end(), false, inMarks).orElse(null);
  }

  /**
   * The attribution of a quote that ends its own sentence ("“… Will be such fun!” Trump tweeted.", "“…?” the
   * narrator asks."): the splitter put the attribution in a sentence of its own, right after the closing mark in the
   * same paragraph. A speech cue there with no content of its own, near the sentence start, or a verb framing the
   * quote from there.
   */
  private @Nullable Cue cueOpeningNextSentence(ParsedDocument doc, List<Cue> found, Marked mk,
      CueFinder.Marks inMarks) {
    String text = doc.text();
    ParsedSentence holding = sentenceAt(doc, mk.end() - 1);
    if (holding == null || holding.span().end() > mk.end()) {
      return null;
    }
    ParsedSentence next = null;
    for (ParsedSentence s : doc.sentences()) {
      if (s.span().start() >= mk.end()) {
        next = s;
        break;
      }
    }
    if (next == null) {
      return null;
    }
    for (int i = mk.end(); i < next.span().start(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\n') {
        return null;
      }
    }
    for (Cue c : found) {
      if (c.sentence() == next && c.cueClass() == CueClass.SPEECH && !SpeechActs.hasClause(c)
          && Words.count(text, next.span().start(), c.cueSpan().start()) <= 6) {
        return c;
      }
    }
    return cues.besideQuote(next, text, mk.start(), mk.end(), true, inMarks).orElse(null);
  }

  /**
   * The attribution of a quote that opens its own sentence right after a short one naming who speaks ("Dana Ruiz
   * agreed. “…”", "As the mayor put it: ¶“…”"): a speech cue with no content of its own near the end of that
   * sentence, or a verb framing the quote from there. Across a paragraph break only after a colon; never from a
   * sentence that holds a quotation itself.
   */
  private @Nullable Cue cueClosingPreviousSentence(ParsedDocument doc, List<Cue> found, List<Marked> marks,
      Marked mk, CueFinder.Marks inMarks) {
    String text = doc.text();
    ParsedSentence prev = null;
    for (ParsedSentence s : doc.sentences()) {
      if (s.span().end() > mk.start()) {
        break;
      }
      prev = s;
    }
    if (prev == null) {
      return null;
    }
    int m = firstMarkEndingAfter(marks, prev.span().start());
    if (m < marks.size() && marks.get(m).start() < prev.span().end()) {
      return null; // the sentence holds a quotation and is its attribution; this quote resumes that one
    }
    boolean colon = text.charAt(prev.span().end() - 1) == ':';
    for (int i = prev.span().end(); i < mk.start(); i++) {
      if (!Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\n' && !colon) {
        return null;
      }
    }
    for (Cue c : found) {
      if (c.sentence() == prev && c.cueClass() == CueClass.SPEECH && !SpeechActs.hasClause(c)
          && Words.count(text, c.cueSpan().end(), prev.span().end()) <= 6) {
        return c;
      }
    }
    return cues.besideQuote(prev, text, mk.start(), mk.end(), false, inMarks).orElse(null);
  }

  /** The sentence holding the character at the offset, or null. */
  private static @Nullable ParsedSentence sentenceAt(ParsedDocument doc, int offset) {
    List<ParsedSentence> all = doc.sentences();
    int lo = 0;
    int hi = all.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      Span sp = all.get(mid).span();
      if (sp.end() <= offset) {
        lo = mid + 1;
      } else if (sp.start() > offset) {
        hi = mid - 1;
      } else {
        return all.get(mid);
      }
    }
    return null;
  }

  /**
   * A quoted stretch closed with its own sentence punctuation ("“Scam,” he said", "“No!”"): a whole utterance, however
   * short, rather than a word quoted inside the writer's sentence.
   */
  static boolean utterance(String text, Marked mk) {
    if (!mk.closed() || mk.end() - mk.start() < 3) {
      return false;
    }
    char last = text.charAt(mk.end() - 2);
    return last == ',' || last == '.' || last == '!' || last == '?';
  }

  /**
   * Whether a quoted stretch is a whole utterance (closed by its own punctuation, or four words or more) standing right
   * next to the cue: nothing but the speaker's words, punctuation and spaces between them ("“…,” she said",
   * "he said: “…”", "“…,” said the mayor").
   */
  private static boolean adjacentUtterance(String text, Marked mk, Cue c) {
    if (!(utterance(text, mk) || Words.count(text, mk.start(), mk.end()) >= 4)) {
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

  /** A speech cue in the same sentence(s) as the quote, outside it, with no clause of its own to report. */
  private static @Nullable Cue nearbyCue(List<Cue> found, Marked mk, String text) {
    Cue best = null;
    int bestDist = Integer.MAX_VALUE;
    for (Cue c : found) {
      Span s = c.sentence().span();
      if (c.cueClass() != SpeechLexicon.CueClass.SPEECH || !(s.start() < mk.end() && mk.start() < s.end())) {
        continue;
      }
      if (c.content() != null && Words.count(text, c.content().start(), c.content().end()) > 2 && !utterance(text, mk)) {
        continue; // a cue with a clause of its own reports that, unless the quote is a whole utterance
      }
      int dist = c.cueSpan().start() >= mk.end() ? c.cueSpan().start() - mk.end() : mk.start() - c.cueSpan().end();
      if (dist >= 0 && dist < bestDist) {
        best = c;
        bestDist = dist;
      }
    }
    return best;
  }

  private static boolean closer(Cue a, Cue b, Marked m) {
    return distance(a.cueSpan(), m) < distance(b.cueSpan(), m);
  }

  private static int distance(Span s, Marked m) {
    return s.start() >= m.end() ? s.start() - m.end() : Math.abs(m.start() - s.end());
  }

  /** Binary search: marks come sorted by start and do not overlap. */
  private static int indexOfMark(List<Marked> marks, int offset) {
    int lo = 0;
    int hi = marks.size() - 1;
    int found = -1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).start() <= offset) {
        found = mid;
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return found >= 0 && offset < marks.get(found).end() ? found : -1;
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

  /** Index of the first mark that ends after the offset (marks are sorted and disjoint). */
  private static int firstMarkEndingAfter(List<Marked> marks, int offset) {
    int lo = 0;
    int hi = marks.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (marks.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The cues whose sentence overlaps the mark (cues come in sentence order). */
  private static List<Cue> cuesAround(List<Cue> found, Marked mk) {
    int lo = 0;
    int hi = found.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (found.get(mid).sentence().span().end() <= mk.start()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    List<Cue> out = new ArrayList<>();
    for (int i = lo; i < found.size() && found.get(i).sentence().span().start() < mk.end(); i++) {
      out.add(found.get(i));
    }
    return out;
  }
}
