package org.parley.events;

import org.jspecify.annotations.Nullable;

/**
 * How an act's CAMEO code changes with its mood: an act intended or announced for later becomes an intent (AGREE
 * 03x for cooperation, THREATEN 13x for force), and a cooperative act negated becomes a refusal (REJECT 12x).
 */
final class ActCodes {
  private ActCodes() {}

  /** Intended or future acts: cooperation becomes AGREE (03x), force becomes THREATEN (13x). */
  static String intended(String code, boolean threat, boolean explicitIntent) {
    String root = code.substring(0, 2);
    if (code.startsWith("172")) {
      return "132";
    }
    if (code.startsWith("161")) {
      return "1313";
    }
    switch (root) {
      case "05":
        return "032";
      case "06":
        return "031";
      case "07":
        return "033";
      case "08":
        return "035";
      case "15", "18", "19", "20":
        return "138";
      case "14":
        return "133";
      case "16":
        return "1312";
      case "17":
        return "137";
      case "04":
        return explicitIntent && threat ? "036" : code;
      default:
        return code;
    }
  }

  /**
   * The REJECT code for a negated cooperative act (or an inquiry refused for the future), or null when negation does
   * not turn it into a refusal.
   */
  static @Nullable String refused(String root, boolean future) {
    return switch (root) {
      // "said he would not be launching an investigation": an inquiry others want, refused for the future
      case "09" -> future ? "120" : null;
      case "03", "05" -> "120";
      case "04" -> "125";
      case "06", "07" -> "121";
      case "08" -> "124";
      default -> null;
    };
  }
}
