package org.parley.extract.meta;

import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;

/**
 * The time zone a page writes its dates in, when the page itself makes it knowable: timestamps with a local offset
 * elsewhere on the page, or a declared language (or language and region) used in a single national time zone
 * ({@code ja} is Japan's +09:00, {@code de} the CET/CEST of Germany, Austria and Switzerland). Languages spoken
 * across several zones ({@code en}, {@code es}, {@code fr}, {@code pt}, {@code ru}, {@code ar}) give no zone unless
 * their region names a single-zone country.
 */
final class PageZone {
  private static final Pattern OFFSET_STAMP = Pattern.compile(
      "((?:19|20)\\d{2}-\\d{2}-\\d{2})[T ](\\d{2}:\\d{2})(?::\\d{2})?(?:\\.\\d+)?([+-]\\d{2}:?\\d{2})");

  /** Languages, or language-region tags, whose speakers keep one civil time. */
  private static final Map<String, String> ZONES = Map.ofEntries(
      Map.entry("ja", "Asia/Tokyo"), Map.entry("ko", "Asia/Seoul"), Map.entry("zh", "Asia/Shanghai"),
      Map.entry("de", "Europe/Berlin"), Map.entry("it", "Europe/Rome"), Map.entry("nl", "Europe/Amsterdam"),
      Map.entry("pl", "Europe/Warsaw"), Map.entry("cs", "Europe/Prague"), Map.entry("sk", "Europe/Bratislava"),
      Map.entry("hu", "Europe/Budapest"), Map.entry("da", "Europe/Copenhagen"), Map.entry("nb", "Europe/Oslo"),
      Map.entry("nn", "Europe/Oslo"), Map.entry("no", "Europe/Oslo"), Map.entry("sv", "Europe/Stockholm"),
      Map.entry("fi", "Europe/Helsinki"), Map.entry("el", "Europe/Athens"), Map.entry("tr", "Europe/Istanbul"),
      Map.entry("he", "Asia/Jerusalem"), Map.entry("ro", "Europe/Bucharest"), Map.entry("bg", "Europe/Sofia"),
      Map.entry("hr", "Europe/Zagreb"), Map.entry("sl", "Europe/Ljubljana"), Map.entry("sr", "Europe/Belgrade"),
      Map.entry("th", "Asia/Bangkok"), Map.entry("vi", "Asia/Ho_Chi_Minh"), Map.entry("fa", "Asia/Tehran"),
      Map.entry("fr-fr", "Europe/Paris"), Map.entry("fr-be", "Europe/Brussels"), Map.entry("fr-ch", "Europe/Zurich"),
      Map.entry("en-gb", "Europe/London"), Map.entry("en-ie", "Europe/Dublin"), Map.entry("en-in", "Asia/Kolkata"),
      Map.entry("en-nz", "Pacific/Auckland"), Map.entry("en-za", "Africa/Johannesburg"),
      Map.entry("en-sg", "Asia/Singapore"), Map.entry("es-es", "Europe/Madrid"), Map.entry("pt-pt", "Europe/Lisbon"),
      Map.entry("es-co", "America/Bogota"), Map.entry("es-ar", "America/Argentina/Buenos_Aires"),
      Map.entry("es-pe", "America/Lima"), Map.entry("ar-eg", "Africa/Cairo"), Map.entry("ar-sa", "Asia/Riyadh"),
      Map.entry("ar-jo", "Asia/Amman"), Map.entry("ar-ae", "Asia/Dubai"), Map.entry("ru-ua", "Europe/Kiev"),
      Map.entry("uk", "Europe/Kiev"), Map.entry("hi", "Asia/Kolkata"), Map.entry("id", "Asia/Jakarta"));

  private final @Nullable ZoneId languageZone;
  private final Set<ZoneOffset> pageOffsets;
  private final List<OffsetDateTime> stamps;

  private PageZone(@Nullable ZoneId languageZone, Set<ZoneOffset> pageOffsets, List<OffsetDateTime> stamps) {
    this.languageZone = languageZone;
    this.pageOffsets = pageOffsets;
    this.stamps = stamps;
  }

  static PageZone of(PageSignals page) {
    List<String> texts = new ArrayList<>();
    page.meta.values().forEach(texts::addAll);
    for (Element e : page.doc.select("time[datetime], script")) {
      texts.add(e.normalName().equals("time") ? e.attr("datetime") : e.data());
    }
    Set<ZoneOffset> offsets = new LinkedHashSet<>();
    List<OffsetDateTime> stamps = new ArrayList<>();
    for (String text : texts) {
      Matcher m = OFFSET_STAMP.matcher(text);
      while (m.find()) {
        Optional<ParsedDate> p = DateParsers.parseValue(m.group(), null);
        if (p.isPresent() && p.get().dateTime() != null && !p.get().dateTime().getOffset().equals(ZoneOffset.UTC)) {
          offsets.add(p.get().dateTime().getOffset());
          stamps.add(p.get().dateTime());
        }
      }
    }
    return new PageZone(languageZone(page.langTag), offsets, stamps);
  }

  static @Nullable ZoneId languageZone(@Nullable String tag) {
    if (tag == null) {
      return null;
    }
    String t = tag.strip().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    String[] parts = t.split("-");
    String id = parts.length > 1 ? ZONES.get(parts[0] + "-" + parts[parts.length - 1]) : null;
    if (id == null) {
      id = ZONES.get(parts[0]);
    }
    return id == null ? null : ZoneId.of(id);
  }

  /**
   * The page's only local offset, if its timestamps use exactly one. The language is not consulted: a timestamp
   * that states its offset (even a wrong "+00:00" from a misconfigured CMS) is a complete statement, and restating
   * it by a guessed zone moved more days wrong than right.
   */
  private @Nullable ZoneOffset writtenOffset() {
    return pageOffsets.size() == 1 ? pageOffsets.iterator().next() : null;
  }

  /** The offset in force at the given local time of the page. */
  private @Nullable ZoneOffset offsetAt(LocalDateTime local) {
    if (languageZone != null && agreesWithLanguage()) {
      return languageZone.getRules().getOffset(local);
    }
    return pageOffsets.size() == 1 ? pageOffsets.iterator().next() : null;
  }

  /** The offset of a page timestamp naming the same instant as {@code t}, if the page writes one. */
  private @Nullable ZoneOffset offsetOfSameInstant(OffsetDateTime t) {
    for (OffsetDateTime s : stamps) {
      if (Math.abs(s.toEpochSecond() - t.toEpochSecond()) < 60) {
        return s.getOffset();
      }
    }
    return null;
  }

  /**
   * A UTC timestamp hides the page's calendar day; when the page writes its other timestamps with one local offset,
   * restate the same instant in that offset. The moment is unchanged, so nothing is invented but the page's own
   * zone.
   */
  PublishedDate localize(PublishedDate d) {
    OffsetDateTime t = d.dateTime();
    if (t == null || !t.getOffset().equals(ZoneOffset.UTC)) {
      return d;
    }
    ZoneOffset off = offsetOfSameInstant(t);
    if (off == null) {
      off = writtenOffset();
    }
    if (off == null) {
      return d;
    }
    OffsetDateTime local = t.withOffsetSameInstant(off);
    return new PublishedDate(local.toLocalDate(), local, d.raw(), d.source());
  }

  /**
   * A page that states a day (or a local time) without a zone still means a moment in its own zone: when that zone
   * is knowable from the page, the date becomes the start of that day (or that local time) at the zone's offset, so
   * that {@link PublishedDate#dateTime()} and {@link PublishedDate#instant()} name the page's moment rather than UTC
   * midnight. {@link PublishedDate#day()} stays the day as written.
   */
  PublishedDate anchor(PublishedDate d) {
    if (d.dateTime() != null) {
      return d;
    }
    LocalTime time = d.source() == DateSource.URL ? null : DateParsers.localTime(d.raw());
    LocalDateTime local = d.day().atTime(time == null ? LocalTime.MIDNIGHT : time);
    ZoneOffset off = offsetAt(local);
    return off == null ? d : new PublishedDate(d.day(), local.atOffset(off), d.raw(), d.source());
  }

  private boolean agreesWithLanguage() {
    for (OffsetDateTime s : stamps) {
      if (!languageZone.getRules().getOffset(s.toInstant()).equals(s.getOffset())) {
        return false;
      }
    }
    return true;
  }
}
