package org.meridian.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/**
 * The one deployment of the in-container tests: Meridian's ROOT.war with every in-container test
 * class. The suite server of the pass runs it ({@code org.meridian.it.suite}), so every
 * in-container class must deploy exactly this.
 */
final class InContainer {

  private InContainer() {}

  static WebArchive deployment() {
    return ShrinkWrap.create(ZipImporter.class, "ROOT.war")
        .importFrom(new File(System.getProperty("meridian.it.war", "../app/target/ROOT.war")))
        .as(WebArchive.class)
        .addClasses(
            InContainer.class,
            OfficeIsolationIT.class,
            TranslationsIT.class,
            EventListsIT.class,
            LiveListReadsIT.class,
            ScheduledClaimsIT.class,
            NetworkHealthFiguresIT.class,
            SharedReadsIT.class,
            ReadingLimitIT.class,
            OneConnectionAtATimeIT.class,
            ApiTokenScenarios.class);
  }
}
