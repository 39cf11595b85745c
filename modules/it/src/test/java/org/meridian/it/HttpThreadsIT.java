package org.meridian.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code MERIDIAN_HTTP_THREADS} sizes the pool that serves requests (docs/configuration.md): under
 * more requests at once than that, the server still runs that many request threads and answers
 * every request. Payara's own pool grew to one thread per client (40 here, measured), so the count
 * below would fail if the setting were dropped on the way to Payara.
 */
@ExtendWith(MeridianServer.class)
class HttpThreadsIT {

  private static final int CLIENTS = 40;

  @Test
  void moreRequestsAtOnceThanThreadsAreServedByThePoolTheSettingSizes() throws Exception {
    MeridianServer.Running server = MeridianServer.server();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<CompletableFuture<Integer>> answers = new ArrayList<>();
    try (ExecutorService clients = Executors.newFixedThreadPool(CLIENTS)) {
      for (int i = 0; i < CLIENTS * 5; i++) {
        // Searches: never kept by the page cache, each a few milliseconds of work.
        HttpRequest search =
            HttpRequest.newBuilder(server.uri("/gambia/en/search?q=migration+" + i))
                .timeout(Duration.ofSeconds(60))
                .build();
        answers.add(
            CompletableFuture.supplyAsync(
                () -> {
                  try {
                    return http.send(search, HttpResponse.BodyHandlers.discarding()).statusCode();
                  } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException(e);
                  }
                },
                clients));
      }
      assertThat(answers.stream().map(CompletableFuture::join)).containsOnly(200);
    }

    long requestThreads =
        threadDump(server.process().pid())
            .lines()
            .filter(line -> line.startsWith("\"http-thread-pool::"))
            .count();
    assertThat(requestThreads).isBetween(2L, (long) MeridianServer.HTTP_THREADS);
  }

  /** The server JVM's threads, as the JDK's {@code jcmd} prints them. */
  private static String threadDump(long pid) throws Exception {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process dump =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Thread.print")
            .redirectErrorStream(true)
            .start();
    String text = new String(dump.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(dump.waitFor()).as(text).isZero();
    return text;
  }
}
