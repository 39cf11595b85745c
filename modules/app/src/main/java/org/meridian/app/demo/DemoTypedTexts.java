package org.meridian.app.demo;

import jakarta.json.JsonObjectBuilder;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import org.meridian.content.RevisionInput;
import org.meridian.content.fields.Jsons;

/**
 * Demo items that use their type's own fields: contact cards, a press release with its dateline,
 * quotes and media contacts, events, a publication and a nested page. Written for Meridian; every
 * person, place name aside, is fictional. Dates are relative to the day the demo is loaded, so the
 * events lie ahead and the media contact is current.
 */
final class DemoTypedTexts {

  private DemoTypedTexts() {}

  static RevisionInput gambiaCommunicationsDesk() {
    return RevisionInput.builder()
        .title("Communications desk")
        .summary("Questions from journalists about our work in The Gambia.")
        .fields(
            Jsons.createObjectBuilder()
                .add("name", "Communications desk")
                .add("role", "Media relations")
                .add("organisation", "Meridian in The Gambia")
                .add("email", "press.gambia@meridian.example.org")
                .add(
                    "phone",
                    Jsons.createArrayBuilder().add("+220 440 1020").add("+220 770 1020").build())
                .add("notes", "Kairaba Avenue, Serrekunda\nWeekdays 9:00 to 17:00")
                .build())
        .build();
  }

  static RevisionInput gambiaFieldOfficer() {
    return RevisionInput.builder()
        .title("Field spokesperson, Basse")
        .summary("Answered questions during the spring outreach in the Upper River Region.")
        .fields(
            Jsons.createObjectBuilder()
                .add("name", "Lamin Touray")
                .add("role", "Field spokesperson")
                .add("organisation", "Meridian in The Gambia")
                .add("phone", "+220 566 3040")
                .build())
        .build();
  }

  static RevisionInput gambiaPressRelease(
      long desk, long fieldOfficer, long relatedNews, LocalDate today) {
    return RevisionInput.builder()
        .title("Mobile clinics reach river communities")
        .summary("Two boats now bring health checks to villages the roads do not reach.")
        .body(
            "<p>Two river boats fitted as clinics began their rounds this week, stopping at"
                + " twelve villages along the river. Nurses check children's growth, give"
                + " vaccinations and refer patients to the nearest health centre.</p>"
                + "<h2>Where the boats stop</h2><p>The route was drawn up with village"
                + " committees so that every stop is within an hour's walk of the families it"
                + " serves.</p>")
        .seoDescription("Mobile clinics on river boats bring health checks to twelve villages.")
        .fields(
            Jsons.createObjectBuilder()
                .add("kind", "press-release")
                .add("datelinePlace", "Janjanbureh")
                .add("datelineDate", today.toString())
                .add(
                    "quotes",
                    Jsons.createArrayBuilder()
                        .add(
                            quote(
                                "The river was always our road. Now it brings the nurse to us.",
                                "Mariama Sowe, village committee member"))
                        .add(
                            quote(
                                "We will adjust the route every season with the committees.",
                                "Head of the Gambia office")))
                .add(
                    "mediaContacts",
                    Jsons.createArrayBuilder()
                        .add(contact(desk, today.plusYears(1)))
                        // Past its expiry: kept in the item, no longer shown on the site.
                        .add(contact(fieldOfficer, today.minusDays(1))))
                .add("related", Jsons.createArrayBuilder().add(relatedNews))
                .build())
        .build();
  }

  static RevisionInput gambiaWorkshop(String zone, LocalDate today) {
    LocalDate day = today.plusWeeks(6);
    return RevisionInput.builder()
        .title("Open workshop on safe journeys")
        .summary("An afternoon for young people to ask what safe and regular travel takes.")
        .body(
            "<p>Former travellers, teachers and our advisers answer questions about papers,"
                + " costs and the risks of irregular routes. Entry is free.</p>")
        .fields(
            Jsons.createObjectBuilder()
                .add("start", at(day, LocalTime.of(14, 0), zone))
                .add("end", at(day, LocalTime.of(17, 30), zone))
                .add("venue", "Youth skills centre\nBrikama")
                .add("onlineUrl", "https://meet.example.org/safe-journeys")
                .add("registrationUrl", "https://forms.example.org/safe-journeys")
                .build())
        .build();
  }

  static RevisionInput gambiaYearReview(LocalDate today) {
    return RevisionInput.builder()
        .title("The year in review: community programmes")
        .summary("What our community programmes in The Gambia achieved last year, in figures.")
        .body(
            "<p>This review gathers the results of the health, skills and resilience"
                + " programmes, with the lessons the teams drew from them.</p>")
        .fields(
            Jsons.createObjectBuilder()
                .add("year", String.valueOf(today.getYear() - 1))
                .add("publicationLanguage", "en")
                .add("series", "Annual reviews")
                .build())
        .build();
  }

  static RevisionInput gambiaHistory() {
    return RevisionInput.builder()
        .title("Our history")
        .summary("How the office grew from a two-person team to a country programme.")
        .body(
            "<p>The office opened with two people and a borrowed desk. It now runs programmes"
                + " in every region of the country.</p>")
        .build();
  }

  static RevisionInput senegalForum(String zone, LocalDate today) {
    LocalDate day = today.plusWeeks(8);
    return RevisionInput.builder()
        .title("Rencontre des associations de la diaspora")
        .summary("Une journée d’échanges entre associations de la diaspora et autorités locales.")
        .body("<p>Ateliers le matin, séance plénière l’après-midi.</p>")
        .fields(
            Jsons.createObjectBuilder()
                .add("start", at(day, LocalTime.of(9, 0), zone))
                .add("end", at(day, LocalTime.of(18, 0), zone))
                .add("venue", "Maison de la culture\nSaint-Louis")
                .build())
        .build();
  }

  static RevisionInput senegalContact() {
    return RevisionInput.builder()
        .title("Service de presse")
        .summary("Les journalistes joignent ici l’équipe de communication du bureau.")
        .body("<p>Nous répondons aux demandes des médias en français et en wolof.</p>")
        .fields(
            Jsons.createObjectBuilder()
                .add("name", "Service de presse")
                .add("role", "Relations avec les médias")
                .add("email", "presse.senegal@meridian.example.org")
                .build())
        .build();
  }

  private static JsonObjectBuilder quote(String text, String attribution) {
    return Jsons.createObjectBuilder().add("text", text).add("attribution", attribution);
  }

  private static JsonObjectBuilder contact(long id, LocalDate expires) {
    return Jsons.createObjectBuilder().add("contact", id).add("expires", expires.toString());
  }

  private static JsonObjectBuilder at(LocalDate day, LocalTime time, String zone) {
    return Jsons.createObjectBuilder()
        .add("local", LocalDateTime.of(day, time).toString())
        .add("zone", zone);
  }
}
