package org.meridian.app.demo;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.meridian.content.blueprint.NewOffice;
import org.meridian.content.blueprint.OfficeProvisioning;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.AccentColour;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.OfficeCode;
import org.meridian.tenancy.office.OfficeContact;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeProfile;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;
import org.meridian.tenancy.office.SocialNetwork;

/**
 * Three offices under HQ that publish in Arabic, Spanish and Portuguese: every language of the
 * public site, and a right-to-left one, show out of the box. The blueprint gives each its sections
 * and menus in its language; here they get their news, contact, social links and brand colour.
 */
@ApplicationScoped
class DemoWorldOffices {

  private record World(
      String code,
      LanguageTag language,
      String zone,
      String name,
      String colour,
      OfficeContact contact,
      List<DemoTexts.Item> news) {}

  private static final List<World> WORLD =
      List.of(
          new World(
              "jordan",
              DemoWorldTexts.AR,
              "Asia/Amman",
              "ميريديان في الأردن",
              "#00695c",
              new OfficeContact(
                  "info@jordan.meridian.example.org", "+962 6 500 0000", "شارع المدينة، عمّان"),
              DemoWorldTexts.jordan()),
          new World(
              "peru",
              DemoWorldTexts.ES,
              "America/Lima",
              "Meridian en el Perú",
              "#8a1538",
              new OfficeContact(
                  "info@peru.meridian.example.org", "+51 1 500 0000", "Avenida Central 100\nLima"),
              DemoWorldTexts.peru()),
          new World(
              "mozambique",
              DemoWorldTexts.PT,
              "Africa/Maputo",
              "Meridian em Moçambique",
              "#3d5a00",
              new OfficeContact(
                  "info@mozambique.meridian.example.org",
                  "+258 21 500 000",
                  "Avenida Principal 200\nMaputo"),
              DemoWorldTexts.mozambique()));

  @Inject private OfficeDirectory offices;
  @Inject private OfficeProvisioning provisioning;
  @Inject private TenantContext tenant;
  @Inject private DemoPublishing publishing;

  void load(OfficeRef hq) {
    for (World world : WORLD) {
      OfficeRef office =
          provisioning.provision(
              new NewOffice(
                  new OfficeCode(world.code()),
                  OfficeType.COUNTRY,
                  hq.code(),
                  List.of(world.language()),
                  ZoneId.of(world.zone()),
                  Map.of(world.language(), world.name()),
                  List.of()),
              DemoPublishing.AUTHOR);
      offices.updateProfile(
          office.code(),
          new OfficeProfile(
              Map.of(world.language(), world.name()),
              new AccentColour(world.colour()),
              world.contact(),
              Map.of(
                  SocialNetwork.FACEBOOK,
                  "https://www.facebook.com/meridian." + world.code(),
                  SocialNetwork.X,
                  "https://x.com/meridian_" + world.code()),
              ZoneId.of(world.zone())),
          DemoWorkflow.HQ_ADMIN);
      OfficeRef updated = offices.find(office.code()).orElseThrow();
      tenant.runAs(updated, () -> world.news().forEach(publishing::publish));
    }
  }
}
