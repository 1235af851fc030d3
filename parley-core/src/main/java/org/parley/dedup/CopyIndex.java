package org.parley.dedup;

import java.util.BitSet;
import org.jspecify.annotations.Nullable;

/**
 * The articles kept so far and the rules that make a new article a copy of one of them. The store and the Spark job
 * both use it, so both keep the same originals.
 *
 * <p>The rules, in order: the same normalised text (the exact hash); else a SimHash of the whole text, or of the
 * lead, within {@link Fingerprints#NEAR_DUPLICATE_BITS} bits; else most paragraphs shared
 * ({@link Fingerprints#copyOf}). The first rule that finds a kept article decides, and within a rule the earliest
 * kept article wins. Articles are numbered by slot, 0, 1, 2 … in the order {@link #add} kept them.
 *
 * <p>Not thread-safe: callers serialise lookups and adds (the store does so under its monitor).
 */
public final class CopyIndex {
  /** Which rule found the original. */
  public enum Rule {
    SAME_TEXT,
    NEAR_DUPLICATE,
    SHARED_PARAGRAPHS
  }

  /** The kept article a new one copies ({@code slot}), and the rule that says so. */
  public record Match(int slot, Rule rule) {}

  /** Withdrawn slots, shared by the maps below. */
  private final BitSet removed = new BitSet();
  /** By a 64-bit key of the exact hash: among 10 M different texts, two share one with a chance of 3 in 10⁶. */
  private final SlotMap sameText = new SlotMap(removed);
  private final SimHashIndex wholeTexts = new SimHashIndex(removed);
  private final SimHashIndex leads = new SimHashIndex(removed);
  private final ParagraphIndex paragraphs = new ParagraphIndex(removed);
  private int size;

  /**
   * The kept article this one is a copy of, or null when it is new.
   *
   * @param blank whether the article's text is blank: blank texts all share one exact hash, which says nothing
   */
  public @Nullable Match originalOf(Fingerprints.Fingerprint fp, boolean blank) {
    int same = blank ? -1 : sameText.get(exactKey(fp.exactHash()));
    if (same >= 0) {
      return new Match(same, Rule.SAME_TEXT);
    }
    if (fp.simHash() != 0L) {
      // An article without a whole-text hash is not matched by its lead either (a lead alone is too short).
      int near = Math.min(wholeTexts.first(fp.simHash()), leads.first(fp.leadSimHash()));
      if (near != Integer.MAX_VALUE) {
        return new Match(near, Rule.NEAR_DUPLICATE);
      }
    }
    int shared = paragraphs.copyOf(fp.paragraphHashes());
    return shared < 0 ? null : new Match(shared, Rule.SHARED_PARAGRAPHS);
  }

  /** Keeps an article as a possible original of later ones; returns its slot. */
  public int add(Fingerprints.Fingerprint fp) {
    int slot = size++;
    sameText.putIfAbsent(exactKey(fp.exactHash()), slot);
    if (fp.simHash() != 0L) {
      wholeTexts.add(fp.simHash(), slot);
      leads.add(fp.leadSimHash(), slot);
    }
    paragraphs.add(slot, fp.paragraphHashes());
    return slot;
  }

  /** Withdraws a kept article (the store could not write it): it is no longer anyone's original. */
  public void remove(int slot) {
    removed.set(slot);
  }

  /** How many articles were kept (removed ones included): the next slot. */
  public int size() {
    return size;
  }

  /** The exact hash ({@link Fingerprints#exactHash}, a hex SHA-1) folded to 64 bits (FNV-1a over its characters). */
  private static long exactKey(String hash) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < hash.length(); i++) {
      h = (h ^ hash.charAt(i)) * 0x100000001b3L;
    }
    return h;
  }
}
