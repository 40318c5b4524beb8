package dev.dyad.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Locale;

/**
 * The database file cannot be opened, read or written. The message is one line that names the file and
 * says what to do; the command line prints it as it is.
 */
public class StoreException extends RuntimeException {
    private final transient Path path;

    public StoreException(Path path, String problem) {
        super(path + ": " + problem);
        this.path = path;
    }

    public StoreException(Path path, String problem, Throwable cause) {
        super(path + ": " + problem, cause);
        this.path = path;
    }

    public Path path() {
        return path;
    }

    /** Translates a DuckDB or file-system error into a one-line message naming the file. */
    public static StoreException of(Path path, Exception e) {
        if (e instanceof java.nio.file.NoSuchFileException) {
            Path dir = path.toAbsolutePath().getParent();
            return new StoreException(path, dir != null && !java.nio.file.Files.isDirectory(dir)
                    ? "directory " + dir + " does not exist" : "no such file", e);
        }
        if (e instanceof java.nio.file.AccessDeniedException) {
            return new StoreException(path, "permission denied (check that the file and its directory are writable)", e);
        }
        if (e instanceof java.nio.file.FileSystemException fs && fs.getReason() != null) {
            return new StoreException(path, fs.getReason(), e);
        }
        String raw = String.valueOf(e.getMessage());
        // the message names the file; classify by what DuckDB or the OS says, never by words in the path
        // (a store called 'corrupt.duckdb' that is merely unreadable is not corrupt)
        String m = raw.replace(path.toAbsolutePath().toString(), "").replace(path.toString(), "").toLowerCase(Locale.ROOT);
        String problem;
        if (m.contains("could not set lock") || m.contains("conflicting lock")) {
            String pid = raw.replaceAll("(?s).*\\(PID (\\d+)\\).*", "$1");
            problem = "database is in use by another process" + (pid.equals(raw) ? "" : " (PID " + pid + ")")
                    + ", probably a running 'dyad ingest' or 'dyad recode'; try again when it has finished";
        } else if (m.contains("not a valid duckdb database") || m.contains("is not a duckdb")
                || m.contains("invalid database") || m.contains("corrupt") || m.contains("checksum")
                || m.contains("unsupported version") || m.contains("the file was built specifically")
                || m.contains("database file with version")) {
            problem = "not a readable dyad database (corrupt, or not a DuckDB file); the file was left untouched";
        } else if (m.contains("no space left") || m.contains("disk full") || m.contains("disk is full")) {
            problem = "disk full while writing the database; free space and re-run (finished articles are kept)";
        } else if (m.contains("permission denied") || m.contains("read-only file system") || m.contains("access denied")) {
            problem = "permission denied (check that the file and its directory are writable)";
        } else if (m.contains("read-only") || m.contains("read only")) {
            problem = "database is open read-only: " + firstLine(raw);
        } else {
            problem = firstLine(raw);
        }
        return new StoreException(path, problem, e);
    }

    static StoreException of(Path path, SQLException e) {
        return of(path, (Exception) e);
    }

    private static String firstLine(String s) {
        String line = s.strip().lines().findFirst().orElse("error");
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
