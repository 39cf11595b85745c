package org.meridian.app.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.meridian.content.media.MediaSettings;

/**
 * Ready when the media store can take a new file: the database store with the database (see {@link
 * DatabaseHealth}); the file-system store when its directory exists and a file can be written to it
 * and removed again.
 */
@Readiness
@ApplicationScoped
public class MediaStoreHealth implements HealthCheck {

  @Inject private MediaSettings settings;

  @Override
  public HealthCheckResponse call() {
    String store = settings.store();
    var response = HealthCheckResponse.named("media-store").withData("store", store);
    if (!store.equals("filesystem")) {
      return response.status(store.equals("database")).build();
    }
    Path directory = settings.directory();
    try {
      Files.createDirectories(directory);
      Path probe = Files.createTempFile(directory, ".health-", ".tmp");
      Files.delete(probe);
      return response.up().build();
    } catch (IOException | SecurityException e) {
      return response
          .down()
          .withData("directory", directory.toAbsolutePath().toString())
          .withData("error", e.getClass().getSimpleName())
          .build();
    }
  }
}
