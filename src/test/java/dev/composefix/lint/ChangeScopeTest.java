package dev.composefix.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.composefix.support.Yaml;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.NewValue;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlEditor;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChangeScopeTest {

  private static final String YAML =
      """
      x-base: &base
        restart: always
        deploy:
          replicas: 1
      services:
        gpu:
          <<: *base
          runtime: nvidia
        db:
          <<: *base
          image: postgres:15-alpine
        own:
          <<: *base
          deploy:
            replicas: 2
        copy: &copy
          image: x
        alias: *copy
      """;

  private static Set<String> changedByInsert(String path, String key) throws CannotEditException {
    YDocument document = Yaml.parse(YAML);
    YamlEditor editor = new YamlEditor(document);
    return new ChangeScope(document)
        .changedServices(
            editor.insertEntry(Yaml.mappingAt(document, path), key, NewValue.string("v")));
  }

  @Test
  void anEditInAnAnchorReachesEveryServiceThatReadsIt() throws CannotEditException {
    assertEquals(Set.of("gpu", "db"), changedByInsert("x-base.deploy", "mode"));
  }

  @Test
  void anEditInOneServiceReachesOnlyIt() throws CannotEditException {
    assertEquals(Set.of("own"), changedByInsert("services.own.deploy", "mode"));
    assertEquals(Set.of("gpu"), changedByInsert("services.gpu", "gpus"));
  }

  @Test
  void anAliasedServiceChangesWithItsAnchor() throws CannotEditException {
    assertEquals(Set.of("copy", "alias"), changedByInsert("services.copy", "runtime"));
  }

  @Test
  void anEditOutsideTheServicesReachesNone() throws CannotEditException {
    assertEquals(Set.of(), changedByInsert("", "x-note"));
  }
}
