package org.parley.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.parley.store.Queries;

/** Reads and checks request parameters; every refusal is an {@link IllegalArgumentException} the API turns into 400. */
final class Params {
  private Params() {}

  /** Largest page a client may ask for. */
  static final int MAX_PAGE = 100;
  /** Deepest rank a client may page to: deep pages cost the store, and no person reads that far. */
  static final int MAX_WINDOW = 1000;
  /** Longest free-text parameter. */
  static final int MAX_TEXT = 200;

  private static final Pattern CODE = Pattern.compile("[A-Z]{3,15}");
  private static final Pattern SITE = Pattern.compile("[^\\p{Cntrl}]{1,100}");
  private static final Pattern TYPE = Pattern.compile("[A-Za-z]{3,20}");

  static @Nullable String text(Context ctx, String name) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return null;
    }
    if (v.length() > MAX_TEXT) {
      throw new IllegalArgumentException(name + " is longer than " + MAX_TEXT + " characters");
    }
    if (v.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException(name + " holds control characters (such as %00)");
    }
    return v.strip();
  }

  static @Nullable String code(Context ctx, String name) {
    String v = text(ctx, name);
    return v == null ? null : code(v, name);
  }

  static String code(String v, String name) {
    String c = v.strip().toUpperCase(Locale.ROOT);
    if (!CODE.matcher(c).matches()) {
      throw new IllegalArgumentException(name + " must be an actor code of 3 to 15 letters (e.g. RUS, ESTGOV)");
    }
    return c;
  }

  static @Nullable String site(Context ctx) {
    String v = text(ctx, "site");
    if (v != null && !SITE.matcher(v).matches()) {
      throw new IllegalArgumentException("site must be a site name or host of at most 100 characters");
    }
    return v;
  }

  /**
   * The {@code attribution} parameter of a quote listing: speech (the default: what was said), belief, or all (null).
   */
  static org.parley.model.@Nullable Attribution attribution(Context ctx) {
    String v = text(ctx, "attribution");
    if (v == null || v.equals("speech")) {
      return org.parley.model.Attribution.SPEECH;
    }
    return switch (v) {
      case "belief" -> org.parley.model.Attribution.BELIEF;
      case "all" -> null;
      default -> throw new IllegalArgumentException("attribution must be speech, belief or all");
    };
  }

  static @Nullable String type(Context ctx) {
    String v = text(ctx, "type");
    if (v == null) {
      return null;
    }
    String t = v.toUpperCase(Locale.ROOT);
    if (!TYPE.matcher(v).matches() || !PloverClasses.TYPES.contains(t)) {
      throw new IllegalArgumentException("type must be one of the PLOVER types: " + String.join(", ",
          new java.util.TreeSet<>(PloverClasses.TYPES)));
    }
    return t;
  }

  /** A date as YYYY, YYYY-MM or YYYY-MM-DD, read as the first ({@code end=false}) or last day of that period. */
  static @Nullable LocalDate date(Context ctx, String name, boolean end) {
    String t = text(ctx, name);
    if (t == null) {
      return null;
    }
    LocalDate d = Queries.periodDay(t, end);
    if (d != null) {
      return d;
    }
    throw new IllegalArgumentException(name + " must be a date as YYYY, YYYY-MM or YYYY-MM-DD");
  }

  static void checkRange(@Nullable LocalDate from, @Nullable LocalDate to) {
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("to (" + to + ") is before from (" + from + ")");
    }
  }

  static int intParam(Context ctx, String name, int dflt, int min, int max) {
    String v = ctx.queryParam(name);
    if (v == null || v.isBlank()) {
      return dflt;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // Reported below with the accepted range.
    }
    throw new IllegalArgumentException(name + " must be a whole number from " + min + " to " + max);
  }

  static Queries.Granularity granularity(Context ctx, Queries.Granularity dflt) {
    String v = text(ctx, "by");
    if (v == null) {
      return dflt;
    }
    try {
      return Queries.Granularity.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("by must be day, week or month", e);
    }
  }

  /** The page asked for: where it starts (from the opaque cursor) and how many items. */
  record Page(int offset, int size) {
    /** The store's limit for this page: every rank up to the page's end. */
    int end() {
      return offset + size;
    }

    /** The cursor of the next page, or null when this page reaches the end of the results or the window. */
    @Nullable String next(int total) {
      int n = offset + size;
      return n < total && n < MAX_WINDOW ? encode(n) : null;
    }
  }

  static Page page(Context ctx) {
    int size = intParam(ctx, "limit", 20, 1, MAX_PAGE);
    String c = ctx.queryParam("cursor");
    int offset = c == null || c.isBlank() ? 0 : decode(c.strip());
    if (offset + size > MAX_WINDOW) {
      size = MAX_WINDOW - offset;
    }
    return new Page(offset, size);
  }

  static String encode(int offset) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("o" + offset).getBytes(StandardCharsets.US_ASCII));
  }

  static int decode(String cursor) {
    try {
      String s = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.US_ASCII);
      if (s.matches("o\\d{1,4}")) {
        int offset = Integer.parseInt(s.substring(1));
        if (offset < MAX_WINDOW) {
          return offset;
        }
        throw new IllegalArgumentException("results are shown up to rank " + MAX_WINDOW + "; narrow the query");
      }
    } catch (IllegalArgumentException e) {
      if (e.getMessage() != null && e.getMessage().startsWith("results")) {
        throw e;
      }
    }
    throw new IllegalArgumentException("cursor is not one this server gave out");
  }
}
