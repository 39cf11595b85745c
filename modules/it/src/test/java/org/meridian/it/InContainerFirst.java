package org.meridian.it;

import java.util.Comparator;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.junit.jupiter.api.ClassDescriptor;
import org.junit.jupiter.api.ClassOrderer;
import org.junit.jupiter.api.ClassOrdererContext;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The order of the classes of a pass (set in {@code junit-platform.properties}): the in-container
 * (Arquillian) classes first, because their deployment is what the suite server runs; the classes
 * that need the pass's extra server ({@link NeedsSecondServer}) last; the others in between, in the
 * order they were found.
 */
public final class InContainerFirst implements ClassOrderer {

  @Override
  public void orderClasses(ClassOrdererContext context) {
    // List.sort is stable: within a rank the classes keep their order.
    context.getClassDescriptors().sort(Comparator.comparingInt(InContainerFirst::rank));
  }

  private static int rank(ClassDescriptor descriptor) {
    boolean inContainer =
        descriptor.findRepeatableAnnotations(ExtendWith.class).stream()
            .anyMatch(
                extendWith ->
                    java.util.Arrays.asList(extendWith.value())
                        .contains(ArquillianExtension.class));
    if (inContainer) {
      return 0;
    }
    return descriptor.isAnnotated(NeedsSecondServer.class) ? 2 : 1;
  }
}
