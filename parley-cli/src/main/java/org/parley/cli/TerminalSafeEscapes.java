package org.parley.cli;

import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;

/**
 * JSON lines on stdout are read on terminals too. Jackson already escapes C0 controls; this escapes DEL, C1 controls
 * and bidi controls as well (backslash-u, four hex digits). The JSON value is unchanged for any reader, so
 * output stays verbatim for machines.
 */
final class TerminalSafeEscapes extends CharacterEscapes {
  private static final long serialVersionUID = 1L;
  private final int[] ascii = standardAsciiEscapesForJSON();

  TerminalSafeEscapes() {
    ascii[0x7f] = ESCAPE_STANDARD;
  }

  static ObjectMapper apply(ObjectMapper mapper) {
    mapper.getFactory().setCharacterEscapes(new TerminalSafeEscapes());
    return mapper;
  }

  @Override
  public int[] getEscapeCodesForAscii() {
    return ascii;
  }

  @Override
  public SerializableString getEscapeSequence(int ch) {
    // only asked about characters above 0x7f; null leaves the character as it is
    return TerminalText.isUnsafe(ch) ? new SerializedString(String.format(Locale.ROOT, "\\u%04x", ch)) : null;
  }
}
