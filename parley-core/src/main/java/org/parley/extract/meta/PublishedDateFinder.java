package org.parley.extract.meta;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;
import org.parley.model.DateSource;
import org.parley.model.PublishedDate;

/**
 * Finds the publication date, strongest evidence first: JSON-LD, meta tags, microdata and time tags
 * ({@link MarkupDates}), the URL ({@link UrlDates}), then the dates the page shows ({@link VisibleDates}). A date in
 * the future or before the web is discarded ({@link DateReading}); no date beats a wrong one.
 *
 * <p>Time zones. {@link PublishedDate#day()} is always the calendar day as the page states it. A timestamp that
 * states its offset keeps it; a UTC stamp is restated in the page's own offset only when the page writes its other
 * timestamps with exactly one local offset (never by language alone: CMSs often write local times as "+00:00").
 * A page that states only a day, or a local time without offset, is read in the page's zone when the page makes it
 * knowable (see {@link PageZone}: its own written offset, or a language or language-region of one national zone,
 * such as {@code ja} for +09:00 or {@code de} for CET/CEST): {@link PublishedDate#dateTime()} is then the start of
 * that day (or that local time) at the zone's offset, the moment the page means, rather than UTC midnight.
 * Otherwise {@code dateTime} stays null and nothing is invented.
 *
 * <p>An ambiguous numeric order ({@code 06-08-2009}) takes the reading the page's own text confirms; a URL day one
 * day off the markup's wins the day (the markup stamped the moment in another zone), more than one day off it wins
 * outright.
 */
final class PublishedDateFinder {
  /** How far (in hours) a stamp's zone may plausibly be from the newsroom's. */
  private static final int MAX_ZONE_SHIFT_HOURS = 9;

  private final Clock clock;

  PublishedDateFinder(Clock clock) {
    this.clock = clock;
  }

  @Nullable PublishedDate find(PageSignals page) {
    PageZone zone = PageZone.of(page);
    PublishedDate d = choose(page, zone);
    return d == null ? null : zone.anchor(d);
  }

  private @Nullable PublishedDate choose(PageSignals page, PageZone zone) {
    LocalDate latest = LocalDate.now(clock.withZone(ZoneOffset.UTC)).plusDays(1);
    DateReading reading = new DateReading(page, latest);
    PublishedDate d = MarkupDates.jsonLd(reading);
    if (d == null) {
      d = MarkupDates.publishedMeta(reading);
    }
    if (d == null) {
      d = MarkupDates.genericMeta(reading);
      // A generic date is often the last edit: a date the page itself shows before it is the publication.
      PublishedDate shown = d == null ? null : VisibleDates.find(reading);
      if (shown != null && shown.day().isBefore(d.day())) {
        d = shown;
      }
    }
    if (d == null) {
      d = MarkupDates.microdata(reading);
    }
    if (d == null) {
      d = MarkupDates.timeTag(reading);
    }
    PublishedDate fromUrl = UrlDates.find(reading);
    if (d != null) {
      d = preferVisible(zone.localize(d), reading, zone);
      return fromUrl == null ? d : reconcile(d, fromUrl);
    }
    if (fromUrl != null) {
      return fromUrl;
    }
    return VisibleDates.find(reading);
  }

  /**
   * A date in the URL was fixed when the page was published, so it overrules markup that disagrees by more than a
   * day (templates stamp edits or migration dates as "published"). One day apart is a timestamp crossing
   * midnight in another zone than the newsroom's: the URL has the page's local day, the markup the moment.
   */
  private static PublishedDate reconcile(PublishedDate markup, PublishedDate url) {
    long diff = Math.abs(markup.day().toEpochDay() - url.day().toEpochDay());
    if (diff > 1) {
      return url;
    }
    if (diff == 1 && nearMidnight(markup, url.day())) {
      // A stamp taken around midnight, in UTC or in a zone other than the newsroom's: the URL has the local day.
      return new PublishedDate(url.day(), markup.dateTime(), markup.raw(), markup.source());
    }
    return markup;
  }

  /**
   * Whether the stamp is close enough to midnight that another zone puts it on {@code day}: a story stamped
   * 02:18Z is the evening before in the Americas, but one stamped 10:04Z is that morning everywhere its newsroom
   * is likely to be, and a URL a day off then holds the day the story was first drafted.
   */
  private static boolean nearMidnight(PublishedDate markup, LocalDate day) {
    OffsetDateTime t = markup.dateTime();
    if (t == null) {
      return true;
    }
    long minuteOfDay = t.getHour() * 60L + t.getMinute();
    long shift = day.isBefore(t.toLocalDate()) ? minuteOfDay + 1 : 24 * 60 - minuteOfDay;
    return shift <= MAX_ZONE_SHIFT_HOURS * 60L;
  }

  /**
   * When the markup disagrees with itself (published, created, modified, several blocks), the date shown in the
   * article's date line decides among the dates the markup offers; it never brings in a date of its own.
   */
  private static PublishedDate preferVisible(PublishedDate chosen, DateReading reading, PageZone zone) {
    if (chosen.source() == DateSource.TEXT) {
      return chosen;
    }
    PublishedDate shown = VisibleDates.dateElement(reading);
    if (shown == null || shown.day().equals(chosen.day())) {
      return chosen;
    }
    for (PublishedDate o : MarkupDates.offered(reading)) {
      PublishedDate local = zone.localize(o);
      if (local.day().equals(shown.day())) {
        return local;
      }
    }
    return chosen;
  }
}
