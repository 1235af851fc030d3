package org.parley.extract.meta;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.jspecify.annotations.Nullable;

/**
 * A date read from a string.
 *
 * @param day the calendar day as written
 * @param dateTime the timestamp, only when the string carried a time and a zone offset
 * @param raw the matched text
 */
record ParsedDate(LocalDate day, @Nullable OffsetDateTime dateTime, String raw) {}
