package dev.dyad.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.io.EndPoint;
import org.eclipse.jetty.server.Request;

/**
 * Has the client of a request gone away (closed its connection) while the server works on it? Jetty only
 * learns of a closed connection when it reads from it, and it does not read while a handler runs, so this
 * probe reads: end of stream means gone. The request body has been read whole by then, and API clients
 * (browsers, curl) send nothing more before the answer; should a client pipeline its next request anyway, the
 * probe stops at the first byte and, as Jetty never sees that byte, that next request fails. Not thread-safe:
 * one probe per request, asked from the thread waiting for the work.
 */
final class ClientGone implements BooleanSupplier {
    private final EndPoint endPoint;
    private boolean gone;
    private boolean stopped;

    private ClientGone(EndPoint endPoint) {
        this.endPoint = endPoint;
    }

    /** The probe of this request's connection; one that always says "still here" when Jetty gives none. */
    static BooleanSupplier of(Context ctx) {
        Request base = Request.getBaseRequest(ctx.req());
        if (base == null || base.getHttpChannel() == null || base.getHttpChannel().getEndPoint() == null) {
            return () -> false;
        }
        return new ClientGone(base.getHttpChannel().getEndPoint());
    }

    @Override
    public boolean getAsBoolean() {
        if (gone || stopped) {
            return gone;
        }
        if (!endPoint.isOpen() || endPoint.isInputShutdown()) {
            gone = true;
            return true;
        }
        try {
            ByteBuffer one = ByteBuffer.allocate(1);
            one.flip(); // Jetty's buffers are passed in flush mode: fill appends after the limit
            int n = endPoint.fill(one);
            if (n < 0) {
                gone = true;
            } else if (n > 0) {
                stopped = true; // the client is sending: it is there
            }
        } catch (IOException e) {
            gone = true; // reset by the peer
        }
        return gone;
    }
}
