package org.parley.ingest;

import java.nio.charset.Charset;
import java.util.List;

/**
 * A page's bytes decoded to text.
 *
 * @param text the decoded characters
 * @param charset the charset used
 * @param charsetSource how it was chosen: "header", "bom", "meta", "utf-8", "fallback"
 * @param html whether the content looks like HTML rather than plain text
 * @param warnings doubts met while decoding (replacement characters, guessed charset…)
 */
public record DecodedPage(String text, Charset charset, String charsetSource, boolean html, List<String> warnings) {
  public DecodedPage {
    warnings = List.copyOf(warnings);
  }
}
