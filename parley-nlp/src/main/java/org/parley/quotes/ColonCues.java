package org.parley.quotes;

import java.util.List;
import java.util.Optional;
import org.parley.model.Mention;
import org.parley.model.Span;
import org.parley.nlp.ParsedSentence;
import org.parley.nlp.Token;
import org.parley.quotes.CueFinder.Cue;
import org.parley.quotes.SpeechLexicon.CueClass;

/** A name and a colon as a cue of speech, in a headline, a transcript or before a quotation. */
final class ColonCues {
  private ColonCues() {}

  /**
   * A colon after a name: headline style "Graham: Trump's rhetoric destroying GOP" (at the start of a paragraph), or
   * "… pollster Daron Shaw: “Historically, …”" before a quotation mark.
   */
  static Optional<Cue> cue(ParsedSentence s, String text, boolean startsParagraph) {
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
          : NounPhrases.headedBy(s, text, i - 1);
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
}
