package org.meridian.content.blueprint;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.meridian.content.ContentService;
import org.meridian.content.ContentType;
import org.meridian.content.RevisionInput;
import org.meridian.content.Slug;
import org.meridian.content.menu.MenuName;
import org.meridian.content.menu.Menus;
import org.meridian.content.translation.Translations;
import org.meridian.tenancy.Refusal;
import org.meridian.tenancy.RefusedArgumentException;
import org.meridian.tenancy.TenantContext;
import org.meridian.tenancy.office.LanguageTag;
import org.meridian.tenancy.office.Office;
import org.meridian.tenancy.office.OfficeDirectory;
import org.meridian.tenancy.office.OfficeRef;
import org.meridian.tenancy.office.OfficeType;

/**
 * Creates an office with the network's standard site in one transaction — all of it or nothing: in
 * each of its languages, empty draft pages for "About us", "Our work" with "Data and resources",
 * "Take action" and "2030 Agenda", and "Contact"; a main menu (Who we are &gt; About us, Our
 * network; Our work &gt; …; News; Contact) and a footer menu. Each page in the other languages is
 * linked as a translation of the page in the office's default language. Entries show on the site
 * once their pages are published.
 */
@ApplicationScoped
public class OfficeProvisioning {

  @Inject private OfficeDirectory offices;
  @Inject private TenantContext tenant;
  @Inject private ContentService content;
  @Inject private Menus menus;
  @Inject private Translations translations;

  @Transactional
  public OfficeRef provision(NewOffice spec, String author) {
    if (spec.type() == OfficeType.HQ) {
      throw new RefusedArgumentException(
          Refusal.of(
              "office.one_hq",
              "The network has one HQ; new offices are regional or country offices"));
    }
    if (spec.parent() == null) {
      throw new RefusedArgumentException(
          Refusal.of("office.choose_parent", "Choose the parent office (HQ or a regional office)"));
    }
    Office parent = offices.load(spec.parent());
    Office office =
        new Office(
            spec.code(), spec.type(), parent, spec.languages(), spec.timeZone(), spec.names());
    spec.hostNames().forEach(office::addHostName);
    OfficeRef created = offices.create(office, author);
    Optional<OfficeRef> hq =
        offices.all().stream().filter(o -> o.type() == OfficeType.HQ).findFirst();
    tenant.runAs(
        created,
        () -> {
          Map<LanguageTag, Map<String, Long>> pages = new LinkedHashMap<>();
          created
              .languages()
              .forEach(language -> pages.put(language, buildSite(language, hq, author)));
          linkTranslations(created.defaultLanguage(), pages, author);
        });
    return created;
  }

  /**
   * The same blueprint page in every language is one translation set, from the default language.
   */
  private void linkTranslations(
      LanguageTag defaultLanguage, Map<LanguageTag, Map<String, Long>> pages, String author) {
    Map<String, Long> sources = pages.get(defaultLanguage);
    pages.forEach(
        (language, byKey) -> {
          if (!language.equals(defaultLanguage)) {
            byKey.forEach((key, id) -> translations.link(sources.get(key), id, author));
          }
        });
  }

  /** Builds the site in one language; returns its pages by blueprint key. */
  private Map<String, Long> buildSite(LanguageTag language, Optional<OfficeRef> hq, String author) {
    long about = page(language, "about", author);
    long work = page(language, "work", author);
    long data = page(language, "data", author);
    long action = page(language, "action", author);
    long agenda = page(language, "agenda", author);
    long contact = page(language, "contact", author);

    long who = menus.add(MenuName.MAIN, language, null, title(language, "who"), null, null);
    menus.add(MenuName.MAIN, language, who, title(language, "about"), about, null);
    hq.ifPresent(
        headquarters ->
            menus.add(
                MenuName.MAIN,
                language,
                who,
                title(language, "network"),
                null,
                "/"
                    + headquarters.code()
                    + "/"
                    + (headquarters.publishesIn(language)
                        ? language
                        : headquarters.defaultLanguage())
                    + "/"));
    long ourWork = menus.add(MenuName.MAIN, language, null, title(language, "work"), work, null);
    menus.add(MenuName.MAIN, language, ourWork, title(language, "data"), data, null);
    menus.add(MenuName.MAIN, language, ourWork, title(language, "action"), action, null);
    menus.add(MenuName.MAIN, language, ourWork, title(language, "agenda"), agenda, null);
    menus.add(MenuName.MAIN, language, null, title(language, "news"), null, "news");
    menus.add(MenuName.MAIN, language, null, title(language, "contact"), contact, null);
    menus.add(MenuName.FOOTER, language, null, title(language, "about"), about, null);
    menus.add(MenuName.FOOTER, language, null, title(language, "contact"), contact, null);
    return Map.of(
        "about", about,
        "work", work,
        "data", data,
        "action", action,
        "agenda", agenda,
        "contact", contact);
  }

  private long page(LanguageTag language, String key, String author) {
    BlueprintWords.Words words = BlueprintWords.of(language, key);
    return content
        .create(
            ContentType.PAGE,
            language,
            new Slug(words.slug()),
            new RevisionInput(words.title(), "", ""),
            author)
        .getId();
  }

  private static String title(LanguageTag language, String key) {
    return BlueprintWords.of(language, key).title();
  }
}
