package org.meridian.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A mail server for tests, speaking just enough SMTP (220, EHLO/HELO 250, MAIL/RCPT 250, DATA 354,
 * "." 250, QUIT 221) to receive what Meridian sends, and keeping every message. While {@link
 * #beSilent} is on, it accepts connections and never says a word, like a mail server that hangs.
 */
final class SmtpSink implements AutoCloseable {

  /** One message received: the envelope's recipients and the data as sent. */
  record Received(List<String> recipients, String data) {

    /** The data with a quoted-printable body decoded (soft line breaks and =XX escapes). */
    String decoded() {
      if (!data.toLowerCase(java.util.Locale.ROOT)
          .contains("content-transfer-encoding: quoted-printable")) {
        return data;
      }
      String joined = data.replace("=\n", "");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      for (int i = 0; i < joined.length(); i++) {
        char c = joined.charAt(i);
        if (c == '='
            && i + 2 < joined.length()
            && isHex(joined.charAt(i + 1))
            && isHex(joined.charAt(i + 2))) {
          bytes.write(Integer.parseInt(joined.substring(i + 1, i + 3), 16));
          i += 2;
        } else {
          byte[] encoded = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
          bytes.write(encoded, 0, encoded.length);
        }
      }
      return bytes.toString(StandardCharsets.UTF_8);
    }

    private static boolean isHex(char c) {
      return Character.digit(c, 16) >= 0;
    }
  }

  private final ServerSocket server;
  private final List<Received> received = new CopyOnWriteArrayList<>();
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private volatile boolean silent;
  private volatile int connections;

  SmtpSink() {
    try {
      server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Thread acceptor = new Thread(this::accept, "smtp-sink");
    acceptor.setDaemon(true);
    acceptor.start();
  }

  int port() {
    return server.getLocalPort();
  }

  /** Whether new connections get no answer at all. */
  void beSilent(boolean silent) {
    this.silent = silent;
  }

  List<Received> received() {
    return List.copyOf(received);
  }

  /** How many connections were made so far. */
  int connections() {
    return connections;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket socket = server.accept();
        connections++;
        open.add(socket);
        boolean quiet = silent;
        Thread session = new Thread(() -> serve(socket, quiet), "smtp-sink-session");
        session.setDaemon(true);
        session.start();
      } catch (IOException closed) {
        return;
      }
    }
  }

  private void serve(Socket socket, boolean quiet) {
    try (socket) {
      BufferedReader in =
          new BufferedReader(
              new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
      if (quiet) {
        while (in.read() >= 0) {
          // Never answer: the client has to give up on its own.
        }
        return;
      }
      OutputStream out = socket.getOutputStream();
      say(out, "220 sink.test ESMTP");
      List<String> recipients = new ArrayList<>();
      String line;
      while ((line = in.readLine()) != null) {
        String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line;
        switch (command) {
          case "EHLO", "HELO" -> say(out, "250 sink.test");
          case "MAIL" -> {
            recipients.clear();
            say(out, "250 OK");
          }
          case "RCPT" -> {
            recipients.add(line.replaceAll("(?i)^RCPT TO:\\s*<?([^>]*)>?.*$", "$1"));
            say(out, "250 OK");
          }
          case "DATA" -> {
            say(out, "354 End data with <CR><LF>.<CR><LF>");
            StringBuilder data = new StringBuilder();
            String dataLine;
            while ((dataLine = in.readLine()) != null && !dataLine.equals(".")) {
              data.append(dataLine.startsWith("..") ? dataLine.substring(1) : dataLine)
                  .append('\n');
            }
            received.add(new Received(List.copyOf(recipients), data.toString()));
            say(out, "250 OK queued");
          }
          case "QUIT" -> {
            say(out, "221 Bye");
            return;
          }
          case "RSET", "NOOP" -> say(out, "250 OK");
          default -> say(out, "502 Command not implemented");
        }
      }
    } catch (IOException gone) {
      // The client went away.
    } finally {
      open.remove(socket);
    }
  }

  private static void say(OutputStream out, String reply) throws IOException {
    out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.flush();
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException ignored) {
      // closing anyway
    }
    for (Socket socket : open) {
      try {
        socket.close();
      } catch (IOException ignored) {
        // closing anyway
      }
    }
  }
}
