package org.meridian.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A TCP relay between test servers and the machine's PostgreSQL, which the tests can cut: the
 * machine's PostgreSQL is shared with other runs and is never stopped. Three states:
 *
 * <ul>
 *   <li>{@link #open()}: bytes flow both ways;
 *   <li>{@link #freeze()}: connections are accepted and kept, but no byte goes through either way —
 *       a database that accepts connections and never answers;
 *   <li>{@link #down()}: new connections are refused and every open one is reset — a database that
 *       stopped.
 * </ul>
 */
final class DatabaseProxy implements AutoCloseable {

  enum Mode {
    OPEN,
    FROZEN,
    DOWN
  }

  private final String targetHost;
  private final int targetPort;
  private final int port;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private final ExecutorService threads =
      Executors.newCachedThreadPool(
          task -> {
            Thread thread = new Thread(task, "database-proxy");
            thread.setDaemon(true);
            return thread;
          });
  private volatile Mode mode = Mode.OPEN;
  private volatile ServerSocket server;

  DatabaseProxy(String targetHost, int targetPort) {
    this.targetHost = targetHost;
    this.targetPort = targetPort;
    this.port = MeridianServer.freePort();
    listen();
  }

  /** The port the relay listens on, on 127.0.0.1. */
  int port() {
    return port;
  }

  synchronized void open() {
    mode = Mode.OPEN;
    if (server == null) {
      listen();
    }
  }

  synchronized void freeze() {
    mode = Mode.FROZEN;
  }

  synchronized void down() {
    mode = Mode.DOWN;
    closeQuietly(server);
    server = null;
    for (Socket socket : sockets) {
      try {
        socket.setSoLinger(true, 0); // a reset, as from a server that went away
      } catch (IOException ignored) {
        // closed already
      }
      closeQuietly(socket);
    }
    sockets.clear();
  }

  private void listen() {
    try {
      ServerSocket socket = new ServerSocket();
      socket.setReuseAddress(true);
      socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
      server = socket;
      threads.execute(() -> accept(socket));
    } catch (IOException e) {
      throw new UncheckedIOException("The database relay cannot listen on " + port, e);
    }
  }

  private void accept(ServerSocket listening) {
    while (!listening.isClosed()) {
      try {
        Socket client = listening.accept();
        if (mode == Mode.DOWN) {
          closeQuietly(client);
          continue;
        }
        sockets.add(client);
        threads.execute(() -> connect(client));
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void connect(Socket client) {
    try {
      Socket upstream = new Socket(targetHost, targetPort);
      sockets.add(upstream);
      threads.execute(() -> pipe(client, upstream));
      pipe(upstream, client);
    } catch (IOException e) {
      closeQuietly(client);
    }
  }

  private void pipe(Socket from, Socket to) {
    byte[] buffer = new byte[16384];
    try (InputStream in = from.getInputStream();
        OutputStream out = to.getOutputStream()) {
      int read;
      while ((read = in.read(buffer)) >= 0) {
        while (mode == Mode.FROZEN) {
          Thread.sleep(20);
        }
        if (mode == Mode.DOWN) {
          break;
        }
        out.write(buffer, 0, read);
        out.flush();
      }
    } catch (IOException | InterruptedException ended) {
      // one side went away
    } finally {
      closeQuietly(from);
      closeQuietly(to);
      sockets.remove(from);
      sockets.remove(to);
    }
  }

  private static void closeQuietly(AutoCloseable closeable) {
    if (closeable == null) {
      return;
    }
    try {
      closeable.close();
    } catch (Exception ignored) {
      // closed already
    }
  }

  @Override
  public synchronized void close() {
    down();
    threads.shutdownNow();
  }
}
