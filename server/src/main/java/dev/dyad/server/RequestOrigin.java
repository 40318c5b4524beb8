package dev.dyad.server;

import io.javalin.http.Context;
import java.net.URI;
import java.util.Locale;

/**
 * Refuses requests a web page on another site could make (issue 19): the API has no login, so a page anywhere
 * could otherwise POST {@code text/plain} to {@code http://127.0.0.1:PORT/api/code?store=true} (a "simple"
 * request a browser sends without asking), and a DNS-rebinding page could read answers under its own host name.
 *
 * <ul>
 *   <li>{@code Host} must name this server: a loopback name, or the address it listens on, with its port.</li>
 *   <li>{@code Origin}, when a browser sends one, must be this server's own origin.</li>
 *   <li>A POST must say {@code Content-Type: application/json}, which a cross-site page cannot send without a
 *       CORS preflight, and this server answers no preflight.</li>
 * </ul>
 */
final class RequestOrigin {
    private final String host;
    private final int port;

    RequestOrigin(String host, int port) {
        this.host = host.toLowerCase(Locale.ROOT);
        this.port = port;
    }

    void check(Context ctx) {
        String h = ctx.header("Host");
        if (h == null || !isOwn(h)) {
            throw new ApiError(403, "refused: Host '" + (h == null ? "" : dev.dyad.input.Printable.of(h))
                    + "' is not this server (open it as http://127.0.0.1:" + port + "/)");
        }
        String origin = ctx.header("Origin");
        if (origin != null && !origin.equals("null") && !isOwnOrigin(origin)) {
            throw new ApiError(403, "refused: cross-site request from " + dev.dyad.input.Printable.of(origin));
        }
        if (origin != null && origin.equals("null")) {
            throw new ApiError(403, "refused: request from an opaque origin");
        }
        if (ctx.method().name().equals("POST")) {
            String type = ctx.header("Content-Type");
            String base = type == null ? "" : type.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
            if (!base.equals("application/json")) {
                throw new ApiError(415, "expected Content-Type: application/json, got '"
                        + (type == null ? "" : dev.dyad.input.Printable.of(type)) + "'");
            }
        }
    }

    private boolean isOwn(String hostHeader) {
        String h = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = h.lastIndexOf(':');
        String name = h;
        int p = 80;
        if (colon > 0 && colon > h.lastIndexOf(']')) {
            name = h.substring(0, colon);
            try {
                p = Integer.parseInt(h.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (p != port) {
            return false;
        }
        return loopback(name) || (!host.equals("0.0.0.0") && !host.equals("::") && name.equals(host))
                || ((host.equals("0.0.0.0") || host.equals("::")) && isLiteralAddress(name));
    }

    /** Listening on every interface: the machine's own addresses are fine, names (rebinding) are not. */
    private static boolean isLiteralAddress(String name) {
        return name.matches("\\d{1,3}(\\.\\d{1,3}){3}") || name.startsWith("[");
    }

    private boolean isOwnOrigin(String origin) {
        try {
            URI u = URI.create(origin);
            if (!"http".equals(u.getScheme()) || u.getHost() == null) {
                return false;
            }
            int p = u.getPort() < 0 ? 80 : u.getPort();
            String name = u.getHost().toLowerCase(Locale.ROOT);
            return isOwn((name.contains(":") && !name.startsWith("[") ? "[" + name + "]" : name) + ":" + p);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The names of this machine's loopback interface, fixed here on purpose: no data file may widen them. */
    private static boolean loopback(String name) {
        return switch (name) {
            case "127.0.0.1", "localhost", "[::1]", "::1" -> true;
            default -> false;
        };
    }
}
