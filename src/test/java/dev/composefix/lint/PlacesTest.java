package dev.composefix.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.compose.ComposeFile;
import dev.composefix.support.Yaml;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YSequence;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlacesTest {

  private static final String STACK =
      """
      x-env: &env
        SHARED: one
      x-unused:
        LONE: two
      services:
        api:
          environment:
            <<: *env
            OWN: three
          command: [run, --fast]
        worker:
          environment: *env
        copy: &copy
          image: x
        alias: *copy
      """;

  private static String placeOf(YDocument document, YNode node, List<YNode> wanted)
      throws InvalidYamlException {
    return Places.of(ComposeFile.of(document).orElseThrow(), wanted).of(node);
  }

  @Test
  void aNodeBelongsToTheFirstServiceThatReachesItThroughAliasesAndMergeKeys()
      throws InvalidYamlException {
    YDocument document = Yaml.parse(STACK);
    YNode shared = Yaml.at(document, "x-env.SHARED");
    YNode own = Yaml.at(document, "services.api.environment.OWN");
    YNode image = Yaml.at(document, "services.copy.image");
    List<YNode> wanted = List.of(shared, own, image);
    assertEquals("service 'api'", placeOf(document, shared, wanted));
    assertEquals("service 'api'", placeOf(document, own, wanted));
    assertEquals("service 'copy'", placeOf(document, image, wanted));
  }

  @Test
  void aNodeNoServiceReachesBelongsToItsSection() throws InvalidYamlException {
    YDocument document = Yaml.parse(STACK);
    YNode lone = Yaml.at(document, "x-unused.LONE");
    assertEquals("section 'x-unused'", placeOf(document, lone, List.of(lone)));
  }

  @Test
  void onlyTheNodesAskedAboutAreNamed() throws InvalidYamlException {
    YDocument document = Yaml.parse(STACK);
    YNode fast = ((YSequence) Yaml.at(document, "services.api.command")).items().get(1);
    YNode lone = Yaml.at(document, "x-unused.LONE");
    assertEquals("service 'api'", placeOf(document, fast, List.of(fast)));
    assertEquals("the file", placeOf(document, fast, List.of(lone)));
    assertEquals("the file", placeOf(document, fast, List.of()));
  }

  @Test
  void aNodeInsideAnAnchorIsReachedThroughItsAliasWhateverTheWalkPassesOver()
      throws InvalidYamlException {
    // The walks pass over collections that hold no node asked about and no alias: x-a's other
    // keys and s1. inner is anchored inside x-a and reached from s2 through its alias.
    YDocument document =
        Yaml.parse(
            """
            x-a: &a
              inner: &b
                K: ${SECRET:-x}
              other: {deep: [1, 2]}
            services:
              s1:
                image: x
              s2:
                environment: *b
              s3: *a
            """);
    YNode secret = Yaml.at(document, "x-a.inner.K");
    YNode deep = ((YSequence) Yaml.at(document, "x-a.other.deep")).items().get(0);
    assertEquals("service 's2'", placeOf(document, secret, List.of(secret, deep)));
    assertEquals("service 's3'", placeOf(document, deep, List.of(secret, deep)));
  }
}
