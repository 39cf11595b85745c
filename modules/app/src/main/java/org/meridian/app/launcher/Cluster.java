package org.meridian.app.launcher;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * Payara Micro's clustering (its Hazelcast data grid), from {@code meridian.cluster}: {@code auto}
 * (default) clusters the servers that share a PostgreSQL database and leaves a server on the
 * embedded database (which no other server can share) alone; {@code on} and {@code off} decide. A
 * clustered server:
 *
 * <ul>
 *   <li>joins the group named after its database (host, port and name, hashed), so that servers of
 *       different databases on one network never join each other;
 *   <li>finds the others at {@code meridian.cluster.members} ({@code host:port}, comma-separated;
 *       default this machine's own {@code meridian.cluster.port}) over TCP, never by multicast;
 *   <li>listens on {@code meridian.cluster.interfaces} only (default {@code 127.0.0.1}), never on
 *       every interface, from {@code meridian.cluster.port} (default 6900, the next free one up).
 * </ul>
 *
 * <p>Options given after the jar ({@code --clustermode}, {@code --interfaces}, {@code
 * --clustername}, {@code --startport}, {@code --nocluster}) win over these.
 */
final class Cluster {

  /**
   * Hazelcast's switch between every interface and the chosen ones only: Payara's {@code
   * --interfaces} picks the address the grid announces, but Hazelcast still listens on every
   * interface unless this is false (seen with {@code ss}: {@code *:port}). The launcher sets it as
   * a system property of the JVM Payara boots in.
   */
  static final String BIND_ANY = "hazelcast.socket.bind.any";

  private Cluster() {}

  /** Whether the server clusters: {@code on}, or {@code auto} on PostgreSQL. */
  static boolean isOn(String mode, String databaseUrl) {
    return switch (mode.strip().toLowerCase(Locale.ROOT)) {
      case "on" -> true;
      case "off" -> false;
      default -> databaseUrl.strip().startsWith("jdbc:postgresql:");
    };
  }

  /** The Payara Micro options for the cluster, before those given on the command line. */
  static List<String> arguments(
      String mode,
      String databaseUrl,
      String members,
      String interfaces,
      int port,
      List<String> given) {
    List<String> args = new ArrayList<>();
    if (!isOn(mode, databaseUrl)) {
      if (!given.contains("--nocluster")) {
        args.add("--nocluster");
      }
      return args;
    }
    if (!given.contains("--clustermode")) {
      args.add("--clustermode");
      args.add("tcpip:" + (members.isBlank() ? "127.0.0.1:" + port : members.replace(" ", "")));
    }
    if (!given.contains("--interfaces")) {
      args.add("--interfaces");
      args.add(interfaces.replace(" ", ""));
    }
    if (!given.contains("--clustername")) {
      args.add("--clustername");
      args.add(groupName(databaseUrl));
    }
    if (!given.contains("--startport")) {
      args.add("--startport");
      args.add(Integer.toString(port));
    }
    return args;
  }

  /** {@code meridian-} and a hash of the database's address, without its parameters. */
  static String groupName(String databaseUrl) {
    String address = databaseUrl.strip();
    int query = address.indexOf('?');
    if (query >= 0) {
      address = address.substring(0, query);
    }
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(address.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      return "meridian-" + HexFormat.of().formatHex(hash, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
