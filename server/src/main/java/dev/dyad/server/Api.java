package dev.dyad.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dyad.input.ArticleReader;
import dev.dyad.input.IngestResult;
import dev.dyad.output.Json;
import dev.dyad.store.Corrections;
import dev.dyad.store.Queries;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;

/** The JSON API's handlers, one small function per route (documented in the README, "Workbench and HTTP API"). */
final class Api {
    /** The largest request body accepted: one article of up to 1 MB. */
    static final int MAX_BODY = 1 << 20;
    private final Workbench wb;

    Api(Workbench wb) {
        this.wb = wb;
    }

    void health(Context ctx) {
        ctx.json(wb.health());
    }

    /** One article in the JSON Lines input shape; {@code ?store=true} keeps it in the database. */
    void code(Context ctx) {
        String body = body(ctx);
        IngestResult r = new ArticleReader(null, LocalDate.now()).line("request body", body);
        if (r instanceof IngestResult.Rejected rej) {
            throw ApiError.badRequest(rej.problem());
        }
        IngestResult.Accepted ok = (IngestResult.Accepted) r;
        ObjectNode out = wb.code(ok.article(), Params.flag(ctx, "store"), ClientGone.of(ctx));
        out.putArray("warnings");
        if (ok.warning() != null) {
            out.withArray("warnings").add(ok.warning());
        }
        ctx.json(out);
    }

    void events(Context ctx) {
        String root = Params.text(ctx, "root");
        if (root != null && !root.matches("\\d{1,2}")) {
            throw ApiError.badRequest("bad root '" + root + "': expected a CAMEO root such as 13");
        }
        var filter = new Queries.EventFilter(Params.code(ctx, "source"), Params.code(ctx, "target"), root,
                Params.date(ctx, "from"), Params.date(ctx, "to"));
        ctx.json(wb.events(filter, Params.integer(ctx, "limit", 100, 1, 1000),
                Params.integer(ctx, "offset", 0, 0, Integer.MAX_VALUE)));
    }

    void article(Context ctx) {
        String id = ctx.pathParam("id");
        ObjectNode a = wb.article(id);
        if (a == null) {
            throw ApiError.notFound("no article with id '" + id + "'");
        }
        ctx.json(a);
    }

    void dyads(Context ctx) {
        String by = Params.text(ctx, "by");
        Queries.Period period;
        try {
            period = by == null ? Queries.Period.week : Queries.Period.valueOf(by);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest("bad by '" + by + "': expected day, week or month");
        }
        ctx.json(Map.of("by", period.name(), "rows", wb.dyads(period, Params.flag(ctx, "mentions"),
                Params.code(ctx, "source"), Params.code(ctx, "target"))));
    }

    void network(Context ctx) {
        ctx.json(wb.network(Params.flag(ctx, "mentions")));
    }

    void addCorrection(Context ctx) {
        String id = ctx.pathParam("id");
        int idx;
        try {
            idx = Integer.parseInt(ctx.pathParam("idx"));
        } catch (NumberFormatException e) {
            throw ApiError.badRequest("bad event index '" + ctx.pathParam("idx") + "'");
        }
        JsonNode n;
        try {
            n = Json.MAPPER.readTree(body(ctx));
        } catch (IOException e) {
            throw ApiError.badRequest("invalid JSON: " + firstLine(e.getMessage()));
        }
        if (n == null || !n.isObject()) {
            throw ApiError.badRequest("expected a JSON object {verdict, source?, target?, cameo?, event_date?, note?, coder?}");
        }
        Corrections.Verdict verdict = null;
        try {
            verdict = n.hasNonNull("verdict") ? Corrections.Verdict.valueOf(n.get("verdict").asText()) : null;
        } catch (IllegalArgumentException e) {
            // reported by Corrections.problem below
        }
        Corrections.Request req = new Corrections.Request(verdict, upper(field(n, "source")), upper(field(n, "target")),
                field(n, "cameo"), field(n, "event_date"), field(n, "note"), field(n, "coder"));
        String problem = Corrections.problem(req);
        if (problem != null) {
            throw ApiError.badRequest(problem);
        }
        ObjectNode c = wb.addCorrection(id, idx, req);
        if (c == null) {
            throw ApiError.notFound("no event " + idx + " in article '" + id + "'");
        }
        ctx.status(201).json(c);
    }

    void corrections(Context ctx) {
        ctx.json(Map.of("corrections", wb.corrections(Params.text(ctx, "article"))));
    }

    /** The corrections as a gold file (JSON Lines) for score_events.py. */
    void gold(Context ctx) {
        StringWriter w = new StringWriter();
        wb.writeGold(new PrintWriter(w));
        ctx.contentType("application/x-ndjson; charset=utf-8").result(w.toString());
    }

    /** The request body as UTF-8, refused with 413 past {@link #MAX_BODY} bytes. */
    private static String body(Context ctx) {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY) {
            throw tooLarge(declared);
        }
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] b = in.readNBytes(MAX_BODY + 1);
            if (b.length > MAX_BODY) {
                throw tooLarge(-1);
            }
            if (b.length == 0) {
                throw ApiError.badRequest("empty request body: expected a JSON object");
            }
            return new String(b, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw ApiError.badRequest("cannot read the request body: " + firstLine(e.getMessage()));
        }
    }

    private static ApiError tooLarge(long size) {
        return new ApiError(413, "request body " + (size < 0 ? "over" : "of " + size + " bytes is over")
                + " the limit of " + MAX_BODY + " bytes (1 MB per article)");
    }

    private static String field(JsonNode n, String name) {
        JsonNode v = n.get(name);
        return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
    }

    private static String upper(String s) {
        return s == null ? null : s.toUpperCase(java.util.Locale.ROOT);
    }

    private static String firstLine(String s) {
        return s == null ? "unreadable" : s.strip().lines().findFirst().orElse("unreadable");
    }
}
