package org.parley.model;

/** A half-open range {@code [start, end)} of UTF-16 offsets into an article's text. */
public record Span(int start, int end) implements java.io.Serializable {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public int length() {
    return end - start;
  }

  public boolean contains(Span other) {
    return start <= other.start && other.end <= end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }
}
