package dev.dyad.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** Runs a query and streams its rows (column names first) to a {@link Sink}, with errors naming the store. */
public final class Rows {
    public interface Sink {
        void columns(List<String> names);

        void row(List<Object> values);
    }

    private Rows() {
    }

    public static void stream(Store store, String sql, List<?> params, Sink sink) {
        try (PreparedStatement ps = store.connection().prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                ps.setObject(i + 1, params.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                ResultSetMetaData md = rs.getMetaData();
                List<String> names = new ArrayList<>();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    names.add(md.getColumnLabel(i));
                }
                sink.columns(names);
                while (rs.next()) {
                    List<Object> row = new ArrayList<>(names.size());
                    for (int i = 1; i <= names.size(); i++) {
                        Object o = rs.getObject(i);
                        row.add(o instanceof java.sql.Array || o instanceof java.sql.Struct ? String.valueOf(o) : o);
                    }
                    sink.row(row);
                }
            }
        } catch (SQLException e) {
            String first = firstLine(e.getMessage());
            if (first.startsWith("IO Error") || first.startsWith("FATAL Error") || first.startsWith("INTERNAL Error")) {
                // DuckDB's error type says the store itself failed (a checksum, a read error): exit 4, not a bad query
                throw StoreException.of(store.path(), e);
            }
            String why = store.userSqlMemoryLimit != null ? UserSql.explain(e.getMessage(), store.userSqlMemoryLimit)
                    : "query failed: " + firstLine(e.getMessage());
            throw new QueryException(store.path() + ": " + why);
        }
    }

    public static List<List<Object>> all(Store store, String sql, List<?> params) {
        List<List<Object>> out = new ArrayList<>();
        stream(store, sql, params, new Sink() {
            @Override
            public void columns(List<String> names) {
            }

            @Override
            public void row(List<Object> values) {
                out.add(values);
            }
        });
        return out;
    }

    static String firstLine(String s) {
        return s == null ? "error" : s.strip().lines().findFirst().orElse("error");
    }

    /** A query the user wrote (or a filter) that DuckDB refused; the message is DuckDB's first line. */
    public static final class QueryException extends RuntimeException {
        public QueryException(String message) {
            super(message);
        }
    }
}
