package dev.composefix.rules.gpu;

import dev.composefix.compose.Environment;
import dev.composefix.compose.Service;
import dev.composefix.text.TextEdit;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.Intent;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.NewValue;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlChange;
import dev.composefix.yaml.YamlEditor;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One edit of the gpu-deploy fix, planned before it is made: a key inserted into a mapping, an
 * empty value filled, or an item appended to a sequence. Planning first lets services that merge
 * one another share a single edit.
 */
sealed interface GpuEdit {

  /** The keys from the service down to the device list, each looked up through merge keys. */
  List<String> PATH = List.of("deploy", "resources", "reservations", "devices");

  /** The environment item the seed's GPU pattern adds, and its value in map style. */
  String VISIBLE_DEVICES_VALUE = "${" + GpuDemand.VISIBLE_DEVICES + ":-all}";

  String VISIBLE_DEVICES_ITEM = GpuDemand.VISIBLE_DEVICES + "=" + VISIBLE_DEVICES_VALUE;

  /** The node the edit writes into; its anchor, if shared, is what the edit changes for others. */
  YNode target();

  YamlChange make(YamlEditor editor) throws CannotEditException;

  /** Adds a key to a mapping. */
  record Insert(YMapping mapping, String key, NewValue value) implements GpuEdit {
    @Override
    public YNode target() {
      return mapping;
    }

    @Override
    public YamlChange make(YamlEditor editor) throws CannotEditException {
      return editor.insertEntry(mapping, key, value);
    }
  }

  /** Gives a key written without a value ({@code deploy:}) its value. */
  record Fill(YEntry entry, NewValue value) implements GpuEdit {
    @Override
    public YNode target() {
      return entry.value();
    }

    @Override
    public YamlChange make(YamlEditor editor) throws CannotEditException {
      return editor.fillEmptyValue(entry, value);
    }
  }

  /** Adds an item to a sequence. */
  record Append(YSequence sequence, NewValue value) implements GpuEdit {
    @Override
    public YNode target() {
      return sequence;
    }

    @Override
    public YamlChange make(YamlEditor editor) throws CannotEditException {
      return editor.appendItem(sequence, value);
    }
  }

  /** The seed's device: {@code {driver: nvidia, count: ${GPU_COUNT:-1}, capabilities: [gpu]}}. */
  static NewValue device() {
    return NewValue.map()
        .put("driver", NewValue.string("nvidia"))
        .put("count", NewValue.plain("${GPU_COUNT:-1}"))
        .put("capabilities", NewValue.seq(true, NewValue.string("gpu")))
        .build();
  }

  /** The value of {@code PATH[level]}: the rest of the path down to a list holding the device. */
  static NewValue below(int level) {
    NewValue value = NewValue.seq(false, device());
    for (int i = PATH.size() - 1; i > level; i--) {
      value = NewValue.map().put(PATH.get(i), value).build();
    }
    return value;
  }

  /**
   * The edit that reserves the device, merged into whatever part of the path the service already
   * has; empty when it already reserves a device, of any driver.
   *
   * @throws CannotEditException a part of the path is not what Compose allows there
   */
  static Optional<GpuEdit> forDeploy(Service service) throws CannotEditException {
    YMapping level = service.mapping();
    for (int i = 0; i < PATH.size(); i++) {
      String key = PATH.get(i);
      Optional<Mappings.Found> found = Mappings.find(level, key);
      if (found.isEmpty()) {
        return Optional.of(new Insert(level, key, below(i)));
      }
      YNode value = found.get().value();
      if (value instanceof YScalar scalar && scalar.isEmptyPlain()) {
        return Optional.of(new Fill(found.get().entry(), below(i)));
      }
      String path = String.join(".", PATH.subList(0, i + 1));
      if (i == PATH.size() - 1) {
        if (!(value instanceof YSequence devices)) {
          throw new CannotEditException(path + " is not a list");
        }
        return devices.items().isEmpty()
            ? Optional.of(new Append(devices, device()))
            : Optional.empty();
      }
      if (!(value instanceof YMapping mapping)) {
        throw new CannotEditException(path + " is not a mapping");
      }
      level = mapping;
    }
    throw new IllegalStateException("the path ends with the device list");
  }

  /**
   * The edit that sets NVIDIA_VISIBLE_DEVICES in the environment's own style (a list item or a map
   * entry), or that adds a list-style environment; empty when the variable is already there.
   */
  static Optional<GpuEdit> forEnvironment(Service service) throws CannotEditException {
    Optional<Environment> environment = Environment.of(service);
    if (environment.isEmpty()) {
      return Optional.of(
          new Insert(
              service.mapping(),
              "environment",
              NewValue.seq(false, NewValue.string(VISIBLE_DEVICES_ITEM))));
    }
    if (environment.get().get(GpuDemand.VISIBLE_DEVICES).isPresent()) {
      return Optional.empty();
    }
    YNode node = environment.get().node();
    if (node instanceof YSequence list) {
      return Optional.of(new Append(list, NewValue.string(VISIBLE_DEVICES_ITEM)));
    }
    if (node instanceof YMapping map) {
      return Optional.of(
          new Insert(map, GpuDemand.VISIBLE_DEVICES, NewValue.string(VISIBLE_DEVICES_VALUE)));
    }
    if (node instanceof YScalar scalar && scalar.isEmptyPlain()) {
      YEntry entry = service.find("environment").orElseThrow().entry();
      return Optional.of(
          new Fill(entry, NewValue.seq(false, NewValue.string(VISIBLE_DEVICES_ITEM))));
    }
    throw new CannotEditException("environment is neither a list nor a mapping");
  }

  /**
   * Two planned edits, made, as one change. Where both insert at the same point (a key added after
   * a block that the other edit extends), the edit inside the other's target goes first, so that
   * its lines stay within that block.
   */
  static YamlChange combine(
      GpuEdit first, YamlChange firstChange, GpuEdit second, YamlChange secondChange)
      throws CannotEditException {
    if (second.target() == first.target()) {
      if (first.target() instanceof YMapping mapping && mapping.entries().isEmpty()) {
        throw new CannotEditException("cannot add two keys to an empty flow mapping in one edit");
      }
      return joined(firstChange, secondChange);
    }
    return first.target().span().covers(second.target().span())
        ? joined(secondChange, firstChange)
        : joined(firstChange, secondChange);
  }

  /**
   * Both changes, with an insertion of {@code second} at the same point as one of {@code first}
   * written after it.
   */
  private static YamlChange joined(YamlChange first, YamlChange second) throws CannotEditException {
    List<TextEdit> edits = new ArrayList<>(first.edits());
    for (TextEdit edit : second.edits()) {
      int samePoint = -1;
      for (int i = 0; i < edits.size(); i++) {
        if (edit.isInsertion()
            && edits.get(i).isInsertion()
            && edits.get(i).start() == edit.start()) {
          samePoint = i;
        }
      }
      if (samePoint >= 0) {
        TextEdit earlier = edits.get(samePoint);
        edits.set(
            samePoint, TextEdit.insert(edit.start(), earlier.replacement() + edit.replacement()));
      } else {
        edits.add(edit);
      }
    }
    for (int i = 0; i < edits.size(); i++) {
      for (int j = i + 1; j < edits.size(); j++) {
        if (edits.get(i).conflictsWith(edits.get(j))) {
          throw new CannotEditException(
              "the reservation and the environment variable would overlap in the text");
        }
      }
    }
    List<Intent> intents = new ArrayList<>(first.intents());
    intents.addAll(second.intents());
    return new YamlChange(edits, intents);
  }

  /**
   * Every mapping some plan inserts a key into. An insertion into a mapping that merges in another
   * mapping getting the same key goes there instead, so one edit serves both services.
   */
  record Targets(Map<YMapping, Set<String>> insertions) {

    static Targets of(List<GpuEdit> edits) {
      Map<YMapping, Set<String>> insertions = new IdentityHashMap<>();
      for (GpuEdit edit : edits) {
        if (edit instanceof Insert insert) {
          Set<String> keys = insertions.get(insert.mapping());
          if (keys == null) {
            keys = new HashSet<>();
            insertions.put(insert.mapping(), keys);
          }
          keys.add(insert.key());
        }
      }
      return new Targets(insertions);
    }

    GpuEdit shared(GpuEdit edit) {
      if (edit instanceof Insert insert) {
        for (YMapping source : Mappings.mergeSources(insert.mapping())) {
          if (insertions.getOrDefault(source, Set.of()).contains(insert.key())) {
            return new Insert(source, insert.key(), insert.value());
          }
        }
      }
      return edit;
    }
  }
}
