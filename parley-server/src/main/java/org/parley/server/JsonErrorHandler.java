package org.parley.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Locale;
import java.util.Map;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty refuses some requests before they reach the API (a URL or headers too long, a bad or ambiguous path such as
 * {@code %00} or {@code ..}); by default it answers with an HTML page and without nosniff. This answers them as the
 * API answers its own errors, {@code {"status": n, "error": "message"}}, so a client has one format to read and no
 * page is ever sniffed as something else.
 */
final class JsonErrorHandler extends ErrorHandler {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpField TYPE = new HttpField(HttpHeader.CONTENT_TYPE, "application/json;charset=utf-8");
  private static final HttpField NOSNIFF = new HttpField("X-Content-Type-Options", "nosniff");

  static byte[] body(int status, String message) {
    try {
      return JSON.writeValueAsBytes(Map.of("status", status, "error", message));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A message for a person; Jetty's own reasons ("URI too long") are terse and name no cure. */
  static String message(int status, String reason) {
    String r = reason == null || reason.isBlank() ? "" : ": " + reason.toLowerCase(Locale.ROOT);
    return switch (status) {
      case 414 -> "the request's URL is too long; shorten the query";
      case 431 -> "the request's headers are too large";
      case 400 -> "bad request" + r;
      case 404 -> "not found";
      case 405 -> "this server is read-only: use GET";
      default -> "the request cannot be served" + r;
    };
  }

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
                                  Callback callback) throws IOException {
    response.getHeaders().put(TYPE);
    response.getHeaders().put(NOSNIFF);
    response.write(true, ByteBuffer.wrap(body(code, message(code, message))), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(TYPE);
    fields.put(NOSNIFF);
    return ByteBuffer.wrap(body(status, message(status, reason)));
  }
}
