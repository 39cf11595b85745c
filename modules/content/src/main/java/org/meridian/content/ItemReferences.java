package org.meridian.content;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import org.meridian.content.fields.FieldKind;
import org.meridian.content.fields.InvalidFieldsException;
import org.meridian.content.fields.TypeFields;
import org.meridian.tenancy.Refusal;

/**
 * What an item's type fields point at, checked before a revision is kept: items of this office
 * (other offices' items do not exist here), contact cards where a field names media contacts, and
 * never the item itself.
 */
final class ItemReferences {

  private ItemReferences() {}

  /**
   * @throws InvalidFieldsException naming the first field that points at an item it may not
   */
  static void check(EntityManager em, ContentItem item, TypeFields fields) {
    for (Map.Entry<String, List<Long>> ref : fields.itemReferences().entrySet()) {
      Refusal.Word label = item.type().field(ref.getKey()).orElseThrow().word();
      boolean contacts =
          item.type().field(ref.getKey()).orElseThrow().kind() == FieldKind.CONTACT_REFS;
      for (long id : ref.getValue()) {
        if (item.getId() != null && item.getId() == id) {
          throw new InvalidFieldsException(
              ref.getKey(),
              Refusal.of(
                  "fields.points_at_itself_0", "{0}: an item cannot point at itself.", label));
        }
        ContentItem target = em.find(ContentItem.class, id);
        if (target == null) {
          throw new InvalidFieldsException(
              ref.getKey(),
              Refusal.of(
                  "fields.no_item_0_1", "{0}: there is no item {1} in this office.", label, id));
        }
        if (contacts && target.type() != ContentType.CONTACT) {
          throw new InvalidFieldsException(
              ref.getKey(),
              Refusal.of(
                  "fields.not_a_contact_card_0_1",
                  "{0}: item {1} is not a contact card.",
                  label,
                  id));
        }
      }
    }
  }
}
