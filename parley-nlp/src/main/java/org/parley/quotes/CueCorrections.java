package org.parley.quotes;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.Dependency;
import org.parley.nlp.Token;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.QuoteMarks.Marked;
import org.parley.quotes.SpeechLexicon.CueClass;

/**
 * Second thoughts on a cue the finder read from one parse, once the quotation marks and the cues around it are known:
 * content that is the speaker's name or a quotation's attribution, a speaker who was asked or is expected rather than
 * speaking, an expletive "it", a participle or noun cue whose speaker stands elsewhere, and a subject that cannot
 * speak at all.
 */
final class CueCorrections {
  private final Speakers speakers;

  CueCorrections(Speakers speakers) {
    this.speakers = speakers;
  }

  /**
   * The cue with its speaker checked: a name set beside a description, the group a quantifier counts. A subject that
   * cannot speak ("the timing suggests …", "the bill proposes …") stays as the holder of what is reported, which is
   * then a belief, not speech; such cues are remembered in {@code noAgent}.
   */
  Cue judged(Cue c, String text, Set<Cue> noAgent) {
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

  /** The cue with the corrections that read its sentence, the text and the quotation marks around it. */
  static Cue corrected(Cue c, String text, List<Marked> marks) {
    return withNounSource(withoutBorrowedIt(withoutPassiveSpeaker(reportingTheQuoteBefore(withoutSpeakerAsContent(c),
        text, marks))), text);
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
    int m = QuoteMarks.firstMarkEndingAfter(marks, sp.span().start() + 1) - 1;
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
        && Clauses.passiveNoAgent(c.sentence(), c.verb());
    if (c.speaker() == null || !(judged || Clauses.passiveWithoutAgent(c.sentence(), c.verb()))) {
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
    for (Dependency d : c.sentence().childrenOf(c.verb())) {
      if (c.sentence().tokens().get(d.dependent()).start() == sp.span().start()) {
        return c;
      }
    }
    // Borrowed by a verb complement ("difficult to predict", "it means admitting"); a conjunct or a participle clause
    // shares its head's subject ("It seized territory and vowed …", "it attacked Trump, saying …").
    Optional<Dependency> h = c.sentence().headOf(c.verb());
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
  static Cue withSpeakerOfCueBefore(Cue c, @Nullable Cue before) {
    if (c.speaker() != null || before == null || before.speaker() == null || c.cueClass() == CueClass.RAISING) {
      return c;
    }
    List<Token> toks = c.sentence().tokens();
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
    Mention sp = NounCues.holderOf(c.sentence(), text, c.verb(), c.content().start());
    return sp == null ? c : new Cue(c.sentence(), c.verb(), c.cue(), c.cueSpan(), sp, c.content(), c.cueClass());
  }
}
