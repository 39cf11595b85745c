package org.meridian.app.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * Every production class of Meridian, imported once for all architecture tests. The app module
 * depends on every other module, so its test class path holds all of them.
 */
final class MeridianClasses {

  private static JavaClasses all;

  private MeridianClasses() {}

  static synchronized JavaClasses all() {
    if (all == null) {
      all =
          new ClassFileImporter()
              .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
              .importPackages("org.meridian");
    }
    return all;
  }

  /** The module a class belongs to: the package segment after {@code org.meridian}. */
  static String moduleOf(String packageName) {
    String rest = packageName.startsWith("org.meridian.") ? packageName.substring(13) : "";
    int dot = rest.indexOf('.');
    return dot < 0 ? rest : rest.substring(0, dot);
  }
}
