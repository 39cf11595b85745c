package org.meridian.content.preview;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.meridian.tenancy.persistence.AppSecrets;

/**
 * The key preview addresses are signed with, the same on every server: {@code
 * meridian.preview.secret} when set (at least 32 characters), else a random key made once and kept
 * in the database ({@link AppSecrets}), so that an address made by one server opens on another.
 */
@ApplicationScoped
public class PreviewKey {

  private static final String NAME = "preview-signing-key";

  @Inject private AppSecrets secrets;

  @Inject
  @ConfigProperty(name = "meridian.preview.secret")
  private Optional<String> configured;

  private volatile PreviewSignature signature;

  /** The signer; the first call may make and store the key, hence the transaction. */
  @Transactional
  public PreviewSignature signature() {
    PreviewSignature known = signature;
    if (known == null) {
      known = new PreviewSignature(keyBytes());
      signature = known;
    }
    return known;
  }

  private byte[] keyBytes() {
    if (configured.isPresent() && !configured.get().isBlank()) {
      byte[] bytes = configured.get().getBytes(StandardCharsets.UTF_8);
      if (bytes.length < 32) {
        throw new IllegalStateException("meridian.preview.secret must have at least 32 characters");
      }
      return bytes;
    }
    return secrets.key(NAME);
  }
}
