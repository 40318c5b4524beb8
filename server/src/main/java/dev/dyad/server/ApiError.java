package dev.dyad.server;

/** A request the API refuses: an HTTP status and a one-line reason, sent as {@code {"error": reason}}. */
public final class ApiError extends RuntimeException {
    private final int status;

    public ApiError(int status, String reason) {
        super(reason);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static ApiError badRequest(String reason) {
        return new ApiError(400, reason);
    }

    public static ApiError notFound(String reason) {
        return new ApiError(404, reason);
    }
}
