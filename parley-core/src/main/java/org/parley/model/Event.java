package org.parley.model;

import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A coded political event: who did what to whom, when, with its evidence.
 *
 * @param eventType the PLOVER event type (or the STATEMENT marker of a CAMEO-only event)
 * @param cameoCode the CAMEO code as a string (the leading zero matters: "042")
 * @param goldstein the Goldstein conflict–cooperation score of the CAMEO code
 * @param source who acts
 * @param target who is acted upon, when there is one
 * @param date when it happened, as precisely as {@code precision} says
 * @param precision how precisely the date is known
 * @param negated whether the text says it did not happen ("will not extend")
 * @param modality the modal or mood that qualifies it ("will", "could", "if"), when any
 * @param trigger the predicate's span ("accused", "talks")
 * @param sentence the evidence sentence's span
 * @param confidence the coder's confidence in [0, 1]
 * @param rule the rule or pattern that produced it ("verb:accuse", "light-verb:hold+talks"), so a user can see why
 *     it exists; null for events that came from elsewhere (an imported table without the column)
 */
public record Event(EventType eventType, String cameoCode, double goldstein, Mention source, @Nullable Mention target,
                    @Nullable LocalDate date, DatePrecision precision, boolean negated, @Nullable String modality,
                    Span trigger, Span sentence, double confidence, @Nullable String rule) {
  public Event {
    Objects.requireNonNull(eventType, "eventType");
    Objects.requireNonNull(cameoCode, "cameoCode");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(trigger, "trigger");
    Objects.requireNonNull(sentence, "sentence");
  }

  /**
   * An event whose type is given by name, as the coder reads types from its tables.
   *
   * @throws IllegalArgumentException when {@code type} names no {@link EventType}
   */
  public Event(String type, String cameoCode, double goldstein, Mention source, @Nullable Mention target,
               @Nullable LocalDate date, DatePrecision precision, boolean negated, @Nullable String modality,
               Span trigger, Span sentence, double confidence, @Nullable String rule) {
    this(EventType.of(type), cameoCode, goldstein, source, target, date, precision, negated, modality, trigger,
        sentence, confidence, rule);
  }

  /** An event without a named rule, its type given by name. */
  public Event(String type, String cameoCode, double goldstein, Mention source, @Nullable Mention target,
               @Nullable LocalDate date, DatePrecision precision, boolean negated, @Nullable String modality,
               Span trigger, Span sentence, double confidence) {
    this(EventType.of(type), cameoCode, goldstein, source, target, date, precision, negated, modality, trigger,
        sentence, confidence, null);
  }

  /**
   * The type's name ("REQUEST", "STATEMENT"), as every output writes it. Kept as a string view of {@link #eventType()}
   * so code that compares types with strings keeps working.
   */
  public String type() {
    return eventType.name();
  }

  /** This event with its rule named. */
  public Event withRule(String name) {
    return new Event(eventType, cameoCode, goldstein, source, target, date, precision, negated, modality, trigger,
        sentence, confidence, name);
  }

  /** The CAMEO root: the first two digits. */
  public String cameoRoot() {
    return cameoCode.length() >= 2 ? cameoCode.substring(0, 2) : cameoCode;
  }

  /**
   * GDELT's quad class from the CAMEO root: 1 verbal cooperation (01–05), 2 material cooperation (06–08), 3 verbal
   * conflict (09–13), 4 material conflict (14–20); 0 for a code without a valid root.
   */
  public int quadClass() {
    int root;
    try {
      root = Integer.parseInt(cameoCode.length() >= 2 ? cameoCode.substring(0, 2) : cameoCode);
    } catch (NumberFormatException e) {
      return 0;
    }
    if (root <= 0 || root > 20) {
      return 0;
    }
    return root <= 5 ? 1 : root <= 8 ? 2 : root <= 13 ? 3 : 4;
  }
}
