package dev.dyad.cli;

import dev.dyad.input.InputException;
import dev.dyad.server.Workbench;
import dev.dyad.server.WorkbenchServer;
import dev.dyad.store.Store;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"The browser workbench and the HTTP API over a store (README: Workbench and HTTP API).",
            "Holds the database's write lock while it runs (DuckDB: one writer per file)."})
final class ServeCommand implements Callable<Integer> {
    @Mixin
    DbOption db;

    @Mixin
    PipelineOptions pipeline;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port (default: ${DEFAULT-VALUE}; 0: any free port)")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "address to listen on (default: ${DEFAULT-VALUE}, this machine only; the API has no login)")
    String host;

    @Spec
    CommandSpec spec;

    /** Why the server could not listen, from the type of the error, not from words in its message. */
    static String listenProblem(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof java.net.BindException b) {
                String m = String.valueOf(b.getMessage());
                if (m.contains("in use")) {
                    return "the port is in use by another program; try another --port";
                }
                if (m.contains("assign")) {
                    return "this machine has no such address; use 127.0.0.1, or an address of this machine";
                }
                return "cannot bind: " + m + (m.contains("ermission") ? " (ports below 1024 need privileges)" : "");
            }
            if (t instanceof java.net.UnknownHostException) {
                return "unknown host name";
            }
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse("error");
    }

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) {
            throw new InputException("bad --port " + port + ": expected 0 to 65535");
        }
        if (host.equals("0.0.0.0") || host.equals("::")) {
            spec.commandLine().getErr().println("dyad: warning: --host " + host + " listens on every network interface;"
                    + " the API has no login, so anyone who can reach this machine can read and change the store");
        }
        Store store = Store.openForWriting(db.db);
        WorkbenchServer server;
        Workbench workbench = new Workbench(store, pipeline::load, dev.dyad.pipeline.PipelineFactory.fingerprint(pipeline.config()));
        try {
            server = WorkbenchServer.start(workbench, host, port);
        } catch (RuntimeException e) {
            store.close();
            throw new InputException("cannot listen on " + host + ":" + port + ": " + listenProblem(e));
        }
        Interrupts.note("; the workbench has stopped");
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            workbench.close();
            store.close();
            stopped.countDown();
        }));
        spec.commandLine().getErr().println("dyad: workbench on http://" + host + ":" + server.port() + "/ over "
                + db.db + " (Ctrl-C stops it)");
        stopped.await();
        return ExitCodes.OK;
    }
}
