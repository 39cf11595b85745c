package org.meridian.app.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Console sessions move between servers (the data grid; {@code ClusterOutageIT} kills the node an
 * editor works on): every view- and session-scoped bean travels with the session, serialised on one
 * node and read back on another, where nothing is injected again. So each such bean is
 * serialisable, and every field it holds either travels (a serialisable value, a collection of
 * them) or is a client proxy of a normal-scoped bean, which finds that bean again on the other
 * node. An injected field must not be {@code transient}: it would arrive null, and the editor's
 * next click would fail. (Other transient fields, such as an upload's {@code Part}, are fine where
 * the bean reads them again when null.)
 */
class ConsoleSessionsTravelTest {

  @Test
  void everyViewAndSessionBeanTravelsWithItsSession() throws Exception {
    List<String> problems = new ArrayList<>();
    int beans = 0;
    for (JavaClass bean : MeridianClasses.all()) {
      if (!bean.isAnnotatedWith(ViewScoped.class) && !bean.isAnnotatedWith(SessionScoped.class)) {
        continue;
      }
      beans++;
      Class<?> type = Class.forName(bean.getName());
      if (!Serializable.class.isAssignableFrom(type)) {
        problems.add(type.getSimpleName() + " is not Serializable");
      }
      for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
        for (Field field : c.getDeclaredFields()) {
          problemWith(field).ifPresent(p -> problems.add(type.getSimpleName() + "." + p));
        }
      }
    }
    assertThat(beans).as("view- and session-scoped beans found").isGreaterThan(20);
    assertThat(problems).as("what would not survive a session moving to another node").isEmpty();
  }

  private static Optional<String> problemWith(Field field) {
    int modifiers = field.getModifiers();
    if (Modifier.isStatic(modifiers)) {
      return Optional.empty();
    }
    boolean injected = field.isAnnotationPresent(Inject.class);
    if (Modifier.isTransient(modifiers)) {
      return injected
          ? Optional.of(field.getName() + " is injected and transient: null on the other node")
          : Optional.empty();
    }
    if (injected && normalScoped(field.getType())) {
      return Optional.empty();
    }
    return Optional.ofNullable(whyNot(field.getGenericType(), new java.util.HashSet<>()))
        .map(why -> field.getName() + ": " + why);
  }

  private static boolean normalScoped(Class<?> type) {
    return type.isAnnotationPresent(ApplicationScoped.class)
        || type.isAnnotationPresent(RequestScoped.class)
        || type.isAnnotationPresent(SessionScoped.class)
        || type.isAnnotationPresent(ViewScoped.class);
  }

  /** A class that says what it travels as ({@code writeReplace}: its JSON as text, say). */
  private static boolean travelsAsAnother(Class<?> c) {
    try {
      c.getDeclaredMethod("writeReplace");
      return true;
    } catch (NoSuchMethodException none) {
      return false;
    }
  }

  /**
   * Why a value of {@code type} would not serialise (null: it does): a value whose own fields do
   * (checked down through Meridian's types), or a collection or map of them. {@code
   * java.time.Clock} is taken as it is made ({@code ServerClock}: the JDK's system clock, perhaps
   * offset, both serialisable).
   */
  private static String whyNot(Type type, java.util.Set<Type> seen) {
    if (!seen.add(type)) {
      return null;
    }
    if (type instanceof Class<?> c) {
      // Object: a record's loose values (Refusal's arguments) cannot be told from their type.
      if (c.isPrimitive() || c.isEnum() || c == java.time.Clock.class || c == Object.class) {
        return null;
      }
      if (!Serializable.class.isAssignableFrom(c)) {
        return c.getName() + " is not Serializable";
      }
      if (!c.getName().startsWith("org.meridian.") || travelsAsAnother(c)) {
        return null;
      }
      for (Class<?> k = c; k != null && k != Object.class; k = k.getSuperclass()) {
        for (Field field : k.getDeclaredFields()) {
          int modifiers = field.getModifiers();
          if (Modifier.isStatic(modifiers) || Modifier.isTransient(modifiers)) {
            continue;
          }
          String why = whyNot(field.getGenericType(), seen);
          if (why != null) {
            return c.getSimpleName() + "." + field.getName() + ": " + why;
          }
        }
      }
      return null;
    }
    if (type instanceof ParameterizedType generic && generic.getRawType() instanceof Class<?> raw) {
      boolean container =
          Collection.class.isAssignableFrom(raw)
              || Map.class.isAssignableFrom(raw)
              || Serializable.class.isAssignableFrom(raw);
      if (!container) {
        return raw.getName() + " is not Serializable";
      }
      for (Type argument : generic.getActualTypeArguments()) {
        String why = whyNot(argument, seen);
        if (why != null) {
          return why;
        }
      }
      return null;
    }
    return type + ": a type variable or wildcard cannot be told";
  }
}
