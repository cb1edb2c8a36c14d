package dev.composefix.compose;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.Interpolation.Reference;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InterpolationTest {

  @Test
  void findsBracedAndBareReferencesInOrder() {
    String text = "a ${A} $B-${C:-x}";
    assertEquals(
        List.of(
            new Reference(2, 6, "A", "", 5, 5),
            new Reference(7, 9, "B", "", 9, 9),
            new Reference(10, 17, "C", ":-", 15, 16)),
        Interpolation.references(text));
  }

  @Test
  void readsEveryOperator() {
    List<String> operators =
        Interpolation.references("${A:-1}${B-2}${C:?3}${D?4}${E:+5}${F+6}").stream()
            .map(reference -> reference.name() + reference.operator())
            .toList();
    assertEquals(List.of("A:-", "B-", "C:?", "D?", "E:+", "F+"), operators);
  }

  @Test
  void anEscapedDollarIsNeverAReference() {
    assertEquals(List.of(), Interpolation.references("$${A:-x} $$B"));
    assertEquals(
        List.of(new Reference(2, 9, "A", ":-", 7, 8)), Interpolation.references("$$${A:-x}"));
    assertEquals(
        List.of(new Reference(0, 10, "A", ":-", 5, 9)), Interpolation.references("${A:-$${x}}"));
  }

  @Test
  void aDefaultMayNestReferences() {
    String text = "${A:-${B:-x}}";
    List<Reference> top = Interpolation.references(text);
    assertEquals(List.of(new Reference(0, 13, "A", ":-", 5, 12)), top);
    assertEquals("${B:-x}", top.get(0).argument(text));
    assertEquals(
        List.of(new Reference(5, 12, "B", ":-", 10, 11)), Interpolation.nested(text, top.get(0)));
  }

  @Test
  void referencesInAPartOfTheTextHaveOffsetsIntoTheWhole() {
    assertEquals(
        List.of(new Reference(4, 8, "B", "", 7, 7)),
        Interpolation.references("${A}${B}${C}", 4, 8));
  }

  @Test
  void malformedReferencesAreSkipped() {
    assertEquals(List.of(), Interpolation.references("${A x} ${1A} ${} ${A:}"));
    assertEquals(List.of(), Interpolation.references("${A:-x"));
    assertEquals(List.of(), Interpolation.references("$ $1 $"));
  }

  @Test
  void tellsDefaultsFromRequirementsAndEmptyArguments() {
    Reference emptyDefault = Interpolation.references("${A:-}").get(0);
    assertEquals(
        List.of(true, false, true),
        List.of(
            emptyDefault.hasDefault(), emptyDefault.isRequired(), emptyDefault.hasEmptyArgument()));
    Reference required = Interpolation.references("${A?x}").get(0);
    assertEquals(
        List.of(false, true, false),
        List.of(required.hasDefault(), required.isRequired(), required.hasEmptyArgument()));
  }

  @Test
  void writesARequiredReference() {
    assertEquals(
        "${POSTGRES_PASSWORD:?POSTGRES_PASSWORD is required}",
        Interpolation.required("POSTGRES_PASSWORD"));
    assertEquals(
        List.of(new Reference(0, 21, "PW", ":?", 6, 20)),
        Interpolation.references(Interpolation.required("PW")));
  }

  @Test
  void knowsWhetherAStringRefersToAnything() {
    assertEquals(
        List.of(true, true, false, false),
        List.of(
            Interpolation.hasReference("x${A}"),
            Interpolation.hasReference("pa$word"),
            Interpolation.hasReference("pa$$word"),
            Interpolation.hasReference("")));
  }

  @Test
  void defaultsAreReadLikeComposeReadsAnUnsetVariable() {
    assertEquals(Optional.of("all"), Interpolation.withDefaults("${A:-all}"));
    assertEquals(Optional.of("all"), Interpolation.withDefaults("${A-all}"));
    assertEquals(Optional.of("x-inner-y"), Interpolation.withDefaults("x-${A:-${B:-inner}}-y"));
    assertEquals(Optional.of(""), Interpolation.withDefaults("${A:-}"));
    assertEquals(Optional.of("$HOME ${A:-x}"), Interpolation.withDefaults("$$HOME $${A:-x}"));
    assertEquals(Optional.empty(), Interpolation.withDefaults("${A}"));
    assertEquals(Optional.empty(), Interpolation.withDefaults("$A"));
    assertEquals(Optional.empty(), Interpolation.withDefaults("${A:?A is required}"));
    assertEquals(Optional.empty(), Interpolation.withDefaults("${A:-${B}}"));
    // Unlike resolve with nothing set, a ${A:+r} counts as unknown here, not as empty.
    assertEquals(Optional.empty(), Interpolation.withDefaults("${A:+r}"));
  }

  @Test
  void resolvesEachOperatorAsComposeDoes() {
    java.util.Map<String, String> set = java.util.Map.of("SET", "v", "EMPTY", "");
    java.util.function.Function<String, Optional<String>> lookup =
        name -> Optional.ofNullable(set.get(name));
    assertEquals(
        Optional.of("v|d|d|v|d|"),
        Interpolation.resolve(
            "${SET:-d}|${EMPTY:-d}|${NO:-d}|${SET-d}|${NO-d}|${EMPTY-d}", lookup));
    assertEquals(
        Optional.of("r||r|"),
        Interpolation.resolve("${SET:+r}|${EMPTY:+r}|${EMPTY+r}|${NO+r}", lookup));
    assertEquals(Optional.of("v $X"), Interpolation.resolve("$SET $$X", lookup));
    assertEquals(Optional.of("a-v"), Interpolation.resolve("${NO:-a-${SET}}", lookup));
  }

  @Test
  void aValueThatIsUnknownOrRequiredAndUnsetResolvesToNothing() {
    java.util.function.Function<String, Optional<String>> lookup =
        name -> name.equals("EMPTY") ? Optional.of("") : Optional.empty();
    assertEquals(Optional.empty(), Interpolation.resolve("${NO}", lookup));
    assertEquals(Optional.empty(), Interpolation.resolve("${NO:?e}", lookup));
    assertEquals(Optional.empty(), Interpolation.resolve("${EMPTY:?e}", lookup));
    assertEquals(Optional.of(""), Interpolation.resolve("${EMPTY?e}", lookup));
  }
}
