package dev.composefix.yaml;

import dev.composefix.text.TextEdit;
import java.util.ArrayList;
import java.util.List;

/** Text edits together with what they mean for the data, so the result can be checked. */
public record YamlChange(List<TextEdit> edits, List<Intent> intents) {

  public YamlChange {
    edits = List.copyOf(edits);
    intents = List.copyOf(intents);
  }

  public static YamlChange of(TextEdit edit, Intent intent) {
    return new YamlChange(List.of(edit), List.of(intent));
  }

  public YamlChange plus(YamlChange other) {
    List<TextEdit> allEdits = new ArrayList<>(edits);
    allEdits.addAll(other.edits);
    List<Intent> allIntents = new ArrayList<>(intents);
    allIntents.addAll(other.intents);
    return new YamlChange(allEdits, allIntents);
  }
}
