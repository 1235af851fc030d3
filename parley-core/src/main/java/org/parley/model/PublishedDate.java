package org.parley.model;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A publication date with its evidence.
 *
 * @param day the calendar day as the page states it (its own time zone)
 * @param dateTime the full timestamp with its offset, when the page gives a time
 * @param raw the string the date was read from
 * @param source where it was found
 */
public record PublishedDate(LocalDate day, @Nullable OffsetDateTime dateTime, String raw, DateSource source) {
  public PublishedDate {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(raw, "raw");
    Objects.requireNonNull(source, "source");
  }

  /** ISO 8601: the timestamp with its offset when known, else the day. */
  public String iso() {
    return dateTime != null ? dateTime.toString() : day.toString();
  }

  /** The instant, taking a bare day as midnight UTC. */
  public Instant instant() {
    return dateTime != null ? dateTime.toInstant() : day.atStartOfDay().toInstant(ZoneOffset.UTC);
  }
}
