package dev.dyad.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/**
 * An open dyad database (one DuckDB file). DuckDB allows one writing process per file: {@link #openForWriting}
 * takes that lock (a second writer, or a reader while it is held, gets a {@link StoreException} saying so);
 * {@link #openReadOnly} never creates or changes the file. Not thread-safe: share it through one writer.
 */
public final class Store implements AutoCloseable {
    private final Path path;
    private final Connection connection;
    private final boolean readOnly;
    /** Set once {@link UserSql#lockDown} has run: the connection then runs users' SQL under this memory limit. */
    volatile String userSqlMemoryLimit;

    private Store(Path path, Connection connection, boolean readOnly) {
        this.path = path;
        this.connection = connection;
        this.readOnly = readOnly;
    }

    /** Opens (creating on first use) a database for ingest or recode; creates the tables it lacks. */
    public static Store openForWriting(Path path) {
        Path dir = path.toAbsolutePath().getParent();
        if (dir != null && !Files.isDirectory(dir)) {
            throw new StoreException(path, "directory " + dir + " does not exist");
        }
        if (Files.exists(path)) {
            checkLooksLikeDuckDb(path);
        } else if (dir != null && !Files.isWritable(dir)) {
            throw new StoreException(path, "permission denied: cannot create the database in " + dir);
        }
        Store s = new Store(path, connect(path, false, false), false);
        try {
            s.createSchema();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    /** Opens an existing database for queries and exports; never creates or changes it. */
    public static Store openReadOnly(Path path) {
        return openReadOnly(path, false);
    }

    /**
     * Opens an existing database read-only for SQL a user wrote: rows stream from DuckDB as they are read
     * (never materialised as a whole), and {@link UserSql#lockDown} has made the connection unable to touch
     * the file system, load extensions, change its settings or use more than {@code memoryLimit}.
     */
    public static Store openForUserSql(Path path, String memoryLimit) {
        Store s = openReadOnly(path, true);
        try {
            UserSql.lockDown(s, memoryLimit);
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private static Store openReadOnly(Path path, boolean stream) {
        if (!Files.exists(path)) {
            throw new StoreException(path, "no such database (create it with 'dyad ingest ... --db " + path + "')");
        }
        checkLooksLikeDuckDb(path);
        Store s = new Store(path, connect(path, true, stream), true);
        try {
            s.checkSchemaVersion();
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
        return s;
    }

    private static Connection connect(Path path, boolean readOnly, boolean stream) {
        Properties p = new Properties();
        if (readOnly) {
            p.setProperty("duckdb.read_only", "true");
        }
        if (stream) {
            p.setProperty("jdbc_stream_results", "true");
        }
        try {
            return DriverManager.getConnection("jdbc:duckdb:" + path.toAbsolutePath(), p);
        } catch (SQLException e) {
            throw StoreException.of(path, e);
        }
    }

    /**
     * DuckDB files start with an 8-byte checksum and the magic "DUCK" at offset 8. A file without it is
     * refused before DuckDB sees it, so that nothing ever overwrites a file that is not a database.
     */
    private static void checkLooksLikeDuckDb(Path path) {
        if (Files.isDirectory(path)) {
            throw new StoreException(path, "is a directory, expected a DuckDB database file");
        }
        if (!Files.isReadable(path)) {
            throw new StoreException(path, "permission denied (the database file is not readable)");
        }
        byte[] head = new byte[12];
        int n;
        try (var in = Files.newInputStream(path)) {
            n = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new StoreException(path, "cannot read: " + e.getMessage(), e);
        }
        if (n == 0) {
            throw new StoreException(path, "empty file, not a dyad database; the file was left untouched (remove it to start afresh)");
        }
        if (n < 12 || head[8] != 'D' || head[9] != 'U' || head[10] != 'C' || head[11] != 'K') {
            throw new StoreException(path, "not a dyad database (corrupt, or not a DuckDB file); the file was left untouched");
        }
    }

    private void createSchema() {
        try (Statement st = connection.createStatement()) {
            for (String ddl : Schema.DDL) {
                st.execute(ddl);
            }
        } catch (SQLException e) {
            throw StoreException.of(path, e);
        }
        String v = meta("schema_version");
        if (v == null) {
            setMeta("schema_version", Integer.toString(Schema.VERSION));
        } else {
            checkSchemaVersion();
        }
    }

    private void checkSchemaVersion() {
        String v;
        try {
            v = meta("schema_version");
        } catch (StoreException e) {
            throw new StoreException(path, "not a dyad database (no dyad tables in it)", e);
        }
        if (v == null || !v.equals(Integer.toString(Schema.VERSION))) {
            throw new StoreException(path, "dyad store schema version " + v + ", this dyad reads version "
                    + Schema.VERSION);
        }
    }

    public String meta(String key) {
        try (PreparedStatement ps = connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        } catch (SQLException e) {
            throw StoreException.of(path, e);
        }
    }

    public void setMeta(String key, String value) {
        try (PreparedStatement ps = connection.prepareStatement("INSERT OR REPLACE INTO meta VALUES (?, ?)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw StoreException.of(path, e);
        }
    }

    /** True when articles were written after the last deduplication (an interrupted run). */
    public boolean dedupStale() {
        return "true".equals(meta("dedup_stale"));
    }

    public long count(String table) {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw StoreException.of(path, e);
        }
    }

    /**
     * Another connection to this open database, for reads that must not wait for this one's writes: DuckDB
     * shows it the last committed state (MVCC). Not thread-safe either; close it before this store.
     */
    public Store reader() {
        try {
            return new Store(path, connection.unwrap(org.duckdb.DuckDBConnection.class).duplicate(), true);
        } catch (SQLException e) {
            throw StoreException.of(path, e);
        }
    }

    public Connection connection() {
        return connection;
    }

    public Path path() {
        return path;
    }

    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw StoreException.of(path, e);
        }
    }
}
