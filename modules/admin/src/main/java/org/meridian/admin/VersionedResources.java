package org.meridian.admin;

import jakarta.faces.application.Resource;
import jakarta.faces.application.ResourceHandler;
import jakarta.faces.application.ResourceHandlerWrapper;
import jakarta.faces.application.ResourceWrapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Puts a version on the address of every Faces resource that has none ({@code v=} and a hash of the
 * file's content): the console's own style and scripts, and Faces' own script. PrimeFaces and
 * OmniFaces already version theirs. With a versioned address the resource may be kept a year
 * ({@code com.sun.faces.defaultResourceMaxAge} in web.xml): a changed file gets a new address.
 */
public class VersionedResources extends ResourceHandlerWrapper {

  private final Map<String, String> versions = new ConcurrentHashMap<>();

  public VersionedResources(ResourceHandler wrapped) {
    super(wrapped);
  }

  @Override
  public Resource createResource(String resourceName, String libraryName) {
    return versioned(super.createResource(resourceName, libraryName));
  }

  @Override
  public Resource createResource(String resourceName, String libraryName, String contentType) {
    return versioned(super.createResource(resourceName, libraryName, contentType));
  }

  private Resource versioned(Resource resource) {
    String library = resource == null ? null : resource.getLibraryName();
    if (resource == null || (library != null && !library.equals("jakarta.faces"))) {
      // PrimeFaces and OmniFaces version their own addresses (and stream dynamic content).
      return resource;
    }
    return new ResourceWrapper(resource) {
      @Override
      public String getRequestPath() {
        String path = super.getRequestPath();
        if (path.contains("?v=") || path.contains("&v=")) {
          return path;
        }
        String key = getLibraryName() + "/" + getResourceName();
        String version = versions.computeIfAbsent(key, k -> hash(getWrapped()));
        return path + (path.contains("?") ? "&" : "?") + "v=" + version;
      }
    };
  }

  private static String hash(Resource resource) {
    CRC32 crc = new CRC32();
    try (InputStream in = resource.getInputStream()) {
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) > 0; ) {
        crc.update(buffer, 0, n);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the resource " + resource.getResourceName(), e);
    }
    return Long.toString(crc.getValue(), 36);
  }
}
