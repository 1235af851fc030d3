package org.parley.quotes;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.Attribution;
import org.parley.model.Quote;
import org.parley.model.QuoteKind;
import org.parley.model.Span;

/**
 * One report per utterance. A report made inside the content of another ("Lee said a man who said he was an agent
 * had …", "according to the book, Park had warned that …", "Lee said he expects …") is part of what the outer one
 * reports, and readers (and PolNeAR's annotators, as it turned out) count it once. The exception: a position that
 * wraps a report of words ("retweeted an article that claimed …") is not the speech itself; the inner report keeps
 * the words and the outer becomes a belief.
 */
final class NestedReports {
  private NestedReports() {}

  /**
   * A report as the nesting rules see it.
   *
   * @param span the reported content
   * @param cueSpan where its cue is, or null
   * @param kind its kind
   * @param speechCue whether its cue is a verb or phrase of saying
   * @param attribution what it was judged to be so far
   */
  record Report(Span span, @Nullable Span cueSpan, QuoteKind kind, boolean speechCue, Attribution attribution) {}

  /** What to do with each report. */
  enum Verdict { KEEP, DROP, BELIEF }

  static Verdict[] judge(List<Report> reports) {
    Verdict[] out = new Verdict[reports.size()];
    java.util.Arrays.fill(out, Verdict.KEEP);
    for (int i = 0; i < reports.size(); i++) {
      Report inner = reports.get(i);
      for (int j = 0; j < reports.size(); j++) {
        Report outer = reports.get(j);
        if (i == j || !nestedIn(inner, outer)) {
          continue;
        }
        if (inner.attribution() == Attribution.SPEECH && (!outer.speechCue()
            || outer.attribution() != Attribution.SPEECH)) {
          out[j] = Verdict.BELIEF; // the words are the inner report's; the outer takes a position on them
        } else {
          out[i] = Verdict.DROP;
        }
      }
    }
    return out;
  }

  /** Whether a report, cue and content, lies within the content of another reported (not quoted) one. */
  private static boolean nestedIn(Report inner, Report outer) {
    return inner.kind() != QuoteKind.DIRECT && outer.kind() != QuoteKind.DIRECT && inner.cueSpan() != null
        && outer.cueSpan() != null && inside(inner.cueSpan(), outer.span()) && inside(inner.span(), outer.span());
  }

  private static boolean inside(Span a, Span b) {
    return b.start() <= a.start() && a.end() <= b.end();
  }

  /**
   * One quote per utterance: a quote with no speaker whose words another quote with a speaker also holds is a second
   * reading of the same words ("… would keep their transponders on, a step Estonia had demanded", where the parser
   * also reads the relative clause as a report), and is left out.
   */
  static List<Quote> withoutSpeakerlessTwins(List<Quote> quotes) {
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      boolean twin = q.speaker() == null && quotes.stream().anyMatch(o -> o != q && o.speaker() != null
          && inside(q.span(), o.span()));
      if (!twin) {
        out.add(q);
      }
    }
    return out;
  }
}
