package io.hindsight.web;

import io.javalin.http.Context;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who sent a request: the peer's address, unless the peer is the one proxy this server was told to
 * trust, whose {@code X-Forwarded-For} then names the client. Anyone else can write that header, so
 * from anyone else it is ignored: otherwise a password guesser could pose as a new address on every
 * try.
 */
final class ClientAddress {

  private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
  private static final Pattern IPV4_WITH_PORT = Pattern.compile("(\\d{1,3}(\\.\\d{1,3}){3}):\\d+");
  // Starting with a hex digit or ':' and holding a ':', InetAddress parses it and never looks it
  // up.
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*");
  private static final Pattern IPV6_WITH_PORT = Pattern.compile("\\[([0-9A-Fa-f:.]+)\\](:\\d+)?");

  private final InetAddress trustedProxy;

  /** {@code trustedProxy} is an IP address, or null to trust no proxy. */
  ClientAddress(String trustedProxy) {
    this.trustedProxy = trustedProxy == null ? null : literal(trustedProxy);
  }

  String of(Context ctx) {
    String peer = ctx.req().getRemoteAddr();
    if (trustedProxy == null || !trustedProxy.equals(literal(peer))) {
      return peer;
    }
    // The proxy appends the address it received the request from; entries before it are the
    // client's own claims.
    List<String> headers = Collections.list(ctx.req().getHeaders("X-Forwarded-For"));
    if (headers.isEmpty()) {
      return peer;
    }
    String[] entries = headers.get(headers.size() - 1).split(",");
    InetAddress client = literal(entries[entries.length - 1].strip());
    return client == null ? peer : client.getHostAddress();
  }

  /** The IP address written in {@code text}, or null when it is not one; never a DNS lookup. */
  static InetAddress literal(String text) {
    if (text == null) {
      return null;
    }
    String address = text.strip();
    var v4 = IPV4_WITH_PORT.matcher(address);
    var v6 = IPV6_WITH_PORT.matcher(address);
    if (v4.matches()) {
      address = v4.group(1);
    } else if (v6.matches()) {
      address = v6.group(1);
    }
    boolean v4Literal = IPV4.matcher(address).matches();
    if (v4Literal) {
      for (String part : address.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return null; // else InetAddress would look it up as a host name
        }
      }
    } else if (!IPV6.matcher(address).matches() || address.indexOf(':') < 0) {
      return null;
    }
    try {
      return InetAddress.getByName(address);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
