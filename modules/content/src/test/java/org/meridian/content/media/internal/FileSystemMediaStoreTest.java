package org.meridian.content.media.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.meridian.content.media.MediaStore;

class FileSystemMediaStoreTest extends MediaStoreContract {

  @TempDir Path root;

  private MediaStore store;

  @BeforeEach
  void directory() {
    store =
        new FileSystemMediaStore(root.resolve("media"), FileSystemMediaStore.TransactionEnd.NONE);
  }

  @Override
  MediaStore store() {
    return store;
  }

  /** A transaction's end, run by the test. */
  private static final class Hooks implements FileSystemMediaStore.TransactionEnd {
    final List<Runnable> onRollback = new ArrayList<>();
    final List<Runnable> onCommit = new ArrayList<>();

    @Override
    public void afterRollback(Runnable work) {
      onRollback.add(work);
    }

    @Override
    public void afterCommit(Runnable work) {
      onCommit.add(work);
    }
  }

  @Test
  void aRolledBackUploadLeavesNoFile() {
    Hooks hooks = new Hooks();
    MediaStore transactional = new FileSystemMediaStore(root.resolve("tx"), hooks);
    transactional.put("1/20/original", new byte[] {1});
    assertThat(transactional.get("1/20/original")).isPresent();

    hooks.onRollback.forEach(Runnable::run);

    assertThat(transactional.get("1/20/original")).isEmpty();
  }

  @Test
  void aDeleteTakesEffectOnlyOnCommit() {
    Hooks hooks = new Hooks();
    MediaStore transactional = new FileSystemMediaStore(root.resolve("tx"), hooks);
    transactional.put("1/21/original", new byte[] {1});
    transactional.delete("1/21/original");
    assertThat(transactional.get("1/21/original")).as("before commit").isPresent();

    hooks.onCommit.forEach(Runnable::run);

    assertThat(transactional.get("1/21/original")).isEmpty();
  }

  @Test
  void filesLieBelowTheDirectoryByKey() {
    store.put("3/30/w640", new byte[] {1});
    assertThat(Files.exists(root.resolve("media/3/30/w640"))).isTrue();
  }
}
