package org.parley.actors;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.parley.actors.Chunker.Chunk;
import org.parley.actors.Chunker.Kind;
import org.parley.model.Actor;
import org.parley.model.ActorKind;

/**
 * The countries of one article: its home country (what it is about) and every country it names, and the three
 * things a reader decides with them: where an unplaced group belongs, whether a bare surname is a foreign office
 * holder, and what an undescribed person is.
 */
final class ArticleCountries {
  /** An article at least this long introduces the foreign office holders it names by surname alone. */
  private static final int MIN_SENTENCES_TO_INTRODUCE = 3;

  private final @Nullable String home;
  private final Set<String> named = new HashSet<>();
  private final int sentences;
  private final ParagraphCountries paragraphs;
  private final @Nullable LocalDate date;

  ArticleCountries(ActorDictionary d, String text, List<List<Chunk>> chunks, ParagraphCountries paragraphs,
                   @Nullable LocalDate date) {
    this.home = HomeCountry.of(d, text, chunks, date);
    this.sentences = chunks.size();
    this.paragraphs = paragraphs;
    this.date = date;
    for (List<Chunk> sentence : chunks) {
      for (Chunk c : sentence) {
        if (c.kind() == Kind.ENTRY && c.isPlaceEntry() && c.entry().country() != null) {
          named.add(c.entry().country());
        }
      }
    }
  }

  /** The country the article is about, or null when none clearly leads. */
  @Nullable String home() {
    return home;
  }

  /**
   * The country of a group or institution its own words do not place: the article's home country, or for an
   * institution named by its kind alone ("the ministry said") the country that opened the paragraph.
   */
  @Nullable String ofGroup(int sentence, Role role) {
    if (home != null || role.type() != Role.Type.ORG) {
      return home;
    }
    return paragraphs.near(sentence);
  }

  /**
   * The office holder a bare surname ("Mr Howard") was found as, if their country is the article's home or one it
   * names: in a British report on the Commons, "Mr Howard" is not Australia's prime minister of the day, whom an
   * article would have introduced.
   */
  List<Entry> placedOfficeHolder(List<Entry> known) {
    if (known.isEmpty()) {
      return known;
    }
    Entry active = ActorDictionary.pick(known, date);
    String country = active == null ? known.get(0).country() : active.country();
    // a lone sentence ("Ankara said Putin …") gives no room to introduce anyone, so there the dictionary is trusted
    boolean article = sentences >= MIN_SENTENCES_TO_INTRODUCE;
    return !article || home == null || country == null || country.equals(home) || named.contains(country)
        ? known : List.of();
  }

  /**
   * A named person the article gives no office, body or nationality to is, as a reader takes them, a civilian of the
   * country the article is about ("Martin Mubanga said he was interrogated" in a British report): the code a
   * reader writes, and the country the events and quotes of that person need. Without a home country the person
   * stays unknown.
   */
  Actor undescribedPerson(Actor a) {
    if (home == null || a.kind() != ActorKind.PERSON || !a.code().equals(ActorResolver.UNKNOWN)) {
      return a;
    }
    return new Actor(home + "CVL", a.name(), ActorKind.PERSON, home, "CVL");
  }
}
