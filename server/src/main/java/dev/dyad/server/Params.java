package dev.dyad.server;

import dev.dyad.input.ArticleReader;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Locale;

/** Query parameters, checked: a bad value is a 400 that names the parameter. */
final class Params {
    private Params() {
    }

    /** The trimmed value, or null when absent or blank. */
    static String text(Context ctx, String name) {
        String v = ctx.queryParam(name);
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** An actor code (upper-cased), or null. */
    static String code(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        v = v.toUpperCase(Locale.ROOT);
        if (!v.matches("[A-Z0-9]{1,15}")) {
            throw ApiError.badRequest("bad " + name + " '" + v + "': expected an actor code such as RUS or RUSGOV");
        }
        return v;
    }

    static int integer(Context ctx, String name, int fallback, int min, int max) {
        String v = text(ctx, name);
        if (v == null) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(v);
            if (n < min || n > max) {
                throw ApiError.badRequest("bad " + name + " " + n + ": expected " + min + " to " + max);
            }
            return n;
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("bad " + name + " '" + v + "': expected a whole number");
        }
    }

    static LocalDate date(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null) {
            return null;
        }
        try {
            return ArticleReader.parseDate(v);
        } catch (RuntimeException e) {
            throw ApiError.badRequest("bad " + name + " '" + v + "': expected YYYY-MM-DD");
        }
    }

    static boolean flag(Context ctx, String name) {
        String v = text(ctx, name);
        if (v == null || v.equals("false") || v.equals("0")) {
            return false;
        }
        if (v.equals("true") || v.equals("1")) {
            return true;
        }
        throw ApiError.badRequest("bad " + name + " '" + v + "': expected true or false");
    }
}
