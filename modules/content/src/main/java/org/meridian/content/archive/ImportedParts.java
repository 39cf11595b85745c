package org.meridian.content.archive;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * The record of what earlier imports brought into the current office, part by part, with the id
 * each part had in its source: what makes importing twice change nothing and a stopped import go
 * on.
 */
@ApplicationScoped
@Transactional
public class ImportedParts {

  @Inject private OfficeData data;

  /**
   * How many items the current office has, and how many parts earlier imports from {@code source}
   * brought.
   */
  public long[] contentAndImports(String source) {
    EntityManager em = data.entityManager();
    long items = em.createQuery("select count(i) from ContentItem i", Long.class).getSingleResult();
    long imported =
        em.createQuery(
                "select count(p) from ImportedPart p where p.sourceOffice = :source", Long.class)
            .setParameter("source", source)
            .getSingleResult();
    return new long[] {items, imported};
  }

  /** What earlier imports from {@code source} brought into the current office. */
  public void loadDone(ImportContext ctx) {
    data.entityManager()
        .createQuery(
            "select p from ImportedPart p where p.sourceOffice = :source", ImportedPart.class)
        .setParameter("source", ctx.source)
        .getResultStream()
        .forEach(p -> ctx.record(p.part(), p.sourceId(), p.targetId()));
  }

  /** Records that the part {@code sourceId} came in as {@code targetId}. */
  void remember(ImportContext ctx, String part, long sourceId, long targetId) {
    remember(ctx.source, part, sourceId, targetId);
  }

  /**
   * Records that the part {@code sourceId} of the office {@code source} came in as {@code
   * targetId}.
   */
  void remember(String source, String part, long sourceId, long targetId) {
    EntityManager em = data.entityManager();
    em.persist(new ImportedPart(source, part, sourceId, targetId));
    em.flush();
  }
}
