package dev.dyad.server;

import dev.dyad.input.InputException;
import dev.dyad.output.Json;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The workbench: the JSON API under {@code /api/} ({@link Api}) and the static pages under {@code /} (from
 * {@code web/} on the class path, ECharts from its WebJar). Every error is answered {@code {"error": "..."}} with
 * its status; an unexpected exception is logged and answered 500 without details, never with a stack trace.
 */
public final class WorkbenchServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(WorkbenchServer.class);
    /** Pages may load scripts and styles from this server only (ECharts sets inline styles). */
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; frame-ancestors 'none'";
    private final Javalin app;

    private WorkbenchServer(Javalin app) {
        this.app = app;
    }

    /** Starts a server on {@code host:port} (port 0: a free one, see {@link #port()}). */
    public static WorkbenchServer start(Workbench workbench, String host, int port) {
        Javalin app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.jsonMapper(new JavalinJackson(Json.MAPPER, false));
            config.http.maxRequestSize = Api.MAX_BODY; // Api reads the body itself and answers 413 past this
            config.staticFiles.add(sf -> {
                sf.hostedPath = "/";
                sf.directory = "/web";
                sf.location = Location.CLASSPATH;
            });
            config.staticFiles.enableWebjars();
            // requests Jetty refuses before Javalin sees them (a bad URI encoding, ...) get the API's JSON error too
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
        });
        Api api = new Api(workbench);
        RequestOrigin[] origin = new RequestOrigin[1]; // set once the port is known (port 0: a free one)
        app.before(ctx -> {
            if (origin[0] != null) {
                origin[0].check(ctx);
            }
            ctx.header("Content-Security-Policy", CSP);
            ctx.header("X-Content-Type-Options", "nosniff");
            ctx.header("Referrer-Policy", "no-referrer");
        });
        app.get("/api/health", api::health);
        app.post("/api/code", api::code);
        app.get("/api/events", api::events);
        app.get("/api/articles/{id}", api::article);
        app.post("/api/articles/{id}/events/{idx}/corrections", api::addCorrection);
        app.get("/api/dyads", api::dyads);
        app.get("/api/network", api::network);
        app.get("/api/corrections", api::corrections);
        app.get("/api/corrections/gold", api::gold);
        app.exception(ApiError.class, (e, ctx) -> error(ctx, e.status(), e.getMessage()));
        app.exception(InputException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
            error(ctx, 500, "internal error (details are in the server log)");
        });
        app.error(404, ctx -> {
            if (ctx.result() == null || ctx.result().isEmpty() || ctx.result().startsWith("Endpoint")) {
                error(ctx, 404, "not found: " + ctx.method() + " " + ctx.path());
            }
        });
        app.start(host, port);
        origin[0] = new RequestOrigin(host, app.port());
        return new WorkbenchServer(app);
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status).json(Map.of("error", message == null ? "error" : message));
    }

    public int port() {
        return app.port();
    }

    @Override
    public void close() {
        app.stop();
    }
}
