package org.meridian.content.syndication.internal;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashSet;
import java.util.Set;
import org.meridian.content.ContentItem;
import org.meridian.content.RevisionCheck;
import org.meridian.content.RevisionInput;
import org.meridian.content.syndication.SharedCopy;
import org.meridian.content.syndication.SharedFields;
import org.meridian.content.syndication.SyndicationRules;
import org.meridian.tenancy.persistence.OfficeData;

/**
 * Every save of a shared copy, whoever makes it (the editor, the API, the fan-out): the fields the
 * source locked must say what the source says; every other field that differs from the source is an
 * override the office chose, and from now on stays the office's own when the source changes.
 */
@ApplicationScoped
public class LockedFieldsCheck implements RevisionCheck {

  @Inject private OfficeData data;

  @Override
  public void beforeSave(ContentItem item, RevisionInput input) {
    EntityManager em = data.entityManager();
    SharedCopy copy =
        em.createQuery("select c from SharedCopy c where c.itemId = :item", SharedCopy.class)
            .setParameter("item", item.getId())
            .getResultStream()
            .findFirst()
            .orElse(null);
    if (copy == null) {
      return;
    }
    SharedFields inherited = copy.inherited(item.type());
    SharedFields saved = SharedFields.of(item.type(), input);
    Set<String> changed = SyndicationRules.overrides(inherited, saved);
    SyndicationRules.requireOnlyUnlockedChanged(
        item.type(), changed, copy.locked(), copy.sourceOfficeCode());
    copy.overrides(new LinkedHashSet<>(changed));
  }
}
