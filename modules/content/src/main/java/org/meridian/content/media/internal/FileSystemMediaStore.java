package org.meridian.content.media.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import org.meridian.content.media.MediaStore;

/**
 * Keeps files below a directory, one file per key. A file appears whole or not at all (written
 * aside, then moved). A file system takes no part in transactions, so the store is told how to act
 * at the end of the caller's transaction ({@link TransactionEnd}): a new file is removed again when
 * the transaction rolls back, and a deleted one is removed only once it commits.
 */
public class FileSystemMediaStore implements MediaStore {

  /** Runs work when the current transaction ends, or at once when there is none. */
  public interface TransactionEnd {
    void afterRollback(Runnable work);

    void afterCommit(Runnable work);

    /** For use outside any transaction (tests, tools): rollbacks never happen, commits at once. */
    TransactionEnd NONE =
        new TransactionEnd() {
          @Override
          public void afterRollback(Runnable work) {}

          @Override
          public void afterCommit(Runnable work) {
            work.run();
          }
        };
  }

  private final Path root;
  private final TransactionEnd transactionEnd;

  public FileSystemMediaStore(Path root, TransactionEnd transactionEnd) {
    this.root = root.toAbsolutePath().normalize();
    this.transactionEnd = transactionEnd;
    try {
      Files.createDirectories(this.root);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create the media directory " + this.root, e);
    }
  }

  @Override
  public void put(String key, byte[] bytes) {
    Path file = pathOf(key);
    try {
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), ".upload-", ".part");
      Files.write(temporary, bytes);
      try {
        Files.move(
            temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Could not store the file " + key, e);
    }
    transactionEnd.afterRollback(() -> quietlyDelete(file));
  }

  @Override
  public Optional<byte[]> get(String key) {
    try {
      return Optional.of(Files.readAllBytes(pathOf(key)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not read the file " + key, e);
    }
  }

  @Override
  public void delete(String key) {
    Path file = pathOf(key);
    transactionEnd.afterCommit(() -> quietlyDelete(file));
  }

  private Path pathOf(String key) {
    Path file = root.resolve(MediaStore.requireValidKey(key)).normalize();
    if (!file.startsWith(root)) {
      throw new IllegalArgumentException("Not a media store key: '" + key + "'");
    }
    return file;
  }

  private static void quietlyDelete(Path file) {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      java.util.logging.Logger.getLogger(FileSystemMediaStore.class.getName())
          .warning("Could not delete " + file + ": " + e.getMessage());
    }
  }
}
