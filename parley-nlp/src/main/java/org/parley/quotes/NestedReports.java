package org.parley.quotes;

import java.util.List;
import org.jspecify.annotations.Nullable;
import org.parley.model.Attribution;
import org.parley.model.QuoteKind;
import org.parley.model.Span;

/**
 * One report per utterance. A report of speech made inside another report of speech ("Lee said a man who said he
 * was an agent had …", "according to the book, Park had warned that …") is part of what the outer one reports, and
 * readers count it once; a position that wraps a report of words ("retweeted an article that claimed …") is not the
 * speech itself, which the inner report carries.
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
    for (int i = 0; i < reports.size(); i++) {
      out[i] = Verdict.KEEP;
      Report r = reports.get(i);
      if (r.attribution() != Attribution.SPEECH) {
        continue;
      }
      for (int j = 0; j < reports.size() && out[i] == Verdict.KEEP; j++) {
        Report o = reports.get(j);
        if (i == j || o.attribution() != Attribution.SPEECH || o.cueSpan() == null || r.cueSpan() == null) {
          continue;
        }
        if (r.kind() != QuoteKind.DIRECT && o.kind() != QuoteKind.DIRECT && o.speechCue() && inside(r.cueSpan(), o.span())
            && inside(r.span(), o.span())) {
          out[i] = Verdict.DROP;
        } else if (!r.speechCue() && r.kind() != QuoteKind.DIRECT && o.speechCue() && inside(o.cueSpan(), r.span())) {
          out[i] = Verdict.BELIEF;
        }
      }
    }
    return out;
  }

  private static boolean inside(Span a, Span b) {
    return b.start() <= a.start() && a.end() <= b.end();
  }
}
