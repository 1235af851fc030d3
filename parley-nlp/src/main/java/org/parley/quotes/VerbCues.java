package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.SpeechLexicon.CueClass;

/**
 * A verb of the speech lexicon as a cue (with its particle, or with the preposition some verbs report only with): its
 * class, its speaker, and the content it reports, taken from the first reading below that finds one.
 */
final class VerbCues {
  private final SpeechLexicon lexicon;

  VerbCues(SpeechLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The cue the verb makes, when the lexicon knows it and it reports something. */
  Optional<Cue> cue(ParsedSentence s, String text, Token t, CueFinder.Marks marks) {
    String particle = particleOf(s, t);
    Optional<CueClass> cls = lexicon.classOf(t.lemma(), particle);
    int prepObject = -1;
    if (cls.isEmpty()) {
      // "talked about the economy", "pointed to the polls": a verb that reports only with its preposition.
      for (Dependency d : s.childrenOf(t.index())) {
        if (d.dependent() > t.index() && (d.relation().equals("obl") || d.relation().equals("advcl"))) {
          cls = lexicon.withPreposition(t.lemma(), Clauses.prepositionOf(s, d.dependent()));
          if (cls.isPresent()) {
            prepObject = d.dependent();
            break;
          }
        }
      }
    }
    if (cls.isEmpty()) {
      return Optional.empty();
    }
    CueClass c = cls.get();
    Mention speaker = subjectOf(s, text, t, marks);
    Span content = reportedClause(s, t.index());
    if (c == CueClass.RAISING) {
      content = VerbContent.raisedContent(s, t.index());
      if (content == null) {
        return Optional.empty();
      }
      speaker = null; // "Trump appears to be gaining": Trump is what is judged, not who judges
    } else if (content == null && prepObject >= 0) {
      content = ContentSpans.of(s, s.subtree(prepObject), Set.of());
    } else if (content == null && c == CueClass.INTENTION) {
      content = VerbContent.complementContent(s, t.index(), Set.of("xcomp"));
    } else if (content == null && c == CueClass.PORTRAYAL) {
      content = VerbContent.complementContent(s, t.index(), Set.of("as"));
    }
    if (content == null && c == CueClass.SPEECH) {
      content = VerbContent.parentheticalContent(s, t);
    }
    // A position taken is reported by a finite verb or participle ("endorsed Cruz", "backing Cruz"); the bare form
    // is mostly a plan or a possibility ("will support the nominee", "refused to back the bill"), seldom reported.
    if (content == null && speaker != null && (c == CueClass.SPEECH || c == CueClass.STANCE)
        && !t.pos().equals("VB")) {
      content = VerbContent.objectContent(s, t, c == CueClass.SPEECH);
    }
    if (content == null && c == CueClass.STANCE) {
      content = VerbContent.passiveSubject(s, t.index());
    }
    if (content == null && speaker != null && c == CueClass.EVIDENCE) {
      content = VerbContent.smallClause(s, t.index());
    }
    if (content != null && speaker != null && content.start() >= speaker.span().start()
        && content.start() < speaker.span().end()) {
      content = null; // "''…,'' said Jock Finlayson, head of policy": the clause found was the speaker's name
    }
    if (content == null && c != CueClass.SPEECH) {
      return Optional.empty();
    }
    if (speaker == null && c == CueClass.SPEECH) {
      // "“…,” said Dan Cantor, the party's director": the parser attached the name elsewhere. Found after the
      // content, which should not widen to objects on the strength of this guess.
      speaker = MisparsedSpeakers.adjacentSpeaker(s, text, t.index(), marks);
    }
    Span cueSpan = new Span(t.start(), t.end());
    String cueText = t.word() + (particle == null ? "" : " " + particle);
    return Optional.of(new Cue(s, t.index(), cueText, cueSpan, speaker, content, c));
  }

  private static @Nullable String particleOf(ParsedSentence s, Token verb) {
    String particle = null;
    for (Dependency d : s.childrenOf(verb.index())) {
      if (d.relation().equals("compound:prt")) {
        particle = s.tokens().get(d.dependent()).word();
      }
    }
    return particle;
  }

  /** The verb's subject as its speaker, or the name beside it when the parser took a word of the quote instead. */
  private static @Nullable Mention subjectOf(ParsedSentence s, String text, Token t, CueFinder.Marks marks) {
    Mention speaker = CueSpeakers.speakerOf(s, text, t.index());
    if (speaker != null && marks.inside(speaker.span().start())) {
      // The parser took a word of the quote as the subject: "“We will not,” the minister said, “…”".
      speaker = MisparsedSpeakers.adjacentSpeaker(s, text, t.index(), marks);
    }
    if (speaker != null && !Words.hasLetter(speaker.text())) {
      speaker = null; // a stray quotation-mark token taken as the subject
    }
    if (speaker == null && t.pos().equals("VBG")) {
      speaker = CueSpeakers.participleSpeaker(s, text, t.index());
    }
    return speaker;
  }

  /** The verb's "that" clause with any clause coordinated after it; null when it has none. */
  private @Nullable Span reportedClause(ParsedSentence s, int verb) {
    List<Integer> clause = new ArrayList<>();
    for (Dependency d : s.childrenOf(verb)) {
      if (d.relation().equals("ccomp") || (clause.size() > 0 && isReportedConjunct(s, d))) {
        clause.addAll(s.subtree(d.dependent()));
      }
    }
    return clause.isEmpty() ? null : ContentSpans.of(s, clause, Set.of());
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
}
