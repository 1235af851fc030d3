package org.parley.server;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks that come before any route, static files included.
 *
 * <ul>
 *   <li>The {@code Host} header must be an IP address, {@code localhost}, or a name given with {@code --allow-host}.
 *       Otherwise a web page could point its own DNS name at 127.0.0.1 (DNS rebinding) and read a local server from
 *       the user's browser, as same-origin. An IP address cannot be rebound, so any is accepted.
 *   <li>Only GET and HEAD: the server is read-only, and says so with 405 on every path, not 404 on some.
 *   <li>A {@code %} in the query string must start percent-encoding; Jetty decodes a stray one to nothing, which
 *       silently turned {@code q=%} into no query at all.
 * </ul>
 */
final class RequestGuard {
  private static final Pattern STRAY_PERCENT = Pattern.compile("%(?![0-9A-Fa-f]{2})");
  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(?:\\.\\d{1,3}){3}");

  private final Set<String> allowedNames;

  RequestGuard(Set<String> allowedNames) {
    this.allowedNames = allowedNames.stream().map(n -> n.toLowerCase(Locale.ROOT)).collect(
        java.util.stream.Collectors.toUnmodifiableSet());
  }

  void check(Context ctx) {
    String host = hostName(ctx.header("Host"));
    if (!(host.equals("localhost") || isIpLiteral(host) || allowedNames.contains(host))) {
      throw new HttpResponseException(421, "host '" + host + "' is not served here; start the server with "
          + "--allow-host " + host + " to serve it under that name");
    }
    String method = ctx.req().getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      ctx.header("Allow", "GET, HEAD");
      throw new HttpResponseException(405, "this server is read-only: use GET");
    }
    String query = ctx.queryString();
    if (query != null && STRAY_PERCENT.matcher(query).find()) {
      throw new IllegalArgumentException("the query string holds a % that does not start percent-encoding "
          + "(two hex digits); write %25 for a percent sign");
    }
  }

  /** The Host header without its port, lower case; empty when there is none. */
  static String hostName(String header) {
    if (header == null) {
      return "";
    }
    String h = header.strip().toLowerCase(Locale.ROOT);
    if (h.startsWith("[")) {
      int end = h.indexOf(']');
      return end < 0 ? h : h.substring(0, end + 1);
    }
    int colon = h.indexOf(':');
    return colon < 0 ? h : h.substring(0, colon);
  }

  private static boolean isIpLiteral(String host) {
    return IPV4.matcher(host).matches() || host.startsWith("[") && host.endsWith("]");
  }
}
