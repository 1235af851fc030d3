package org.parley.quotes;

import java.util.List;
import java.util.Optional;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.SpeechLexicon.CueClass;

/** Verbs outside the speech lexicon that frame a quotation beside them ("“…,” Trump shot back."). */
final class BesideQuoteCues {
  private BesideQuoteCues() {}

  /**
   * A verb outside the lexicon that frames a quote as a parenthetical next to it: "“…,” Trump shot back.", "“…,”
   * riffed Mike Pence.", "Pence riffed: “…”". The verb stands within a few words of the quotation mark, has a subject
   * outside the quote and no object or clause of its own, so the quote is what it reports.
   *
   * @param after true to look right after the closing mark, false right before the opening one
   */
  static Optional<Cue> cue(ParsedSentence s, String text, int markStart, int markEnd, boolean after,
      CueFinder.Marks marks) {
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
          NounPhrases.headedBy(s, text, subject), null, CueClass.SPEECH));
    }
    return Optional.empty();
  }
}
