package org.meridian.app.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * The modules' walls: dependencies point one way (tenancy &larr; content &larr; workflow &larr;
 * site, api, admin &larr; app; site, api and admin know nothing of each other), and a module's
 * {@code internal} packages are its own.
 */
class ModuleBoundariesTest {

  /** The plan of docs/architecture.md, as a rule. */
  static final ArchRule MODULES_POINT_ONE_WAY =
      layeredArchitecture()
          .consideringOnlyDependenciesInLayers()
          .layer("tenancy")
          .definedBy("org.meridian.tenancy..")
          .layer("content")
          .definedBy("org.meridian.content..")
          .layer("workflow")
          .definedBy("org.meridian.workflow..")
          .layer("site")
          .definedBy("org.meridian.site..")
          .layer("api")
          .definedBy("org.meridian.api..")
          .layer("admin")
          .definedBy("org.meridian.admin..")
          .layer("app")
          .definedBy("org.meridian.app..")
          .whereLayer("app")
          .mayNotBeAccessedByAnyLayer()
          .whereLayer("site")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("api")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("admin")
          .mayOnlyBeAccessedByLayers("app")
          .whereLayer("workflow")
          .mayOnlyBeAccessedByLayers("site", "api", "admin", "app")
          .whereLayer("content")
          .mayOnlyBeAccessedByLayers("workflow", "site", "api", "admin", "app")
          .whereLayer("tenancy")
          .mayOnlyBeAccessedByLayers("content", "workflow", "site", "api", "admin", "app");

  /** Only classes of module X use the packages {@code org.meridian.X..internal..}. */
  static final ArchRule INTERNAL_PACKAGES_STAY_IN_THEIR_MODULE =
      classes()
          .that()
          .resideInAPackage("org.meridian..")
          .should(useInternalPackagesOfTheirOwnModuleOnly())
          .because("a module's internal packages are its machinery, not its interface");

  @Test
  void modulesDependOneWayAndSiteApiAndAdminNotOnEachOther() {
    MODULES_POINT_ONE_WAY.check(MeridianClasses.all());
  }

  @Test
  void noModuleUsesAnotherModulesInternalPackages() {
    INTERNAL_PACKAGES_STAY_IN_THEIR_MODULE.check(MeridianClasses.all());
  }

  private static ArchCondition<JavaClass> useInternalPackagesOfTheirOwnModuleOnly() {
    return new ArchCondition<>("use only their own module's internal packages") {
      @Override
      public void check(JavaClass origin, ConditionEvents events) {
        String module = MeridianClasses.moduleOf(origin.getPackageName());
        for (Dependency d : origin.getDirectDependenciesFromSelf()) {
          String target = d.getTargetClass().getPackageName();
          boolean internal = target.startsWith("org.meridian.") && isInternal(target);
          if (internal && !MeridianClasses.moduleOf(target).equals(module)) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    };
  }

  private static boolean isInternal(String packageName) {
    return packageName.endsWith(".internal") || packageName.contains(".internal.");
  }
}
