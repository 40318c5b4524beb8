package dev.dyad.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.dyad.output.Json;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;

/**
 * SQL a user wrote ({@code dyad query --sql}): one read statement on a connection that cannot reach
 * anything but the open database. "Read-only" means more than a read-only database file: DuckDB's
 * {@code COPY ... TO}, {@code EXPORT DATABASE}, {@code read_text}, {@code glob}, {@code INSTALL} and
 * {@code ATTACH} reach the file system or the network, so external access is switched off, extensions are
 * neither installed nor loaded, the configuration is locked (the query cannot switch them back on) and a
 * memory limit bounds what one query may hold.
 */
public final class UserSql {
    /** Statements DuckDB's parser serialises as a SELECT: SELECT, FROM ..., WITH, VALUES, DESCRIBE, SHOW, SUMMARIZE. */
    static final String ALLOWED = "a single read statement (SELECT, WITH, FROM, VALUES, DESCRIBE, SHOW or SUMMARIZE)";

    private UserSql() {
    }

    /** Locks the connection down; after this nothing the query says can change these settings. */
    static void lockDown(Store store, String memoryLimit) {
        Connection c = store.connection();
        try (Statement st = c.createStatement()) {
            for (String set : List.of("SET enable_external_access = false", "SET autoinstall_known_extensions = false",
                    "SET autoload_known_extensions = false", "SET allow_community_extensions = false")) {
                st.execute(set);
            }
            try {
                st.execute("SET memory_limit = '" + memoryLimit.replace("'", "") + "'");
            } catch (SQLException e) {
                throw new Rows.QueryException("bad memory limit '" + memoryLimit + "': expected a size such as 1GB or 500MB");
            }
            st.execute("SET lock_configuration = true");
            store.userSqlMemoryLimit = memoryLimit;
        } catch (SQLException e) {
            throw StoreException.of(store.path(), e);
        }
    }

    /**
     * Checks with DuckDB's own parser that {@code sql} is exactly one read statement; throws a
     * {@link Rows.QueryException} saying what was found otherwise. Nothing of {@code sql} is executed here.
     */
    public static void check(Store store, String sql) {
        JsonNode parsed;
        try (PreparedStatement ps = store.connection().prepareStatement("SELECT json_serialize_sql(?::VARCHAR)")) {
            ps.setString(1, sql);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                parsed = Json.MAPPER.readTree(rs.getString(1));
            }
        } catch (SQLException | IOException e) {
            throw new Rows.QueryException("cannot check the query: " + Rows.firstLine(e.getMessage()));
        }
        if (parsed.path("error").asBoolean(false)) {
            String type = parsed.path("error_type").asText("");
            String message = parsed.path("error_message").asText("");
            if (type.equals("parser")) {
                throw new Rows.QueryException("query failed: Parser Error: " + message);
            }
            throw new Rows.QueryException("--sql accepts " + ALLOWED + "; '" + firstWord(sql)
                    + "' is not one (the store is read-only and the file system is out of reach)");
        }
        int n = parsed.path("statements").size();
        if (n != 1) {
            throw new Rows.QueryException("--sql accepts " + ALLOWED + "; found " + n + " statements");
        }
    }

    /** A one-line reason for a DuckDB error met while the user's query ran. */
    static String explain(String duckdbMessage, String memoryLimit) {
        String m = Rows.firstLine(duckdbMessage);
        String lower = m.toLowerCase(Locale.ROOT);
        if (lower.contains("out of memory")) {
            return "query stopped: it needs more memory than its limit" + (memoryLimit == null ? "" : " of " + memoryLimit)
                    + " (--memory-limit; or aggregate, filter or add LIMIT): " + m;
        }
        if (lower.contains("disabled by configuration") || lower.contains("disabled through configuration")
                || lower.contains("configuration has been locked")) {
            return "query refused: --sql reads the store only (no files, network, extensions or settings): " + m;
        }
        return "query failed: " + m;
    }

    private static String firstWord(String sql) {
        String s = sql.strip().replaceAll("(?s)^(--[^\\n]*\\n|/\\*.*?\\*/|\\s)+", "");
        String w = s.split("[\\s(;]+", 2)[0];
        return w.length() > 20 ? w.substring(0, 20) : w.toUpperCase(Locale.ROOT);
    }
}
