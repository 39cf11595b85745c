package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.awt.Color;
import org.meridian.content.CommonFields;
import org.meridian.content.RevisionInput;
import org.meridian.content.fields.Jsons;
import org.meridian.content.media.MediaDetails;
import org.meridian.content.media.MediaItem;
import org.meridian.content.media.MediaLibrary;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeRef;

/**
 * A few pictures, drawn here, and a document, so that the media libraries are not empty: HQ's
 * picture is shared with every office; the Gambia's press release gets a hero and its year in
 * review a cover and a report to download.
 */
@ApplicationScoped
class DemoMedia {

  private static final LanguageTag EN = new LanguageTag("en");
  private static final String AUTHOR = DemoPublishing.AUTHOR;

  @Inject private TenantContext tenant;
  @Inject private MediaLibrary media;
  @Inject private DemoPublishing publishing;

  void load(OfficeRef hq, OfficeRef gambia, OfficeRef senegal) {
    tenant.runAs(
        hq,
        () ->
            media.upload(
                "network-landscape.jpg",
                DemoImages.landscape(1600, 900, new Color(0x2b6cb0), new Color(0x4a7c59), 1, "jpg"),
                new MediaDetails(
                    "The network, drawn",
                    "Green hills under a blue sky with a river in front",
                    false,
                    "An illustration shared by HQ with every office.",
                    "Meridian HQ"),
                AUTHOR));
    tenant.runAs(gambia, this::loadGambia);
    tenant.runAs(
        senegal,
        () ->
            media.upload(
                "cote.jpg",
                DemoImages.landscape(1024, 640, new Color(0x1d4ed8), new Color(0xca8a04), 4, "jpg"),
                new MediaDetails(
                    "La côte", "Des collines dorées au bord de l'eau bleue", false, "", ""),
                AUTHOR));
  }

  private void loadGambia() {
    MediaItem river =
        media.upload(
            "river-at-dawn.jpg",
            DemoImages.landscape(1200, 800, new Color(0xd97706), new Color(0x65a30d), 2, "jpg"),
            new MediaDetails(
                "River at dawn",
                "An orange sky over green hills and a winding river",
                false,
                "",
                "Meridian in The Gambia"),
            AUTHOR);
    media.upload(
        "savanna.png",
        DemoImages.landscape(800, 500, new Color(0x0e7490), new Color(0xa16207), 3, "png"),
        new MediaDetails("Savanna", "", true, "", ""),
        AUTHOR);
    showAsHero(river, "mobile-clinics-river");
    MediaItem cover =
        media.upload(
            "year-in-review-cover.jpg",
            DemoImages.landscape(600, 800, new Color(0x0b4f8a), new Color(0x65a30d), 5, "jpg"),
            new MediaDetails(
                "Year in review cover",
                "Cover of the year in review: green hills under a blue sky",
                false,
                "",
                "Meridian in The Gambia"),
            AUTHOR);
    MediaItem report =
        media.upload(
            "year-in-review.pdf",
            DemoDocuments.pdf("The year in review: community programmes"),
            new MediaDetails("The year in review (full report)", "", false, "", ""),
            AUTHOR);
    attachToPublication(cover, report, "year-in-review");
  }

  /** Gives a live item of the current office a hero picture, in a new published revision. */
  private void showAsHero(MediaItem picture, String slug) {
    publishing.republish(
        EN,
        slug,
        latest ->
            new RevisionInput(
                latest.title(),
                latest.summary(),
                latest.body(),
                new CommonFields(
                    picture.id(),
                    picture.details().altText(),
                    false,
                    latest.common().seoDescription(),
                    latest.common().socialImageId()),
                latest.fields()));
  }

  /** Gives the publication at {@code slug} a cover and a document to download, and publishes it. */
  private void attachToPublication(MediaItem cover, MediaItem document, String slug) {
    publishing.republish(
        EN,
        slug,
        latest ->
            new RevisionInput(
                latest.title(),
                latest.summary(),
                latest.body(),
                latest.common(),
                Jsons.createObjectBuilder(latest.fields())
                    .add("cover", String.valueOf(cover.id()))
                    .add("documents", String.valueOf(document.id()))
                    .build()));
  }
}
