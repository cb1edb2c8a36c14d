package dev.composefix.images.routes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.composefix.images.dockerfile.CopyFact;
import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link BuildRequest}, {@link Limits}, {@link Route}, {@link SourcePort} and {@link CopyFact}
 * write their equals and hashCode out (a record's generated ones cost a cold run spun classes), so
 * this checks they still read every component: two values that differ in any one component are not
 * equal, and equal values hash alike.
 */
class BuildRequestEqualityTest {

  @Test
  void aRequestDiffersInEachOfItsComponents() throws Exception {
    assertEveryComponentCounts(BuildRequest.of(Path.of("ctx")));
  }

  @Test
  void limitsDifferInEachOfTheirComponents() throws Exception {
    assertEveryComponentCounts(Limits.DEFAULT);
  }

  @Test
  void aRouteDiffersInEachOfItsComponents() throws Exception {
    assertEveryComponentCounts(
        new Route(
            "/health",
            Route.Kind.HEALTH,
            "app.py",
            3,
            "fastapi",
            Optional.of("get"),
            Optional.of(new SourcePort(8000, "app.py", 9, "uvicorn.run(port=8000)"))));
  }

  @Test
  void aSourcePortDiffersInEachOfItsComponents() throws Exception {
    assertEveryComponentCounts(new SourcePort(8000, "app.py", 9, "uvicorn.run(port=8000)"));
  }

  @Test
  void aCopyDiffersInEachOfItsComponents() throws Exception {
    assertEveryComponentCounts(
        new CopyFact("COPY", List.of("app"), "/srv/app", Optional.empty(), "0", 4));
  }

  private static <R extends Record> void assertEveryComponentCounts(R base) throws Exception {
    RecordComponent[] components = base.getClass().getRecordComponents();
    Class<?>[] types = new Class<?>[components.length];
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < components.length; i++) {
      types[i] = components[i].getType();
      values.add(components[i].getAccessor().invoke(base));
    }
    Constructor<?> canonical = base.getClass().getDeclaredConstructor(types);
    Object same = canonical.newInstance(values.toArray());
    assertEquals(base, same);
    assertEquals(base.hashCode(), same.hashCode());
    for (int i = 0; i < components.length; i++) {
      List<Object> changed = new ArrayList<>(values);
      changed.set(i, other(components[i].getGenericType(), values.get(i)));
      assertNotEquals(base, canonical.newInstance(changed.toArray()), components[i].getName());
    }
  }

  /** A value of the type that differs from {@code value}. */
  private static Object other(Type type, Object value) {
    Class<?> raw =
        type instanceof ParameterizedType parameterized
            ? (Class<?>) parameterized.getRawType()
            : (Class<?>) type;
    if (raw == int.class) {
      return (Integer) value + 1;
    }
    if (raw == long.class) {
      return (Long) value + 1;
    }
    if (raw == String.class) {
      return value + "x";
    }
    if (raw == Path.class) {
      return Path.of(value + "x");
    }
    if (raw == Map.class) {
      return Map.of("other", "x");
    }
    if (raw == Set.class) {
      return Set.of("other");
    }
    if (raw == List.class) {
      return List.of("other");
    }
    if (raw == Route.Kind.class) {
      return value == Route.Kind.HEALTH ? Route.Kind.ROOT : Route.Kind.HEALTH;
    }
    if (raw == Limits.class) {
      return new Limits(1, 1, 1, 1);
    }
    if (raw == Optional.class) {
      Type inner = ((ParameterizedType) type).getActualTypeArguments()[0];
      if (inner == SourcePort.class) {
        return Optional.of(new SourcePort(1, "other", 1, "other"));
      }
      return Optional.of(inner == String.class ? "other" : List.of("other"));
    }
    throw new AssertionError("no other value for " + type + "; add one here");
  }
}
