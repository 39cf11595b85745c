package org.meridian.content.syndication;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.meridian.content.CommonFields;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;

/** What copies inherit, and how inherited and overridden fields merge. */
class SharedFieldsTest {

  private static RevisionInput news(String title, String summary, String body, String place) {
    return new RevisionInput(
        title,
        summary,
        body,
        new CommonFields(42L, "A river", false, "", null),
        Json.createObjectBuilder()
            .add("kind", "press-release")
            .add("datelinePlace", place)
            .add(
                "mediaContacts",
                Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("contact", 7).add("expires", "2030-01-01")))
            .build());
  }

  @Test
  void referencesToTheOfficesOwnItemsAreNeverInherited() {
    assertThat(SharedFields.names(ContentType.NEWS))
        .contains("title", "summary", "body", "heroImage", "kind", "datelinePlace", "quotes")
        .doesNotContain("mediaContacts", "related");
  }

  @Test
  void mergeTakesTheSourceExceptWhereTheCopyOverrides() {
    SharedFields source =
        SharedFields.of(
            ContentType.NEWS, news("HQ title", "HQ intro", "<p>New body</p>", "Geneva"));
    SharedFields copy =
        SharedFields.of(
            ContentType.NEWS, news("HQ title", "Our intro", "<p>Old body</p>", "Banjul"));
    SharedFields merged = SharedFields.merge(source, copy, Set.of("summary", "datelinePlace"));
    assertThat(merged.value("summary")).isEqualTo("Our intro");
    assertThat(merged.value("datelinePlace")).isEqualTo("\"Banjul\"");
    assertThat(merged.value("body")).isEqualTo("<p>New body</p>");
    assertThat(merged.differencesFrom(source)).containsExactly("summary", "datelinePlace");
  }

  @Test
  void anInputMadeFromSharedFieldsKeepsTheCopysOwnMediaContactsAndTheHeroImage() {
    SharedFields source = SharedFields.of(ContentType.NEWS, news("T", "S", "<p>B</p>", "Geneva"));
    RevisionInput input =
        source.toInput(
            Json.createObjectBuilder()
                .add(
                    "mediaContacts",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("contact", 99)
                                .add("expires", "2031-01-01")))
                .build());
    assertThat(input.common().heroImageId()).isEqualTo(42L);
    assertThat(input.common().heroAlt()).isEqualTo("A river");
    assertThat(input.fields().getJsonArray("mediaContacts").toString()).contains("99");
    assertThat(SharedFields.of(ContentType.NEWS, input)).isEqualTo(source);
  }

  @Test
  void storedAsJsonAndReadBackTheSame() {
    SharedFields fields = SharedFields.of(ContentType.NEWS, news("T", "S", "<p>B</p>", "Dakar"));
    assertThat(SharedFields.fromJson(ContentType.NEWS, fields.toJson())).isEqualTo(fields);
    assertThat(fields.withoutImages().value("heroImage")).isEmpty();
    assertThat(List.copyOf(fields.withoutImages().differencesFrom(fields)))
        .containsExactly("heroImage");
  }
}
