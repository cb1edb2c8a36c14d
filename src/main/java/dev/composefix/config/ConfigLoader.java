package dev.composefix.config;

import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.ParserLimits;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlParser;
import dev.composefix.yaml.YamlTags;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads and validates a {@code .compose-fix.yaml}; every mistake is an error with its position. */
public final class ConfigLoader {

  private static final Pattern DURATION = Pattern.compile("(\\d+(\\.\\d+)?(ns|us|ms|s|m|h))+");

  private final Set<String> ruleNames;

  /**
   * @param ruleNames the rule names {@code select} and {@code ignore} may use
   */
  public ConfigLoader(Set<String> ruleNames) {
    this.ruleNames = ruleNames;
  }

  public Config load(String path, byte[] bytes) throws ConfigException {
    SourceText source;
    try {
      source = SourceText.decode(bytes);
    } catch (InvalidEncodingException e) {
      throw new ConfigException(path, e.position(), e.getMessage());
    }
    YDocument document;
    try {
      document = new YamlParser(ParserLimits.DEFAULTS, "a configuration file").parse(source);
    } catch (InvalidYamlException e) {
      throw new ConfigException(path, source.positionOf(e.offset()), e.getMessage());
    }
    Reader reader = new Reader(path, source);
    if (document.root().isEmpty()) {
      return typed(path, Map.of(), source);
    }
    YNode root = Mappings.resolve(document.root().get());
    if (!(root instanceof YMapping mapping)) {
      throw reader.error(
          root,
          "the configuration must be a mapping of settings; allowed keys: "
              + String.join(", ", ConfigKey.allPaths()));
    }
    Map<ConfigKey, Object> values = new EnumMap<>(ConfigKey.class);
    reader.readSection(mapping, "", values);
    return typed(path, values, source);
  }

  /** The settings read, in their typed sections, with the defaults for what the file leaves out. */
  @SuppressWarnings("unchecked")
  private static Config typed(String path, Map<ConfigKey, Object> values, SourceText source) {
    return new Config(
        Optional.of(path),
        Optional.ofNullable((List<String>) values.get(ConfigKey.SELECT)),
        list(values, ConfigKey.IGNORE),
        Optional.ofNullable((Boolean) values.get(ConfigKey.UNSAFE_FIXES)),
        new Config.Healthcheck(
            Optional.ofNullable((String) values.get(ConfigKey.HEALTHCHECK_START_PERIOD))),
        (Map<String, String>) values.getOrDefault(ConfigKey.PINS, Map.of()),
        new Config.Secrets(
            list(values, ConfigKey.SECRETS_NAMES), list(values, ConfigKey.SECRETS_IGNORE)),
        new Config.Gpu(list(values, ConfigKey.GPU_SERVICES), list(values, ConfigKey.GPU_IMAGES)),
        values.containsKey(ConfigKey.IMAGES)
            ? new Config.Images(
                Optional.of((YNode) values.get(ConfigKey.IMAGES)), Optional.of(source))
            : Config.Images.NONE);
  }

  @SuppressWarnings("unchecked")
  private static List<String> list(Map<ConfigKey, Object> values, ConfigKey key) {
    return (List<String>) values.getOrDefault(key, List.of());
  }

  /** Walks the settings, one section at a time. */
  private final class Reader {

    private final String path;
    private final SourceText source;

    Reader(String path, SourceText source) {
      this.path = path;
      this.source = source;
    }

    void readSection(YMapping mapping, String prefix, Map<ConfigKey, Object> values)
        throws ConfigException {
      for (YEntry entry : mapping.entries()) {
        String name = prefix + entry.keyText();
        ConfigKey key = find(name);
        if (key != null) {
          values.put(key, value(key, Mappings.resolve(entry.value())));
        } else if (isSection(name) && Mappings.resolve(entry.value()) instanceof YMapping section) {
          readSection(section, name + ".", values);
        } else if (isSection(name)) {
          throw error(entry.value(), "'" + name + "' must be a mapping; " + allowedKeys());
        } else {
          throw error(entry.key(), "unknown key '" + name + "'; " + allowedKeys());
        }
      }
    }

    private static String allowedKeys() {
      return "allowed keys: " + String.join(", ", ConfigKey.allPaths());
    }

    private Object value(ConfigKey key, YNode node) throws ConfigException {
      String expected = "'" + key.path() + "' must be " + key.kind().description();
      return switch (key.kind()) {
        case DURATION -> {
          String text = string(node, expected);
          if (!DURATION.matcher(text).matches()) {
            throw error(node, expected + ", got '" + text + "'");
          }
          yield text;
        }
        case BOOLEAN -> {
          if (node instanceof YScalar scalar && YamlTags.BOOL.equals(scalar.resolvedTag())) {
            yield Boolean.parseBoolean(scalar.value().toLowerCase(java.util.Locale.ROOT));
          }
          throw error(node, expected);
        }
        case RULE_LIST, STRING_LIST -> {
          List<String> list = stringList(node, expected);
          if (key.kind() == ConfigKey.ValueKind.RULE_LIST) {
            checkRuleNames(node, list);
          }
          yield List.copyOf(list);
        }
        case IMAGE_ROWS -> {
          if (!(node instanceof YMapping)) {
            throw error(node, expected);
          }
          yield node;
        }
        case STRING_MAP -> {
          if (!(node instanceof YMapping mapping)) {
            throw error(node, expected);
          }
          Map<String, String> map = new LinkedHashMap<>();
          for (YEntry entry : mapping.entries()) {
            map.put(entry.keyText(), string(Mappings.resolve(entry.value()), expected));
          }
          yield map;
        }
      };
    }

    private List<String> stringList(YNode node, String expected) throws ConfigException {
      if (!(node instanceof YSequence sequence)) {
        throw error(node, expected);
      }
      List<String> list = new ArrayList<>();
      for (YNode item : sequence.items()) {
        list.add(string(Mappings.resolve(item), expected));
      }
      return list;
    }

    private void checkRuleNames(YNode node, List<String> names) throws ConfigException {
      for (int i = 0; i < names.size(); i++) {
        if (!ruleNames.contains(names.get(i))) {
          YNode item = ((YSequence) node).items().get(i);
          throw error(
              item, "unknown rule '" + names.get(i) + "'; run 'compose-fix rules' to list them");
        }
      }
    }

    private String string(YNode node, String expected) throws ConfigException {
      if (node instanceof YScalar scalar && !scalar.isEmptyPlain()) {
        return scalar.value();
      }
      throw error(node, expected);
    }

    ConfigException error(YNode node, String message) {
      Position position = source.positionOf(node.span().start());
      return new ConfigException(path, position, message);
    }
  }

  private static ConfigKey find(String path) {
    for (ConfigKey key : ConfigKey.values()) {
      if (key.path().equals(path)) {
        return key;
      }
    }
    return null;
  }

  private static boolean isSection(String name) {
    for (ConfigKey key : ConfigKey.values()) {
      if (key.path().startsWith(name + ".")) {
        return true;
      }
    }
    return false;
  }
}
