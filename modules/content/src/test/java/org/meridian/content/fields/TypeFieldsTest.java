package org.meridian.content.fields;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.meridian.content.ContentType;

class TypeFieldsTest {

  private static JsonObject json(String text) {
    return Json.createReader(new java.io.StringReader(text)).readObject();
  }

  private static java.util.Map<String, String> errors(ContentType type, String text) {
    try {
      TypeFields.validate(type, json(text));
    } catch (InvalidFieldsException e) {
      return e.errors();
    }
    throw new AssertionError("accepted: " + text);
  }

  @Test
  void everyTypeDefinesUniqueFieldNames() {
    for (ContentType type : ContentType.values()) {
      assertThat(type.fields().stream().map(FieldDefinition::name))
          .as(type.name())
          .doesNotHaveDuplicates();
    }
  }

  @Test
  void fieldsTravelWithAConsoleSessionToAnotherServer() throws Exception {
    TypeFields news = TypeFields.validate(ContentType.NEWS, json("{\"kind\":\"press-release\"}"));
    var bytes = new java.io.ByteArrayOutputStream();
    try (var out = new java.io.ObjectOutputStream(bytes)) {
      out.writeObject(news);
    }
    Object back;
    try (var in =
        new java.io.ObjectInputStream(new java.io.ByteArrayInputStream(bytes.toByteArray()))) {
      back = in.readObject();
    }
    assertThat(back).isInstanceOf(TypeFields.class);
    assertThat(((TypeFields) back).type()).isEqualTo(ContentType.NEWS);
    assertThat(((TypeFields) back).json()).isEqualTo(news.json());
  }

  @Test
  void oldPagesAndNewsWithNoFieldsStayValid() {
    assertThat(TypeFields.validate(ContentType.PAGE, json("{}")).json()).isEmpty();
    TypeFields news = TypeFields.validate(ContentType.NEWS, json("{}"));
    assertThat(news.text("kind")).contains("news");
    assertThat(TypeFields.stored(ContentType.NEWS, "{}").text("kind")).contains("news");
  }

  @Test
  void unknownFieldsAreNamed() {
    assertThat(errors(ContentType.PAGE, "{\"colour\":\"red\"}")).containsKey("colour");
    assertThat(errors(ContentType.NEWS, "{\"start\":\"x\"}").get("start"))
        .contains("Unknown field 'start'")
        .contains("kind");
  }

  @Test
  void storedValuesOfRemovedFieldsAreLeftOutAndUnreadableJsonReadsAsEmpty() {
    assertThat(TypeFields.stored(ContentType.PAGE, "{\"gone\":1}").json()).isEmpty();
    assertThat(TypeFields.stored(ContentType.CONTACT, "not json").json()).isEmpty();
  }

  @Test
  void roundTripThroughTheStoredJson() {
    TypeFields event =
        TypeFields.validate(
            ContentType.EVENT,
            json(
                "{\"start\":{\"local\":\"2026-06-01T09:30\",\"zone\":\"Africa/Banjul\"},"
                    + "\"end\":{\"local\":\"2026-06-01T17:00\",\"zone\":\"Africa/Banjul\"},"
                    + "\"venue\":\"  Town hall\\nBanjul \",\"onlineUrl\":\"https://example.org/live\"}"));

    TypeFields again = TypeFields.stored(ContentType.EVENT, event.toJsonText());

    assertThat(again).isEqualTo(event);
    assertThat(again.dateTime("start"))
        .hasValueSatisfying(t -> assertThat(t.getZone()).isEqualTo(ZoneId.of("Africa/Banjul")));
    assertThat(again.text("venue")).contains("Town hall\nBanjul");
    assertThat(TypeFields.validate(ContentType.EVENT, again.json())).isEqualTo(event);
  }

  @Nested
  class News {

    @Test
    void kindMustBeOneOfTheChoices() {
      assertThat(errors(ContentType.NEWS, "{\"kind\":\"rumour\"}").get("kind"))
          .contains("'rumour' is not one of")
          .contains("press-release");
      assertThat(TypeFields.validate(ContentType.NEWS, json("{\"kind\":\"story\"}")).text("kind"))
          .contains("story");
    }

    @Test
    void datelineDateMustBeADate() {
      assertThat(errors(ContentType.NEWS, "{\"datelineDate\":\"2026-02-30\"}").get("datelineDate"))
          .contains("not a date");
      assertThat(errors(ContentType.NEWS, "{\"datelineDate\":\"yesterday\"}"))
          .containsKey("datelineDate");
    }

    @Test
    void quotesNeedTextAndAttributionAndEmptyRowsAreDropped() {
      assertThat(
              errors(ContentType.NEWS, "{\"quotes\":[{\"text\":\"We are ready.\"}]}").get("quotes"))
          .contains("say who said it");
      TypeFields ok =
          TypeFields.validate(
              ContentType.NEWS,
              json(
                  "{\"quotes\":[{\"text\":\"We are ready.\",\"attribution\":\"The director\"},"
                      + "{\"text\":\"\",\"attribution\":\"\"}]}"));
      assertThat(ok.quotes("quotes")).containsExactly(new Quote("We are ready.", "The director"));
    }

    @Test
    void mediaContactsExpireOnTheirDateOrAYearAfterPublication() {
      assertThat(
              errors(
                  ContentType.NEWS,
                  "{\"mediaContacts\":[{\"contact\":\"abc\",\"expires\":\"2026-01-01\"}]}"))
          .containsKey("mediaContacts");
      assertThat(
              errors(ContentType.NEWS, "{\"mediaContacts\":[{\"expires\":\"2026-01-01\"}]}")
                  .get("mediaContacts"))
          .contains("choose a contact card");
      TypeFields news =
          TypeFields.validate(
              ContentType.NEWS,
              json(
                  "{\"mediaContacts\":[{\"contact\":\"12\",\"expires\":\"2026-03-31\"},"
                      + "{\"contact\":\"13\",\"expires\":\"\"}]}"));
      ContactReference dated = news.contacts("mediaContacts").get(0);
      assertThat(dated.contactItemId()).isEqualTo(12);
      LocalDate published = LocalDate.parse("2026-01-15");
      assertThat(dated.isShownOn(LocalDate.parse("2026-03-31"), published)).isTrue();
      assertThat(dated.isShownOn(LocalDate.parse("2026-04-01"), published)).isFalse();

      ContactReference undated = news.contacts("mediaContacts").get(1);
      assertThat(undated.expires()).isNull();
      assertThat(undated.lastDay(published, published)).isEqualTo("2027-01-15");
      assertThat(undated.isShownOn(LocalDate.parse("2027-01-15"), published)).isTrue();
      assertThat(undated.isShownOn(LocalDate.parse("2027-01-16"), published)).isFalse();
      assertThat(undated.isShownOn(LocalDate.parse("2030-01-01"), null))
          .as("not published yet: counted from today")
          .isTrue();
    }

    @Test
    void relatedItemsAreIdsFromAListOrText() {
      assertThat(
              TypeFields.validate(ContentType.NEWS, json("{\"related\":\"4, 9 4\"}"))
                  .ids("related"))
          .containsExactly(4L, 9L);
      assertThat(errors(ContentType.NEWS, "{\"related\":\"4, x\"}").get("related"))
          .contains("not an id");
      assertThat(errors(ContentType.NEWS, "{\"related\":[-3]}")).containsKey("related");
    }
  }

  @Nested
  class Event {

    private static final String START =
        "\"start\":{\"local\":\"2026-06-01T09:30\",\"zone\":\"Africa/Dakar\"}";

    @Test
    void startAndEndAreRequired() {
      assertThat(errors(ContentType.EVENT, "{\"venue\":\"Hall\"}")).containsKeys("start", "end");
    }

    @Test
    void badDatesAndZonesAreRefused() {
      assertThat(
              errors(
                  ContentType.EVENT,
                  "{\"start\":{\"local\":\"2026-13-01T09:30\",\"zone\":\"Africa/Dakar\"},"
                      + "\"end\":{\"local\":\"2026-06-01T10:00\",\"zone\":\"Mars/Olympus\"},"
                      + "\"venue\":\"Hall\"}"))
          .containsKeys("start", "end");
      assertThat(
              errors(ContentType.EVENT, "{\"start\":\"tomorrow\",\"venue\":\"Hall\"}").get("start"))
          .contains("expected");
    }

    @Test
    void anEventThatEndsBeforeItStartsIsRefused() {
      assertThat(
              errors(
                      ContentType.EVENT,
                      "{"
                          + START
                          + ",\"end\":{\"local\":\"2026-06-01T09:00\",\"zone\":\"Africa/Dakar\"},"
                          + "\"venue\":\"Hall\"}")
                  .get("end"))
          .contains("ends before it starts");
    }

    @Test
    void endIsComparedInItsOwnTimeZone() {
      // 10:00 in Dakar (UTC) is 11:00 in Lagos (UTC+1): an end at 10:30 Lagos time is before it.
      assertThat(
              errors(
                  ContentType.EVENT,
                  "{\"start\":{\"local\":\"2026-06-01T10:00\",\"zone\":\"Africa/Dakar\"},"
                      + "\"end\":{\"local\":\"2026-06-01T10:30\",\"zone\":\"Africa/Lagos\"},"
                      + "\"venue\":\"Hall\"}"))
          .containsKey("end");
    }

    @Test
    void needsAVenueOrAnOnlineLink() {
      assertThat(
              errors(
                  ContentType.EVENT,
                  "{"
                      + START
                      + ",\"end\":{\"local\":\"2026-06-01T12:00\",\"zone\":\"Africa/Dakar\"}}"))
          .containsKey("venue");
    }

    @Test
    void linksMustBeWebAddresses() {
      for (String bad :
          List.of("javascript:alert(1)", "ftp://example.org/x", "example.org", "https://")) {
        assertThat(
                errors(
                    ContentType.EVENT,
                    "{"
                        + START
                        + ",\"end\":{\"local\":\"2026-06-01T12:00\",\"zone\":\"Africa/Dakar\"},"
                        + "\"venue\":\"Hall\",\"registrationUrl\":\""
                        + bad
                        + "\"}"))
            .as(bad)
            .containsKey("registrationUrl");
      }
    }
  }

  @Nested
  class Publication {

    @Test
    void yearLanguageAndMediaIdsAreChecked() {
      assertThat(
              errors(
                  ContentType.PUBLICATION,
                  "{\"year\":\"26\",\"publicationLanguage\":\"english!\",\"cover\":\"0\","
                      + "\"documents\":\"3,x\"}"))
          .containsKeys("year", "publicationLanguage", "cover", "documents");
      TypeFields ok =
          TypeFields.validate(
              ContentType.PUBLICATION,
              json(
                  "{\"year\":\"2025\",\"publicationLanguage\":\"fr\",\"cover\":\"7\","
                      + "\"documents\":[8,9],\"series\":\"Field notes\"}"));
      assertThat(ok.year("year")).contains(2025);
      assertThat(ok.mediaIds()).containsExactly(8L, 9L, 7L);
    }
  }

  @Nested
  class Contact {

    @Test
    void nameIsRequiredAndEmailAndPhoneAreChecked() {
      assertThat(
              errors(ContentType.CONTACT, "{\"email\":\"not-an-address\",\"phone\":\"call me\"}"))
          .containsKeys("name", "email", "phone");
      TypeFields ok =
          TypeFields.validate(
              ContentType.CONTACT,
              json(
                  "{\"name\":\"Press desk\",\"email\":\"press@example.org\","
                      + "\"phone\":\"+220 440 0000\"}"));
      assertThat(ok.text("name")).contains("Press desk");
      assertThat(ok.texts("phone")).containsExactly("+220 440 0000");
    }

    @Test
    void aContactHasSeveralTelephoneNumbersOneALine() {
      TypeFields ok =
          TypeFields.validate(
              ContentType.CONTACT,
              json(
                  "{\"name\":\"Press desk\","
                      + "\"phone\":\"+220 440 0000\\n\\n+220 990 1234\\r\\n+220 440 0000\"}"));
      assertThat(ok.texts("phone")).containsExactly("+220 440 0000", "+220 990 1234");
      assertThat(
              TypeFields.validate(
                      ContentType.CONTACT,
                      json("{\"name\":\"Desk\",\"phone\":[\"+220 1\",\"+220 2\"]}"))
                  .texts("phone"))
          .containsExactly("+220 1", "+220 2");
      assertThat(
              errors(ContentType.CONTACT, "{\"name\":\"Desk\",\"phone\":\"+220 440\\ncall me\"}")
                  .get("phone"))
          .contains("call me");
      assertThat(
              errors(
                      ContentType.CONTACT,
                      "{\"name\":\"Desk\",\"phone\":\"+220 1;+220 2;+220 3;+220 4;+220 5;+220 6\"}")
                  .get("phone"))
          .contains("at most 5");
    }

    @Test
    void textHasALimit() {
      assertThat(errors(ContentType.CONTACT, "{\"name\":\"" + "n".repeat(301) + "\"}").get("name"))
          .contains("at most 300");
    }
  }

  @Test
  void readableFieldsFollowTheTypeOrderWithLabels() {
    TypeFields news =
        TypeFields.validate(
            ContentType.NEWS,
            json(
                "{\"kind\":\"press-release\",\"datelinePlace\":\"Banjul\","
                    + "\"quotes\":[{\"text\":\"Hello\",\"attribution\":\"Awa\"}]}"));
    assertThat(news.readable())
        .containsEntry("Kind", "Press release")
        .containsEntry("Dateline place", "Banjul")
        .containsEntry("Quotes", "“Hello” — Awa")
        .containsKeys("Media contacts", "Related items");
    assertThat(news.readable().keySet()).startsWith("Kind", "Dateline place", "Dateline date");
  }
}
