package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.parley.model.Mention;
import org.parley.model.Span;

/**
 * Finds actor mentions in an article and resolves them to CAMEO-style actors, with a light coreference of its own
 * (no CoreNLP coref).
 *
 * <p>What is found, per sentence, by longest match over token n-grams in the {@link ActorDictionary}:
 *
 * <ul>
 *   <li>countries by name, short name, adjective or demonym ({@code STATE} actor, bare ISO code); a hyphenated word
 *       ("French-led", "US-backed", "Russia-Ukraine") gives one mention per country part;
 *   <li>capital cities ("Beijing said") resolve to the bare country code ({@code CHN}, kind STATE), because a
 *       capital is as often a place as a government; seats of government resolve to their sector ("the White
 *       House" {@code USAGOV}, "Downing Street" {@code GBRGOV}, "the Pentagon" {@code USAMIL});
 *   <li>international bodies ({@code IGO…} codes);
 *   <li>a country or IGO modifier followed by role words: "Iranian officials" {@code IRNGOV} (GROUP), "Russian
 *       troops" {@code RUSMIL}, "the Russian foreign ministry" {@code RUSGOV}; with a person name after the role,
 *       a PERSON actor keeping the name: "Chinese Foreign Minister Wang Yi" {@code CHNGOV};
 *   <li>people: a role word before a name, an appositive ("Kaja Kallas, Estonia's prime minister,"), known names
 *       from the leaders table or user dictionaries, and other person names (CoreNLP PERSON tokens, or on the fast
 *       path capitalised runs of two to four words, or one word before a speech verb).
 * </ul>
 *
 * <p>Codes: country + sector ({@code ESTGOV}); sectors come from role words: defence ministers and ministries are
 * {@code GOV} (the civilian executive; soldiers, commanders and armed forces are {@code MIL}); protesters and
 * demonstrators are {@code OPP}; former officeholders ("former president X", or a known leader named outside all
 * terms on the article date) are {@code ELI}. When a person's nationality is not written next to the role it is
 * taken from the leaders table (by name, active on the article date), then from the nearest country mention in the
 * same sentence, then in the same paragraph, then the latest one earlier in the article. When no country is found
 * the country part of the code is {@code UNK} ({@code UNKGOV}); a person with neither country nor role is a PERSON
 * actor with code {@code UNK}, empty country and sector, and the name as written — never a null actor, so quote
 * attribution keeps the speaker's name.
 *
 * <p>Coreference in one article: a later full name or bare surname resolves to the person first named in full; "the
 * prime minister" to the last person holding that title (else to the leaders table's holder of that office for the
 * country in context); "the Estonian leader" to the last Estonian government person; "he"/"she"/"him"/"her" to the
 * nearest gender-compatible person, preferring earlier in the same sentence, then the first-named (subject-like)
 * person of the previous sentences, up to three back; "they"/"them" to the last group, state or body; "the
 * ministry"/"the government" to that role of the country in context. Gender comes from the leaders table, gendered
 * role words ("spokeswoman"), honorifics ("Mr", "Ms"), or a he/she bound to the name earlier. Pronouns that find no
 * antecedent are not reported.
 *
 * <p>Instances are immutable and thread-safe; one per process is enough.
 */
public final class ActorResolver {
  /** Country part of a code when no country could be found, and the whole code for a bare unknown person. */
  public static final String UNKNOWN = "UNK";

  private final ActorDictionary dictionary;

  /**
   * @param dictionary the actor dictionary to resolve against
   */
  public ActorResolver(ActorDictionary dictionary) {
    this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
  }

  /** @return a resolver over {@link ActorDictionary#builtIn()} */
  public static ActorResolver builtIn() {
    return new ActorResolver(ActorDictionary.builtIn());
  }

  /** @return the dictionary this resolver uses */
  public ActorDictionary dictionary() {
    return dictionary;
  }

  /**
   * Resolves the actors of an article already split into sentences and tokens (by CoreNLP).
   *
   * @param text the article text; all offsets are UTF-16 offsets into it
   * @param sentences the sentence spans, in order
   * @param tokens the tokens of each sentence (same size as {@code sentences}); NER tags are used when present
   * @param date the article date, used for date-bounded roles; null to take the most recent terms
   * @return the mentions in text order, non-overlapping, each with a resolved actor
   */
  public List<Mention> resolve(String text, List<Span> sentences, List<List<TokenInfo>> tokens,
                               @Nullable LocalDate date) {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sentences, "sentences");
    Objects.requireNonNull(tokens, "tokens");
    if (sentences.size() != tokens.size()) {
      throw new IllegalArgumentException(
          "sentences (" + sentences.size() + ") and token lists (" + tokens.size() + ") differ in number");
    }
    return new ArticleResolution(dictionary, text, sentences, tokens, date).run();
  }

  /**
   * Fast path without CoreNLP: splits the text into sentences and tokens with a small regex tokenizer and finds
   * person names by capitalisation.
   *
   * @param text the article text
   * @param date the article date, or null
   * @return the mentions in text order, each with a resolved actor
   */
  public List<Mention> resolve(String text, @Nullable LocalDate date) {
    Objects.requireNonNull(text, "text");
    List<Span> sentences = new ArrayList<>();
    List<List<TokenInfo>> tokens = new ArrayList<>();
    SimpleSplitter.split(text, sentences, tokens);
    return resolve(text, sentences, tokens, date);
  }
}
