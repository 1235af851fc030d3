package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.quotes.SpeechLexicon.CueClass;
import org.parley.words.WordLists;

/**
 * Finds attribution cues in one parsed sentence: a speech verb with its subject and the clause it reports (its ccomp,
 * or the clause it interrupts as a parenthetical "…, the minister said"), and "according to X" with its main clause.
 */
final class CueFinder {
  /** Relations through which a participle or coordinated verb borrows the subject of its head ("…, adding that"). */
  private static final Set<String> SUBJECT_FROM_HEAD = Set.of("conj", "xcomp", "advcl", "acl", "ccomp", "parataxis", "dep");
  /** Left dependents that are not part of a speaker's noun phrase. */
  private static final Set<String> NP_SKIP = Set.of("case", "punct", "cc", "mark", "advmod", "acl", "dep", "cop", "nsubj",
      "nsubj:pass", "csubj", "aux", "aux:pass", "expl", "obl", "obj", "iobj", "advcl", "ccomp", "xcomp", "parataxis",
      "discourse");

  private static final WordLists WORDS = WordLists.of(CueFinder.class, "cue-words.txt");

  /** Relative pronouns standing as a subject, whose antecedent is the one who speaks ("Sanders, who said …"). */
  private static final Set<String> RELATIVE_PRONOUNS = WORDS.set("relative-pronouns");

  /** Documents and surveys that report content: "In a new poll, Clinton leads by five points". */
  private static final Set<String> SOURCE_NOUNS = WORDS.set("source-nouns");
  /** Adjectives of stance and belief predicated of a source: "Sanders is opposed to the deal", "she is certain that …". */
  private static final Set<String> ADJECTIVE_CUES = WORDS.set("adjective-cues");
  /** Prepositions that attach what a stance adjective is about ("opposed to the deal", "certain of victory"). */
  private static final Set<String> ADJECTIVE_PREPOSITIONS = WORDS.set("adjective-prepositions");

  /** Verbs whose object noun cue belongs to their subject: "Trump made the claim that …". */
  private static final Set<String> NOUN_CUE_VERBS = WORDS.set("noun-cue-verbs");
  /** Nouns of saying and believing that take a "that" clause: "her claim that the vote was rigged". */
  private static final Set<String> NOUN_CUES = WORDS.set("noun-cues");

  /** Prepositions that attach what a stance verb is about ("warned about", "voted against"). */
  private static final Set<String> OBJECT_PREPOSITIONS = WORDS.set("object-prepositions");

  private final SpeechLexicon lexicon;

  CueFinder(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * One cue and what it attributes.
   *
   * @param sentence the sentence
   * @param verb index of the cue token (the verb, or "according")
   * @param cue the cue words
   * @param cueSpan where they are
   * @param speaker the speaker mention, when the sentence names one
   * @param content where the reported content is, or null when the cue only governs a direct quote
   * @param cueClass the kind of cue
   */
  record Cue(ParsedSentence sentence, int verb, String cue, Span cueSpan, @Nullable Mention speaker,
             @Nullable Span content, CueClass cueClass) {}

  List<Cue> find(ParsedSentence s, String text, Marks marks) {
    List<Cue> out = new ArrayList<>();
    // words first: a sentence that has no word any cue starts from is never parsed (the parse runs on first reading)
    if (!mayHoldCue(s, marks) || s.dependencies().isEmpty()) {
      return out;
    }
    List<Token> toks = s.tokens();
    for (Token t : toks) {
      if (marks.inside(t.start())) {
        continue; // attributions nested inside a direct quote are the speaker's words, not the article's
      }
      if (t.word().equalsIgnoreCase("according") && t.index() + 1 < toks.size()
          && toks.get(t.index() + 1).word().equalsIgnoreCase("to")) {
        according(s, text, t).ifPresent(out::add);
        continue;
      }
      if (t.word().equalsIgnoreCase("in")) {
        sourceDocument(s, text, t).ifPresent(out::add);
        continue;
      }
      if ((t.pos().startsWith("JJ") || t.pos().equals("VBN")) && ADJECTIVE_CUES.contains(t.word().toLowerCase(Locale.ROOT))) {
        Optional<Cue> a = adjectiveCue(s, text, t);
        if (a.isPresent()) {
          out.add(a.get());
          continue;
        }
      }
      if (t.isNoun() && NOUN_CUES.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        nounCue(s, text, t).ifPresent(out::add);
        continue;
      }
      if (!t.isVerb()) {
        continue;
      }
      String particle = null;
      for (Dependency d : s.childrenOf(t.index())) {
        if (d.relation().equals("compound:prt")) {
          particle = toks.get(d.dependent()).word();
        }
      }
      Optional<CueClass> cls = lexicon.classOf(t.lemma(), particle);
      int prepObject = -1;
      if (cls.isEmpty()) {
        // "talked about the economy", "pointed to the polls": a verb that reports only with its preposition.
        for (Dependency d : s.childrenOf(t.index())) {
          if (d.dependent() > t.index() && (d.relation().equals("obl") || d.relation().equals("advcl"))) {
            cls = lexicon.withPreposition(t.lemma(), prepositionOf(s, d.dependent()));
            if (cls.isPresent()) {
              prepObject = d.dependent();
              break;
            }
          }
        }
      }
      if (cls.isEmpty()) {
        continue;
      }
      CueClass c = cls.get();
      Mention speaker = speakerOf(s, text, t.index());
      if (speaker != null && marks.inside(speaker.span().start())) {
        // The parser took a word of the quote as the subject: "“We will not,” the minister said, “…”".
        speaker = adjacentSpeaker(s, text, t.index(), marks);
      }
      if (speaker != null && !hasLetter(speaker.text())) {
        speaker = null; // a stray quotation-mark token taken as the subject
      }
      if (speaker == null && t.pos().equals("VBG")) {
        speaker = participleSpeaker(s, text, t.index());
      }
      Span content = null;
      List<Integer> clause = new ArrayList<>();
      for (Dependency d : s.childrenOf(t.index())) {
        if (d.relation().equals("ccomp") || (clause.size() > 0 && isReportedConjunct(s, d))) {
          clause.addAll(s.subtree(d.dependent()));
        }
      }
      if (!clause.isEmpty()) {
        content = spanOf(s, clause, Set.of());
      }
      if (c == CueClass.RAISING) {
        content = raisedContent(s, t.index());
        if (content == null) {
          continue;
        }
        speaker = null; // "Trump appears to be gaining": Trump is what is judged, not who judges
      } else if (content == null && prepObject >= 0) {
        content = spanOf(s, s.subtree(prepObject), Set.of());
      } else if (content == null && c == CueClass.INTENTION) {
        content = complementContent(s, t.index(), Set.of("xcomp"));
      } else if (content == null && c == CueClass.PORTRAYAL) {
        content = complementContent(s, t.index(), Set.of("as"));
      }
      if (content == null && c == CueClass.SPEECH) {
        content = parentheticalContent(s, t);
      }
      // A position taken is reported by a finite verb or participle ("endorsed Cruz", "backing Cruz"); the bare form
      // is mostly a plan or a possibility ("will support the nominee", "refused to back the bill"), seldom reported.
      if (content == null && speaker != null && (c == CueClass.SPEECH || c == CueClass.STANCE)
          && !t.pos().equals("VB")) {
        content = objectContent(s, t, c == CueClass.SPEECH);
      }
      if (content == null && c == CueClass.STANCE && isPassive(s, t.index())
          && !ADDRESSEE_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        // "The plan was rejected by the council": what the stance is about is the passive subject.
        content = passiveSubject(s, t.index());
      }
      if (content == null && speaker != null && c == CueClass.EVIDENCE) {
        content = smallClause(s, t.index());
      }
      if (content != null && speaker != null && content.start() >= speaker.span().start()
          && content.start() < speaker.span().end()) {
        content = null; // "''…,'' said Jock Finlayson, head of policy": the clause found was the speaker's name
      }
      if (content == null && c != CueClass.SPEECH) {
        continue;
      }
      if (speaker == null && c == CueClass.SPEECH) {
        // "“…,” said Dan Cantor, the party's director": the parser attached the name elsewhere. Found after the
        // content, which should not widen to objects on the strength of this guess.
        speaker = adjacentSpeaker(s, text, t.index(), marks);
      }
      Span cueSpan = new Span(t.start(), t.end());
      String cueText = t.word() + (particle == null ? "" : " " + particle);
      out.add(new Cue(s, t.index(), cueText, cueSpan, speaker, content, c));
    }
    return out;
  }

  /**
   * What a stance or speech verb takes as its object: "endorsed Ted Cruz for president", "urged him to resign",
   * "warned against hackers". PolNeAR counts these as attributed content.
   */
  private static @Nullable Span objectContent(ParsedSentence s, Token verb, boolean speech) {
    List<Integer> parts = new ArrayList<>();
    int objEnd = -1;
    for (Dependency d : s.childrenOf(verb.index())) {
      if (d.dependent() < verb.index()) {
        continue;
      }
      String r = d.relation();
      if (speech && isAddressee(s, verb.index(), d)) {
        continue;
      }
      if (r.equals("obj") || r.equals("xcomp") || r.equals("obl:tmod") && !parts.isEmpty()
          || ((r.equals("obl") || r.equals("advcl")) && OBJECT_PREPOSITIONS.contains(prepositionOf(s, d.dependent())))
          // after the object, any prepositional phrase of the predicate: "reported its smallest profit in 17 years"
          || r.equals("obl") && !parts.isEmpty()) {
        List<Integer> sub = s.subtree(d.dependent());
        parts.addAll(sub);
        if (r.equals("obj")) {
          objEnd = sub.get(sub.size() - 1);
        }
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    List<Token> toks = s.tokens();
    if (speech && objEnd >= 0 && objEnd + 1 < toks.size()
        && (toks.get(objEnd + 1).isVerb() || toks.get(objEnd + 1).pos().equals("MD"))) {
      // "says Obama is flouting the process": a misparsed clause whose subject became the object. Take the clause.
      List<Integer> all = s.subtree(verb.index());
      for (int i : all) {
        if (i > objEnd) {
          parts.add(i);
        }
      }
    }
    return spanOf(s, parts, Set.of());
  }

  /**
   * Whether a dependent of a speech verb names whom it was said to, or who said it, rather than what: the person
   * told ("told POLITICO", "asked him"), a name after a verb with no subject before it ("…,” wrote Nordstrom.") or a
   * "to" phrase ("explained to CBS"), except for verbs that answer something ("responded to the remarks").
   */
  private static boolean isAddressee(ParsedSentence s, int verb, Dependency d) {
    Token head = s.tokens().get(d.dependent());
    String lemma = s.tokens().get(verb).lemma().toLowerCase(Locale.ROOT);
    if (d.relation().equals("obj") || d.relation().equals("iobj")) {
      boolean told = ADDRESSEE_VERBS_OF_SPEECH.contains(lemma) && !lemma.equals("write") && !lemma.equals("tweet");
      if (told && d.relation().equals("obj") && s.childrenOf(verb).stream().noneMatch(c -> c.relation().equals("iobj"))
          && !head.isProperNoun() && !head.pos().equals("PRP")) {
        // "told reporters", "asked the panel": the people spoken to, unless a second object is what was asked
        return s.childrenOf(verb).stream().noneMatch(c -> c.relation().equals("xcomp") || c.relation().equals("ccomp"));
      }
      if (!(head.isProperNoun() || head.pos().equals("PRP"))) {
        return false;
      }
      for (Dependency c : s.childrenOf(verb)) {
        if (c.relation().equals("xcomp") || c.relation().equals("ccomp")) {
          return false; // "asked him to resign", "urged Obama to act": the object belongs to the request
        }
      }
      List<Integer> sub = s.subtree(d.dependent());
      int after = sub.get(sub.size() - 1) + 1;
      if (after < s.tokens().size() && (s.tokens().get(after).isVerb() || s.tokens().get(after).pos().equals("MD"))) {
        return false; // "says Cruz is standing tall": a clause whose subject the parser made the object
      }
      return ADDRESSEE_VERBS_OF_SPEECH.contains(lemma) || !hasSubject(s, verb);
    }
    if (d.relation().equals("obl") && lemma.equals("say")) {
      return true; // "said on CNBC", "said of the episode": where and of what, never what was said
    }
    return d.relation().equals("obl") && prepositionOf(s, d.dependent()).equals("to") && !head.isVerb()
        && !ANSWER_VERBS.contains(lemma);
  }

  /** Speech verbs whose named object is the person spoken to. */
  private static final Set<String> ADDRESSEE_VERBS_OF_SPEECH = WORDS.set("addressee-verbs");
  /** Speech verbs whose "to" phrase is what they answer or admit to. */
  private static final Set<String> ANSWER_VERBS = WORDS.set("answer-verbs");

  /**
   * The preposition or subordinator that introduces a dependent ("against" in "warned against hackers", "for" in
   * "blamed him for leaving"), lower-cased, or "" when it has none. The parse gives basic relations ("obl", not
   * "obl:against"), so the word is read from the dependent's case or mark child.
   */
  /**
   * Whether a word of the sentence, outside direct quotes, is one a cue below can start from: a verb of the lexicon
   * (with any particle or preposition), "according", "in" before a source noun, a cue adjective or noun. Checked on
   * words alone, so a sentence that cannot hold a cue costs no parse; where it says no, {@link #find} finds nothing.
   */
  private boolean mayHoldCue(ParsedSentence s, Marks marks) {
    boolean sourceNoun = false;
    for (Token t : s.tokens()) {
      if (t.pos().equals("NN") && SOURCE_NOUNS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        sourceNoun = true;
      }
    }
    for (Token t : s.tokens()) {
      if (marks.inside(t.start())) {
        continue;
      }
      String word = t.word().toLowerCase(Locale.ROOT);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      if (word.equals("according") || word.equals("in") && sourceNoun
          || (t.pos().startsWith("JJ") || t.pos().equals("VBN")) && ADJECTIVE_CUES.contains(word)
          || t.isNoun() && NOUN_CUES.contains(lemma)
          || t.isVerb() && lexicon.mayCue(lemma)) {
        return true;
      }
    }
    return false;
  }

  static String prepositionOf(ParsedSentence s, int dependent) {
    for (Dependency c : s.childrenOf(dependent)) {
      if ((c.relation().equals("case") || c.relation().equals("mark")) && c.dependent() < dependent) {
        return s.tokens().get(c.dependent()).word().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }

  /**
   * The content of a raising verb: its subject and infinitive ("Trump appears to be gaining", "The deal is expected to
   * pass"), or null when it has no infinitive or predicate.
   */
  private static @Nullable Span raisedContent(ParsedSentence s, int verb) {
    List<Integer> parts = new ArrayList<>();
    boolean complement = false;
    for (Dependency d : s.childrenOf(verb)) {
      String r = d.relation();
      if (r.equals("nsubj") || r.equals("nsubj:pass")) {
        parts.addAll(s.subtree(d.dependent()));
      } else if (d.dependent() > verb && (r.equals("xcomp") || r.equals("ccomp"))) {
        parts.addAll(s.subtree(d.dependent()));
        complement = true;
      }
    }
    return complement ? spanOf(s, parts, Set.of()) : null;
  }

  /**
   * An object with the complement that makes it content: an infinitive ("expects him to win", "plans to run") or an
   * "as" phrase ("sees the deal as a trap"); null without that complement. {@code wanted} holds "xcomp" and/or the
   * prepositions accepted.
   */
  private static @Nullable Span complementContent(ParsedSentence s, int verb, Set<String> wanted) {
    List<Integer> parts = new ArrayList<>();
    boolean complement = false;
    for (Dependency d : s.childrenOf(verb)) {
      if (d.dependent() < verb) {
        continue;
      }
      String r = d.relation();
      if (r.equals("obj")) {
        parts.addAll(s.subtree(d.dependent()));
      } else if (r.equals("xcomp") && wanted.contains("xcomp")
          || (r.equals("obl") || r.equals("advcl") || r.equals("xcomp"))
              && wanted.contains(prepositionOf(s, d.dependent()))) {
        parts.addAll(s.subtree(d.dependent()));
        complement = true;
      }
    }
    return complement ? spanOf(s, parts, Set.of()) : null;
  }

  /**
   * The object of an evidence verb when it is a clause without a finite verb: "a poll showed Clinton leading Trump",
   * "the video shows her clutching her phone", "polls show a tight race in Ohio" is not one (a bare object).
   */
  private static @Nullable Span smallClause(ParsedSentence s, int verb) {
    List<Integer> parts = new ArrayList<>();
    boolean predicate = false;
    for (Dependency d : s.childrenOf(verb)) {
      if (d.dependent() < verb) {
        continue;
      }
      String r = d.relation();
      if (r.equals("obj") || r.equals("dep") || r.equals("xcomp")) {
        List<Integer> sub = s.subtree(d.dependent());
        parts.addAll(sub);
        for (int i : sub) {
          Token tk = s.tokens().get(i);
          predicate |= i != d.dependent() && (tk.pos().equals("VBG") || tk.pos().equals("VBN"))
              || r.equals("xcomp") || r.equals("dep") && tk.isVerb();
        }
      } else if (r.equals("obl") && !parts.isEmpty()) {
        parts.addAll(s.subtree(d.dependent()));
        predicate |= "with".equals(prepositionOf(s, d.dependent()));
      }
    }
    return predicate ? spanOf(s, parts, Set.of()) : null;
  }

  /** Stance verbs whose passive subject is the person addressed, not what the stance is about ("was urged to"). */
  private static final Set<String> ADDRESSEE_VERBS = WORDS.set("passive-addressee-verbs");

  private @Nullable Span passiveSubject(ParsedSentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("nsubj:pass") && d.dependent() < verb) {
        Token st = s.tokens().get(d.dependent());
        if (RELATIVE_PRONOUNS.contains(st.word().toLowerCase(Locale.ROOT))) {
          return null;
        }
        return contentOf(s, s.subtree(d.dependent()), Set.of());
      }
    }
    return null;
  }

  /** "says many doubted her but that she never doubted them": a second reported clause coordinated with the first. */
  private boolean isReportedConjunct(ParsedSentence s, Dependency d) {
    if (!d.relation().equals("conj") || d.dependent() < d.governor()) {
      return false;
    }
    boolean that = false;
    for (Dependency c : s.childrenOf(d.dependent())) {
      that |= c.relation().equals("mark") && s.tokens().get(c.dependent()).word().equalsIgnoreCase("that");
    }
    Token conj = s.tokens().get(d.dependent());
    // With or without a subject of its own, the conjunct is mostly the reported clause run on, which the parse hung on
    // the cue ("says it marked down her wealth in February and changed it to zero in April"); a cue verb reports for
    // itself.
    return that || !conj.isVerb() || lexicon.classOf(conj.lemma(), null).isEmpty();
  }

  /**
   * A colon after a name: headline style "Graham: Trump's rhetoric destroying GOP" (at the start of a paragraph), or
   * "… pollster Daron Shaw: “Historically, …”" before a quotation mark.
   */
  Optional<Cue> colon(ParsedSentence s, String text, boolean startsParagraph) {
    List<Token> toks = s.tokens();
    for (int i = 1; i < toks.size() - 3 && i <= 12; i++) {
      Token colon = toks.get(i);
      if (!colon.word().equals(":")) {
        continue;
      }
      Token before = toks.get(i - 1);
      Token after = toks.get(i + 1);
      boolean quoteFollows = after.pos().equals("``") || after.word().equals("“") || after.word().equals("\"");
      boolean headline = startsParagraph && i <= 4 && allCapitalised(toks, 0, i);
      if (!before.isProperNoun() || !(headline || quoteFollows)) {
        return Optional.empty();
      }
      Token last = toks.get(toks.size() - 1);
      int end = last.pos().equals(".") ? toks.get(toks.size() - 2).end() : last.end();
      if (headline && allUpperCase(toks, 0, i)) {
        // A transcript turn, "PENCE: Well, look. …": the speaker's words run to the end of the paragraph.
        int br = text.indexOf('\n', end);
        int paraEnd = br < 0 ? text.length() : br;
        while (paraEnd > end && (Character.isWhitespace(text.charAt(paraEnd - 1)) || text.charAt(paraEnd - 1) == '.')) {
          paraEnd--;
        }
        end = Math.max(end, paraEnd);
      }
      if (end <= after.start()) {
        return Optional.empty();
      }
      Mention speaker = headline
          ? new Mention(new Span(toks.get(0).start(), before.end()), text.substring(toks.get(0).start(), before.end()),
              null)
          : nounPhrase(s, text, i - 1);
      return Optional.of(new Cue(s, i, ":", new Span(colon.start(), colon.end()), speaker,
          new Span(after.start(), end), CueClass.SPEECH));
    }
    return Optional.empty();
  }

  private static boolean allUpperCase(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = toks.get(i).word();
      if (w.codePoints().anyMatch(Character::isLowerCase)) {
        return false;
      }
    }
    return true;
  }

  private static boolean allCapitalised(List<Token> toks, int from, int to) {
    for (int i = from; i < to; i++) {
      String w = toks.get(i).word();
      if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || w.equals(".") || w.equals("'s") || w.equals("’s"))) {
        return false;
      }
    }
    return true;
  }

  /** "The talks failed, the minister said." / "The talks, he said, failed.": the clause around the cue. */
  private static @Nullable Span parentheticalContent(ParsedSentence s, Token verb) {
    Optional<Dependency> head = s.headOf(verb.index());
    if (head.isEmpty() || head.get().governor() < 0) {
      // "He said: we will…" parses the content as a parataxis child of the cue.
      for (Dependency d : s.childrenOf(verb.index())) {
        if (d.relation().equals("parataxis") && d.dependent() > verb.index()) {
          return spanOf(s, s.subtree(d.dependent()), Set.of());
        }
      }
      return null;
    }
    if (!head.get().relation().equals("parataxis")) {
      return null;
    }
    int gov = head.get().governor();
    return spanOf(s, s.subtree(gov), Set.copyOf(s.subtree(verb.index())));
  }

  private Optional<Cue> according(ParsedSentence s, String text, Token according) {
    Optional<Dependency> h = s.headOf(according.index());
    if (h.isEmpty() || h.get().governor() < 0) {
      return Optional.empty();
    }
    int source = h.get().governor();
    Optional<Dependency> sh = s.headOf(source);
    int clause = -1;
    if (sh.isPresent() && sh.get().governor() >= 0) {
      clause = sh.get().governor();
    }
    if (clause < 0 || clause == source) {
      clause = rootOf(s);
    }
    if (clause < 0 || clause == source) {
      return Optional.empty();
    }
    Set<Integer> excluded = Set.copyOf(s.subtree(source));
    Span content = spanOf(s, s.subtree(clause), excluded);
    if (content == null) {
      return Optional.empty();
    }
    Token to = s.tokens().get(according.index() + 1);
    Mention speaker = nounPhrase(s, text, source);
    return Optional.of(new Cue(s, according.index(), "according to", new Span(according.start(), to.end()), speaker,
        content, CueClass.SPEECH));
  }

  /**
   * "In a new poll released Thursday, Clinton leads by five points": a survey or document introduced by "in" is the
   * source of the clause it modifies. Not when that clause has a cue verb of its own ("In an interview, she said …"),
   * which reports it.
   */
  private Optional<Cue> sourceDocument(ParsedSentence s, String text, Token in) {
    Optional<Dependency> h = s.headOf(in.index());
    if (h.isEmpty() || !h.get().relation().equals("case") || h.get().governor() < 0) {
      return Optional.empty();
    }
    int source = h.get().governor();
    Token src = s.tokens().get(source);
    // One poll or report, not "in polls" (where a candidate leads) or "in interviews" (where many things are said).
    if (!src.pos().equals("NN") || !SOURCE_NOUNS.contains(src.lemma().toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    Optional<Dependency> sh = s.headOf(source);
    if (sh.isEmpty() || !sh.get().relation().equals("obl") || sh.get().governor() < 0) {
      return Optional.empty();
    }
    int clause = sh.get().governor();
    Token verb = s.tokens().get(clause);
    if (lexicon.classOf(verb.lemma(), null).isPresent() || !hasSubject(s, clause)) {
      return Optional.empty();
    }
    Span content = contentOf(s, s.subtree(clause), Set.copyOf(s.subtree(source)));
    if (content == null) {
      return Optional.empty();
    }
    return Optional.of(new Cue(s, in.index(), "in", new Span(in.start(), in.end()), nounPhrase(s, text, source),
        content, CueClass.EVIDENCE));
  }

  /**
   * A noun of saying or believing with its "that" clause: "her claim that the vote was rigged", "Trump made the
   * argument that …". The speaker is the noun's possessor, or the subject of a verb such as "make" or "repeat" whose
   * object it is; otherwise none is named.
   */
  private Optional<Cue> nounCue(ParsedSentence s, String text, Token noun) {
    int clause = -1;
    for (Dependency d : s.childrenOf(noun.index())) {
      if (d.dependent() > noun.index() && (d.relation().equals("acl") || d.relation().equals("ccomp"))
          && "that".equals(prepositionOf(s, d.dependent())) && hasSubject(s, d.dependent())) {
        clause = d.dependent();
        break;
      }
    }
    if (clause < 0) {
      return Optional.empty();
    }
    Span content = contentOf(s, s.subtree(clause), Set.of());
    if (content == null) {
      return Optional.empty();
    }
    Mention speaker = null;
    for (Dependency d : s.childrenOf(noun.index())) {
      if (d.relation().equals("nmod:poss")) {
        speaker = nounPhrase(s, text, d.dependent());
      }
    }
    Optional<Dependency> h = s.headOf(noun.index());
    if (speaker == null && h.isPresent() && h.get().relation().equals("obj") && h.get().governor() >= 0
        && NOUN_CUE_VERBS.contains(s.tokens().get(h.get().governor()).lemma().toLowerCase(Locale.ROOT))) {
      speaker = speakerOf(s, text, h.get().governor());
    }
    return Optional.of(new Cue(s, noun.index(), noun.word(), new Span(noun.start(), noun.end()), speaker, content,
        CueClass.COGNITION));
  }

  /**
   * An adjective of stance or belief with a copula, a subject and a complement: "Sanders is opposed to the trade
   * deal", "The mayor is confident that the bond will pass", "Voters are eager to move on".
   */
  private Optional<Cue> adjectiveCue(ParsedSentence s, String text, Token adj) {
    boolean copula = false;
    Integer subject = null;
    List<Integer> parts = new ArrayList<>();
    for (Dependency d : s.childrenOf(adj.index())) {
      String r = d.relation();
      if (r.equals("cop")) {
        copula = true;
      } else if (r.equals("nsubj")) {
        subject = d.dependent();
      } else if (d.dependent() > adj.index() && (r.equals("ccomp") || r.equals("xcomp")
          || (r.equals("obl") || r.equals("advcl")) && ADJECTIVE_PREPOSITIONS.contains(prepositionOf(s, d.dependent())))) {
        parts.addAll(s.subtree(d.dependent()));
      }
    }
    if (!copula || subject == null || parts.isEmpty() || s.tokens().get(subject).isVerb()
        || s.tokens().get(subject).word().equalsIgnoreCase("it")) {
      return Optional.empty();
    }
    Span content = spanOf(s, parts, Set.of());
    if (content == null) {
      return Optional.empty();
    }
    return Optional.of(new Cue(s, adj.index(), adj.word(), new Span(adj.start(), adj.end()),
        nounPhrase(s, text, subject), content, CueClass.COGNITION));
  }

  private static boolean hasSubject(ParsedSentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().startsWith("nsubj") || d.relation().startsWith("csubj")) {
        return true;
      }
    }
    return false;
  }

  private static int rootOf(ParsedSentence s) {
    for (Dependency d : s.dependencies()) {
      if (d.governor() < 0) {
        return d.dependent();
      }
    }
    return -1;
  }

  /**
   * A verb outside the lexicon that frames a quote as a parenthetical next to it: "“…,” Trump shot back.", "“…,”
   * riffed Mike Pence.", "Pence riffed: “…”". The verb stands within a few words of the quotation mark, has a subject
   * outside the quote and no object or clause of its own, so the quote is what it reports.
   *
   * @param after true to look right after the closing mark, false right before the opening one
   */
  Optional<Cue> besideQuote(ParsedSentence s, String text, int markStart, int markEnd, boolean after, Marks marks) {
    List<Token> toks = s.tokens();
    int i = -1;
    if (after) {
      for (int k = 0; k < toks.size(); k++) {
        if (toks.get(k).start() >= markEnd) {
          i = k;
          break;
        }
      }
    } else {
      for (int k = toks.size() - 1; k >= 0; k--) {
        if (toks.get(k).end() <= markStart) {
          i = k;
          break;
        }
      }
    }
    for (int n = 0; i >= 0 && i < toks.size() && n < 6; n++, i += after ? 1 : -1) {
      Token t = toks.get(i);
      if (marks.inside(t.start())) {
        return Optional.empty();
      }
      if (!t.isVerb()) {
        continue;
      }
      Integer subject = null;
      for (Dependency d : s.childrenOf(i)) {
        String r = d.relation();
        if (r.equals("nsubj")) {
          subject = d.dependent();
        } else if ((r.equals("obj") || r.equals("ccomp") || r.equals("xcomp") || r.equals("csubj"))
            && !marks.inside(toks.get(d.dependent()).start())) {
          return Optional.empty(); // the verb has a complement of its own; one inside the quote is the quote
        }
      }
      if (subject == null || marks.inside(toks.get(subject).start()) || toks.get(subject).isVerb()) {
        return Optional.empty();
      }
      String particle = "";
      for (Dependency d : s.childrenOf(i)) {
        if (d.relation().equals("compound:prt")) {
          particle = " " + toks.get(d.dependent()).word();
        }
      }
      return Optional.of(new Cue(s, i, t.word() + particle, new Span(t.start(), t.end()),
          nounPhrase(s, text, subject), null, CueClass.SPEECH));
    }
    return Optional.empty();
  }

  /** The noun phrase right before the cue verb, or right after it ("said the minister"), outside quote marks. */
  private static @Nullable Mention adjacentSpeaker(ParsedSentence s, String text, int verb, Marks marks) {
    List<Token> toks = s.tokens();
    for (int dir : new int[] {-1, 1}) {
      int i = verb + dir;
      int first = -1;
      int last = -1;
      while (i >= 0 && i < toks.size() && isNominal(toks.get(i)) && !marks.inside(toks.get(i).start())) {
        first = first < 0 ? i : first;
        last = i;
        i += dir;
      }
      if (first >= 0) {
        int a = Math.min(first, last);
        int b = Math.max(first, last);
        return new Mention(new Span(toks.get(a).start(), toks.get(b).end()),
            text.substring(toks.get(a).start(), toks.get(b).end()), null);
      }
    }
    return null;
  }

  private static boolean hasLetter(String s) {
    return s.codePoints().anyMatch(Character::isLetter);
  }

  private static boolean isNominal(Token t) {
    String p = t.pos();
    return p.startsWith("NN") || p.equals("PRP") || p.equals("DT") || p.startsWith("JJ") || p.equals("POS")
        || p.equals("NNPS");
  }

  /** The subject of the cue verb, borrowed from its head for participles and coordinated verbs. */
  static @Nullable Mention speakerOf(ParsedSentence s, String text, int verb) {
    Mention m = structuralSpeaker(s, text, verb);
    if (m == null) {
      Optional<Dependency> h = s.headOf(verb);
      if (h.isPresent() && h.get().baseRelation().equals("conj") && s.tokens().get(verb).isVerb()) {
        m = mainSubjectBefore(s, text, verb);
      }
    }
    return m;
  }

  private static @Nullable Mention structuralSpeaker(ParsedSentence s, String text, int verb) {
    int v = verb;
    hop:
    for (int hops = 0; hops < 4 && v >= 0; hops++) {
      for (Dependency d : s.childrenOf(v)) {
        if (d.relation().equals("nsubj") || d.relation().equals("obl:agent")
            || d.relation().equals("obl") && d.dependent() > v && isPassive(s, v)
                && prepositionOf(s, d.dependent()).equals("by")) {
          int subj = d.dependent();
          if (d.relation().equals("nsubj") && laterSubject(s, v, subj)) {
            continue; // "As the centerpiece of his term, he proposed …": the fronted phrase is no subject
          }
          Token st = s.tokens().get(subj);
          if (st.isVerb()) {
            v = subj; // a misparse made a verb the subject ("Lewandowski continued to assert"): look at its subject
            continue hop;
          }
          if (RELATIVE_PRONOUNS.contains(st.word().toLowerCase(Locale.ROOT))) {
            Optional<Dependency> rel = s.headOf(v);
            if (rel.isPresent() && rel.get().relation().equals("acl:relcl")) {
              return nounPhrase(s, text, rel.get().governor());
            }
          }
          if (d.relation().equals("nsubj") && reducedRelativeHead(s, subj)) {
            return null; // "…, a step Estonia and NATO had demanded": the step was demanded, no words were reported
          }
          if (d.relation().equals("nsubj") && subj < v && v > 0 && s.tokens().get(v - 1).pos().equals(",")) {
            // "Transparency, says Shala: …": the words before the comma are what was said, the name after the verb
            // is who said it, though the parser made the first the subject
            Mention inverted = invertedSubject(s, text, v);
            if (inverted != null) {
              return inverted;
            }
          }
          Mention dated = afterDateline(s, text, subj, v);
          return dated != null ? dated : nounPhrase(s, text, subj);
        }
        if (d.relation().equals("csubj") && s.tokens().get(d.dependent()).pos().equals("VBN")) {
          // "Surveys of voters taken as they left showed …", "A letter obtained by the paper warns …": a reduced
          // relative read as a clausal subject; the noun it modifies, parsed as its subject, is the source.
          for (Dependency c : s.childrenOf(d.dependent())) {
            if (c.relation().startsWith("nsubj") && c.dependent() < d.dependent()
                && !s.tokens().get(c.dependent()).isVerb()) {
              return nounPhrase(s, text, c.dependent());
            }
          }
          v = d.dependent();
          continue hop;
        }
      }
      Mention inverted = invertedSubject(s, text, v);
      if (inverted != null) {
        return inverted;
      }
      Mention apposed = nameAfterQuote(s, text, v);
      if (apposed != null) {
        return apposed;
      }
      Optional<Dependency> h = s.headOf(v);
      if (h.isEmpty() || h.get().governor() < 0 || !SUBJECT_FROM_HEAD.contains(h.get().baseRelation())) {
        return null;
      }
      Mention modified = modifiedNoun(s, text, v, h.get());
      if (modified != null) {
        return modified;
      }
      int above = clauseAboveConjunct(s, v, h.get());
      if (above >= 0) {
        v = above;
        continue;
      }
      v = h.get().governor();
      if (h.get().baseRelation().equals("acl") && !s.tokens().get(v).isVerb()) {
        // "issued a statement saying …": from the noun up to the verb it belongs to.
        Optional<Dependency> nh = s.headOf(v);
        if (nh.isEmpty() || nh.get().governor() < 0) {
          return null;
        }
        v = nh.get().governor();
      }
    }
    return null;
  }

  private static boolean isPassive(ParsedSentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("aux:pass") || d.relation().equals("nsubj:pass")) {
        return true;
      }
    }
    return false;
  }

  /**
   * The subject of the nearest clause above a participle cue, whatever the attachment ("Kasich cautioned patience
   * before predicting that …", where the parse may hang the participle on an object or a phrase).
   */
  private static @Nullable Mention participleSpeaker(ParsedSentence s, String text, int verb) {
    int v = verb;
    for (int hops = 0; hops < 5; hops++) {
      Optional<Dependency> h = s.headOf(v);
      if (h.isEmpty() || h.get().governor() < 0) {
        return null;
      }
      v = h.get().governor();
      Token head = s.tokens().get(v);
      if (head.isVerb()) {
        for (Dependency d : s.childrenOf(v)) {
          if (d.relation().equals("nsubj") && !s.tokens().get(d.dependent()).isVerb()
              && !RELATIVE_PRONOUNS.contains(s.tokens().get(d.dependent()).word().toLowerCase(Locale.ROOT))) {
            return nounPhrase(s, text, d.dependent());
          }
        }
      }
    }
    return null;
  }

  /** The name or noun phrase headed by a token: its left modifiers and name parts, without clauses after it. */
  static Mention nounPhrase(ParsedSentence s, String text, int head) {
    int from = head;
    int to = head;
    for (Dependency d : s.childrenOf(head)) {
      String r = d.relation();
      if (d.dependent() < head && !NP_SKIP.contains(d.baseRelation())) {
        for (int i : s.subtree(d.dependent())) {
          from = Math.min(from, i);
        }
      } else if (d.dependent() > head && (r.equals("flat") || r.startsWith("compound") || r.equals("flat:name"))) {
        to = Math.max(to, d.dependent());
      }
    }
    // Left modifiers may include a leading comma or conjunction ("and Trump"): trim them.
    List<Token> toks = s.tokens();
    while (from < head && !isNpToken(toks.get(from))) {
      from++;
    }
    Token a = toks.get(from);
    Token b = toks.get(to);
    return new Mention(new Span(a.start(), b.end()), text.substring(a.start(), b.end()), null);
  }

  private static boolean isNpToken(Token t) {
    String w = t.word();
    return !(t.pos().equals(",") || t.pos().equals(":") || t.pos().equals("CC") || t.pos().equals("``")
        || t.pos().equals("''") || t.pos().equals("-LRB-") || w.equals("—"));
  }

  private static @Nullable Span contentOf(ParsedSentence s, List<Integer> tokens, Set<Integer> excluded) {
    return spanOf(s, tokens, excluded);
  }

  /** The character span of the given tokens minus the excluded ones, trimmed of edge punctuation. */
  static @Nullable Span spanOf(ParsedSentence s, List<Integer> tokens, Set<Integer> excluded) {
    int from = Integer.MAX_VALUE;
    int to = -1;
    for (int i : tokens) {
      if (excluded.contains(i)) {
        continue;
      }
      from = Math.min(from, i);
      to = Math.max(to, i);
    }
    if (to < 0) {
      return null;
    }
    List<Token> toks = s.tokens();
    while (from <= to && (excluded.contains(from) || isEdgePunct(toks.get(from)))) {
      from++;
    }
    to = Math.min(to, trailingCut(s, tokens, excluded, to));
    while (to >= from && (excluded.contains(to) || isEdgePunct(toks.get(to)))) {
      to--;
    }
    if (to < from) {
      return null;
    }
    return new Span(toks.get(from).start(), toks.get(to).end());
  }

  /**
   * Relations of a trailing stretch that, set off by a separator, is the writer's comment. Adverbial clauses are not
   * among them: on PolNeAR cutting them ("…, as he stopped by …") lost as many spans as it won.
   */
  private static final Set<String> TRAILING_ASIDES = Set.of("acl:relcl", "appos", "parataxis");
  private static final Set<String> SEPARATORS = Set.of(",", "—", "–", ";", "--", "-");
  /** Words that open a writer's aside after a separator (", which …"). */
  private static final Set<String> ASIDE_RELATIVES = WORDS.set("aside-relatives");

  /**
   * Where the content should end when its last stretch is a comment of the writer's rather than part of what was
   * reported: a relative clause, an appositive or an aside set off by a comma or dash ("… a hydrogen bomb, which in
   * theory would …", "… Franklin Graham, who has vowed …"). The parser attaches a trailing "which" clause in several
   * ways, so the relative pronoun after the separator is read as well as the relation. An aside in the middle of the
   * content stays. Returns the last token index to keep, or {@code to}.
   */
  private static int trailingCut(ParsedSentence s, List<Integer> tokens, Set<Integer> excluded, int to) {
    Set<Integer> in = new java.util.HashSet<>(tokens);
    in.removeAll(excluded);
    List<Token> toks = s.tokens();
    int from = in.stream().mapToInt(Integer::intValue).min().orElse(to);
    for (int k = from + 1; k < to; k++) {
      if (!in.contains(k) || !SEPARATORS.contains(toks.get(k).word())) {
        continue;
      }
      for (Dependency d : s.dependencies()) {
        int i = d.dependent();
        if (i <= k || !in.contains(i) || d.governor() < 0 || !in.contains(d.governor())) {
          continue;
        }
        List<Integer> sub = s.subtree(i);
        if (sub.get(0) != k + 1 || sub.get(sub.size() - 1) < to) {
          continue; // not a stretch that runs from the separator to the end
        }
        boolean relative = ASIDE_RELATIVES.contains(toks.get(k + 1).word().toLowerCase(Locale.ROOT));
        if (relative || TRAILING_ASIDES.contains(d.relation())) {
          return k - 1;
        }
      }
    }
    return to;
  }

  private static boolean isEdgePunct(Token t) {
    return t.pos().equals(",") || t.pos().equals(":") || t.pos().equals(".") || t.pos().equals("HYPH")
        || t.word().equals("—") || t.word().equals("–");
  }

  /**
   * Whether a proper-noun subject carries a determiner and a common noun before it ("a step Estonia"): the parser's
   * reading of a reduced relative clause ("a step [that] Estonia had demanded"), whose noun is what the verb acts on.
   */
  private static boolean reducedRelativeHead(ParsedSentence s, int subj) {
    Token t = s.tokens().get(subj);
    if (!t.pos().startsWith("NNP")) {
      return false;
    }
    boolean det = false;
    boolean common = false;
    for (Dependency c : s.childrenOf(subj)) {
      Token k = s.tokens().get(c.dependent());
      det |= c.relation().equals("det") && c.dependent() < subj && !k.word().equalsIgnoreCase("the");
      common |= c.relation().equals("compound") && c.dependent() < subj && (k.pos().equals("NN")
          || k.pos().equals("NNS"));
    }
    return det && common;
  }

  /** Relations the parser gives the subject of an inverted speech verb ("…,” said one senator"). */
  private static final Set<String> INVERTED_SUBJECT = Set.of("obj", "xcomp", "iobj", "dep", "appos");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");

  /**
   * The subject of a verb inverted after a quotation or comma ("“…,” said one Republican strategist", "“…,” wrote
   * Mr. Burr"), which the parser takes for an object: the noun phrase that starts right after the verb, when the verb
   * itself comes right after a closing quotation mark or a comma and has no subject of its own.
   */
  private static @Nullable Mention invertedSubject(ParsedSentence s, String text, int verb) {
    List<Token> toks = s.tokens();
    if (verb + 1 >= toks.size() || !FINITE.contains(toks.get(verb).pos())) {
      return null;
    }
    // After a closing mark ("…,” wrote X"), or for "say" after a comma ("The plan, said the minister, …") or at the
    // start of the sentence ("Said the minister: “…”"); a comma before other verbs is mostly a list of verbs sharing
    // one subject ("praises, laments Clinton's legacy").
    boolean say = toks.get(verb).lemma().equalsIgnoreCase("say");
    if (verb == 0 ? !say
        : !(isClosingMark(toks.get(verb - 1)) || toks.get(verb - 1).pos().equals(",") && say)) {
      return null;
    }
    for (Dependency d : s.childrenOf(verb)) {
      if (d.dependent() <= verb || !INVERTED_SUBJECT.contains(d.relation())) {
        continue;
      }
      Token head = toks.get(d.dependent());
      List<Integer> sub = s.subtree(d.dependent());
      boolean named = head.isNoun() || head.ner().equals("PERSON") || head.ner().equals("ORGANIZATION");
      if (named && sub.get(0) == verb + 1) {
        return nounPhrase(s, text, d.dependent());
      }
    }
    return null;
  }

  /**
   * The name between a closing quotation mark and its speech verb when an appositive separates them ("“…,” Dana
   * Ruiz, 33, said", "“…,” the economist Lee Park, a former adviser, wrote"), which the parser often fails to
   * attach: the words from the mark to the first comma, when the stretch up to the verb holds no verb of its own.
   */
  private static @Nullable Mention nameAfterQuote(ParsedSentence s, String text, int verb) {
    List<Token> toks = s.tokens();
    if (verb < 3 || !FINITE.contains(toks.get(verb).pos()) || !toks.get(verb - 1).pos().equals(",")) {
      return null;
    }
    int mark = -1;
    for (int i = verb - 2; i >= 0 && verb - i <= 30; i--) {
      Token t = toks.get(i);
      if (isClosingMark(t)) {
        mark = i;
        break;
      }
      if (t.isVerb() || t.pos().equals("MD") || t.pos().startsWith("W") || t.pos().equals("``")) {
        return null;
      }
    }
    if (mark < 0) {
      return null;
    }
    int from = mark + 1;
    int to = from;
    while (to + 1 < verb && !toks.get(to + 1).pos().equals(",")) {
      to++;
    }
    if (to + 1 >= verb) {
      return null; // no appositive: the plain "“…,” Ruiz said" is the parser's to attach
    }
    for (int i = from; i <= to; i++) {
      if (!(isNominal(toks.get(i)) || toks.get(i).pos().equals("CD") || toks.get(i).pos().equals("HYPH"))) {
        return null;
      }
    }
    if (!hasLetter(toks.get(to).word())) {
      return null;
    }
    return new Mention(new Span(toks.get(from).start(), toks.get(to).end()),
        text.substring(toks.get(from).start(), toks.get(to).end()), null);
  }

  /**
   * Whether a cue is a passive participle clause with no agent ("Asked about the plan, Lee said …", "…, Lee said when
   * asked about it"): the subject it borrows from the clause above is who was asked; who asks is not named.
   */
  static boolean passiveWithoutAgent(ParsedSentence s, int verb) {
    return participleClause(s, verb) && !hasAgent(s, verb);
  }

  /** Whether the verb is passive (a passive auxiliary or subject) with no agent ("by …") attached. */
  static boolean passiveNoAgent(ParsedSentence s, int verb) {
    return isPassive(s, verb) && !hasAgent(s, verb);
  }

  /** Whether a "by" phrase after the verb names who acts ("was asked by reporters"). */
  private static boolean hasAgent(ParsedSentence s, int verb) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("obl:agent") || d.relation().equals("obl") && d.dependent() > verb
          && prepositionOf(s, d.dependent()).equals("by")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the verb is a past participle heading an adverbial clause of its own, with no auxiliary, subject or object
   * ("Asked about …, Lee said"). Finite passives are left alone: the news annotation this was measured on often names
   * their subject as the source ("they were being told to …"); a main verb tagged as a participle is more often a past
   * tense ("“…,” Devine declared"), and a conjunct shares its head's auxiliary ("has mocked him and referred to …").
   */
  private static boolean participleClause(ParsedSentence s, int verb) {
    Optional<Dependency> h = s.headOf(verb);
    // "Asked …, Lee said" is sometimes left an unlabelled dependent; at the start of the sentence it is the same clause
    if (!s.tokens().get(verb).pos().equals("VBN") || h.isEmpty()
        || !(h.get().baseRelation().equals("advcl") || h.get().baseRelation().equals("dep") && verb == 0)) {
      return false;
    }
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().startsWith("aux") || d.relation().equals("obj") || d.relation().startsWith("nsubj")) {
        return false;
      }
    }
    return true;
  }

  /**
   * For a coordinated verb whose chain of heads names no subject ("Palmieri acknowledged that the candidate misspoke
   * but noted …" with "misspoke" read as a noun): the nearest subject to its left of a main-clause verb (the root, or
   * a verb coordinated with it or set beside it), so not the subject of a clause embedded in another.
   */
  private static @Nullable Mention mainSubjectBefore(ParsedSentence s, String text, int verb) {
    List<Token> toks = s.tokens();
    for (int i = verb - 1; i >= 0; i--) {
      Optional<Dependency> h = s.headOf(i);
      if (h.isEmpty() || !h.get().relation().equals("nsubj") || h.get().governor() < 0) {
        continue;
      }
      Token t = toks.get(i);
      if (t.isVerb() || RELATIVE_PRONOUNS.contains(t.word().toLowerCase(Locale.ROOT))) {
        continue;
      }
      Optional<Dependency> clause = s.headOf(h.get().governor());
      String r = clause.isEmpty() ? "root" : clause.get().baseRelation();
      if (r.equals("root") || r.equals("conj") || r.equals("parataxis")) {
        return nounPhrase(s, text, i);
      }
    }
    return null;
  }

  private static final Set<String> DASHES = Set.of("—", "–", "-", "--");

  /**
   * The subject written after a dateline that the parser took for the subject ("Washington (AFP) – Democrat Hillary
   * Clinton has taken …", "MYRTLE BEACH, S.C. - Sen. Ted Cruz (R-Tex.) continued …"): when the subject opens the
   * sentence and its phrase runs on past a dash up to the verb, the words after the last such dash, without a
   * parenthesis at their end. Null when there is no dateline.
   */
  private static @Nullable Mention afterDateline(ParsedSentence s, String text, int subject, int verb) {
    List<Integer> sub = s.subtree(subject);
    if (sub.get(0) != 0 || subject > verb) {
      return null;
    }
    List<Token> toks = s.tokens();
    Set<Integer> in = new java.util.HashSet<>(sub);
    int dash = -1;
    int dashes = 0;
    for (int i = 0; i < verb && in.contains(i); i++) {
      Token t = toks.get(i);
      if (t.pos().equals("``") || t.pos().equals("''") || t.isVerb()) {
        return null; // a quotation or a clause, not a dateline
      }
      // a spaced hyphen ("S.C. - Sen. Ted Cruz"), not one inside a word ("front-runner")
      boolean spaced = i > 0 && toks.get(i - 1).end() < t.start();
      if (DASHES.contains(t.word()) && (!t.word().equals("-") || spaced)) {
        dash = i;
        dashes++;
      }
    }
    if (dashes != 1) {
      return null; // none, or an aside between two dashes ("A coalition - including … - sent")
    }
    int from = dash + 1;
    int to = from - 1;
    for (int i = from; i < verb && in.contains(i); i++) {
      if (toks.get(i).pos().equals("-LRB-") || toks.get(i).pos().equals(",")) {
        break;
      }
      to = i;
    }
    if (to < from || !toks.get(to).isNoun()) {
      return null;
    }
    return new Mention(new Span(toks.get(from).start(), toks.get(to).end()),
        text.substring(toks.get(from).start(), toks.get(to).end()), null);
  }

  /**
   * Who holds a noun cue named in a prepositional phrase on it ("the suggestion by a senator that …", "warnings from
   * his lawyer that …", "the feeling among many voters that …", "the contention of Hillary Clinton that …"), before
   * its content; "of" only with a name. Null when there is none.
   */
  static @Nullable Mention nounSource(ParsedSentence s, String text, int noun, int contentStart) {
    List<Token> toks = s.tokens();
    if (!toks.get(noun).isNoun()) {
      return null;
    }
    for (Dependency d : s.childrenOf(noun)) {
      int i = d.dependent();
      if (i < noun || !d.baseRelation().equals("nmod") || toks.get(i).end() > contentStart) {
        continue;
      }
      String p = prepositionOf(s, i);
      Token t = toks.get(i);
      boolean named = t.isProperNoun() || t.ner().equals("PERSON") || t.ner().equals("ORGANIZATION");
      if (p.equals("by") || p.equals("from") || p.equals("among") || p.equals("of") && named) {
        return nounPhrase(s, text, i);
      }
    }
    return null;
  }

  /** Relations of a clause embedded in a verb's clause. */
  private static final Set<String> EMBEDDED = Set.of("ccomp", "xcomp", "advcl", "acl");

  /**
   * The verb a conjunct really goes with when the parser coordinated it with the head of an embedded clause of another
   * form ("He announced that he was undergoing therapy and vowed to …", "She told CNN that Trump is a faker and
   * questioning …"): a conjunct whose form differs from its head's belongs to the clause above, whose verb is
   * returned; -1 when the coordination stands.
   */
  private static int clauseAboveConjunct(ParsedSentence s, int verb, Dependency head) {
    if (!head.baseRelation().equals("conj")) {
      return -1;
    }
    Token v = s.tokens().get(verb);
    Token h = s.tokens().get(head.governor());
    if (!v.isVerb() || h.isVerb() && h.pos().equals(v.pos())) {
      return -1;
    }
    Optional<Dependency> up = s.headOf(head.governor());
    if (up.isEmpty() || up.get().governor() < 0 || !EMBEDDED.contains(up.get().baseRelation())
        || !s.tokens().get(up.get().governor()).isVerb()) {
      return -1;
    }
    return up.get().governor();
  }

  /** Whether the verb has another nominal subject between this one and the verb. */
  private static boolean laterSubject(ParsedSentence s, int verb, int subject) {
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("nsubj") && d.dependent() > subject && d.dependent() < verb) {
        return true;
      }
    }
    return false;
  }

  /** A closing quotation mark, however tagged (typewriter ’’ comes out as NFP). */
  private static boolean isClosingMark(Token t) {
    return t.pos().equals("''") || t.word().equals("’’") || t.word().equals("”") || t.word().equals("''");
  }

  /** Nouns of time that a participle follows without being said by them ("months of refusing to …"). */
  private static final Set<String> TIME_NOUNS = WORDS.set("time-nouns");

  /**
   * The noun a participle modifies with nothing between them ("a group backing Rubio", "staff members suggesting …",
   * "footage of Trump saying …"): the participle is what that noun says or does, whatever the parser hung it on. Not
   * after a comma or dash, where the participle goes with the clause ("Trump spoke, saying …"), nor when the noun is
   * an object.
   */
  private static @Nullable Mention modifiedNoun(ParsedSentence s, String text, int verb, Dependency head) {
    List<Token> toks = s.tokens();
    if (!head.baseRelation().equals("acl") || !toks.get(verb).pos().equals("VBG") || verb < 1) {
      return null;
    }
    Token before = toks.get(verb - 1);
    boolean nominal = before.isNoun() || before.pos().equals("PRP") || before.pos().equals("DT")
        || before.pos().equals("CD");
    if (!nominal || TIME_NOUNS.contains(before.word().toLowerCase(Locale.ROOT))) {
      return null;
    }
    Optional<Dependency> nounHead = s.headOf(head.governor());
    if (nounHead.isPresent() && nounHead.get().baseRelation().equals("obj")) {
      // "Clinton issued a statement saying …", "They sent a letter opposing …": the subject of the verb speaks
      // through the document; left to the verb's subject.
      return null;
    }
    return nounPhrase(s, text, verb - 1);
  }

  /** Where the quote marks are, for quick containment tests. */
  interface Marks {
    boolean inside(int offset);
  }
}
