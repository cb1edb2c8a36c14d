package dev.composefix.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.composefix.text.TextEdits;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlChange;
import dev.composefix.yaml.YamlData;
import dev.composefix.yaml.YamlEditor;

/** Editor tests: make one edit and check that the new text means exactly what it intends. */
public final class Edits {

  private Edits() {}

  /** An edit of a parsed document. */
  @FunctionalInterface
  public interface Edit {
    YamlChange make(YamlEditor editor, YDocument document) throws CannotEditException;
  }

  /** Makes the edit and checks that the new text means the old data plus the edit's intents. */
  public static String edit(String yaml, Edit edit) {
    YDocument before = Yaml.parse(yaml);
    YamlChange change;
    try {
      change = edit.make(new YamlEditor(before), before);
    } catch (CannotEditException e) {
      throw new AssertionError("edit refused: " + e.getMessage(), e);
    }
    String text = TextEdits.apply(before.source().text(), change.edits());
    assertEquals(
        YamlData.of(before, change.intents()),
        YamlData.of(Yaml.parse(text)),
        "the new text means the intended data");
    return text;
  }

  /** Why the editor refuses an edit; a refusal is the case where the file must stay as it is. */
  public static String refusal(String yaml, Edit edit) {
    YDocument document = Yaml.parse(yaml);
    return assertThrows(
            CannotEditException.class, () -> edit.make(new YamlEditor(document), document))
        .getMessage();
  }
}
