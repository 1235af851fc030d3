package org.parley.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.parley.server.ParleyServer;
import org.parley.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code parley serve}: the JSON API and the web UI over a store, until interrupted. */
@Command(name = "serve", mixinStandardHelpOptions = true,
    description = "Serve the web UI and the read-only JSON API (/api, described at /api/openapi.json) over a store.")
final class ServeCommand implements Callable<Integer> {
  @Option(names = "--data", defaultValue = "parley-data", description = "store directory (default: ${DEFAULT-VALUE})")
  Path data;

  @Option(names = "--port", defaultValue = "7070", description = "port; 0 picks a free one (default: ${DEFAULT-VALUE})")
  int port;

  @Option(names = "--host", defaultValue = "127.0.0.1",
      description = "interface to bind (default: ${DEFAULT-VALUE}, this machine only)")
  String host;

  @Option(names = "--allow-host", paramLabel = "NAME",
      description = "also answer requests addressed to this host name (repeatable); IP addresses and localhost are "
          + "always answered, other names are refused so that no web page can reach the server by DNS rebinding")
  java.util.List<String> allowHosts = new java.util.ArrayList<>();

  @Override
  public Integer call() throws InterruptedException {
    PrintStream err = Console.err();
    if (port < 0 || port > 65_535) {
      err.println("parley: --port must be between 0 and 65535");
      return 2;
    }
    try {
      if (!InetAddress.getByName(host).isLoopbackAddress()) {
        err.println("parley: warning: serving on " + host + " lets other machines read this store");
      }
    } catch (UnknownHostException e) {
      err.println("parley: --host " + host + " is not an address of this machine");
      return 2;
    }
    ParleyServer server;
    try {
      server = ParleyServer.start(data, host, port, allowHosts);
    } catch (StoreException e) {
      err.println("parley: " + e.getMessage());
      return 1;
    } catch (RuntimeException e) {
      // Jetty reports a taken port or a foreign address as an unchecked exception.
      err.println("parley: cannot serve on " + host + ":" + port + ": " + e.getMessage());
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (StoreException e) {
        err.println("parley: " + e.getMessage());
      }
      stopped.countDown();
    }, "parley-serve-shutdown"));
    String shown = host.contains(":") ? "[" + host + "]" : host;
    PrintWriter out = Console.out();
    out.println("http://" + shown + ":" + server.port() + "/");
    out.flush();
    err.println("parley: serving " + data + "; press Ctrl-C to stop");
    stopped.await();
    return 0;
  }
}
