package org.meridian.content.media.internal;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.meridian.content.media.MediaSettings;
import org.meridian.content.media.MediaStore;

/** Makes the one {@link MediaStore} that {@code meridian.media.store} asks for. */
@ApplicationScoped
public class MediaStoreProducer {

  private static final Logger LOG = Logger.getLogger(MediaStoreProducer.class.getName());

  @Resource(lookup = "java:app/jdbc/meridian")
  private DataSource dataSource;

  @Resource private TransactionSynchronizationRegistry transactions;

  @Inject private MediaSettings settings;
  @Inject private Clock clock;

  @Produces
  @ApplicationScoped
  MediaStore store() {
    return switch (settings.store()) {
      case "database" -> new DatabaseMediaStore(dataSource, clock);
      case "filesystem" -> {
        LOG.info("Media files are kept below " + settings.directory().toAbsolutePath());
        yield new FileSystemMediaStore(settings.directory(), new JtaTransactionEnd());
      }
      default ->
          throw new IllegalStateException(
              "meridian.media.store is '"
                  + settings.store()
                  + "': it must be 'database' or 'filesystem'");
    };
  }

  /** Hooks the file system's work onto the end of the current JTA transaction. */
  private final class JtaTransactionEnd implements FileSystemMediaStore.TransactionEnd {

    @Override
    public void afterRollback(Runnable work) {
      whenEnded(work, false);
    }

    @Override
    public void afterCommit(Runnable work) {
      whenEnded(work, true);
    }

    private void whenEnded(Runnable work, boolean onCommit) {
      if (transactions.getTransactionStatus() == Status.STATUS_NO_TRANSACTION) {
        if (onCommit) {
          work.run();
        }
        return;
      }
      transactions.registerInterposedSynchronization(
          new Synchronization() {
            @Override
            public void beforeCompletion() {}

            @Override
            public void afterCompletion(int status) {
              if ((status == Status.STATUS_COMMITTED) == onCommit) {
                work.run();
              }
            }
          });
    }
  }
}
