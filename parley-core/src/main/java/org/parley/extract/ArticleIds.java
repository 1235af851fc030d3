package org.parley.extract;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Stable article ids, so re-reading the same input gives the same id. */
public final class ArticleIds {
  private ArticleIds() {}

  /**
   * The id for a page: the file name without extensions for a plain file, else a hash of the URL,
   * else a hash of the text.
   */
  public static String of(String origin, @Nullable String url, String text) {
    if (!origin.contains("#") && !origin.startsWith("<") && !origin.startsWith("http")) {
      String name = Path.of(origin).getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      for (String ext : new String[] {".gz", ".html", ".htm", ".txt"}) {
        if (lower.endsWith(ext)) {
          name = name.substring(0, name.length() - ext.length());
          lower = lower.substring(0, lower.length() - ext.length());
        }
      }
      if (!name.isEmpty()) {
        return name;
      }
    }
    return sha1(url != null ? url : text).substring(0, 16);
  }

  /** The SHA-1 of a string's UTF-8 bytes, in lower-case hex. */
  public static String sha1(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-1");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-1 is required by the Java platform", e);
    }
  }
}
