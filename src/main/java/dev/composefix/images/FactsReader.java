package dev.composefix.images;

import dev.composefix.compose.ImageReference;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import dev.composefix.yaml.YamlTags;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads knowledge-base rows and their sources from YAML, validating everything the schema says (the
 * folder's {@code SCHEMA.md}): known keys only, every fact citing a known source, every source
 * cited, names normalized, examples inside their own tag scope, endpoints on a listed port, and
 * health commands that write {@code $$} for the container's shell. The first mistake is an error at
 * its node.
 */
final class FactsReader {

  static final Set<String> PROTOCOLS =
      Set.of(
          "http",
          "https",
          "grpc",
          "tcp",
          "udp",
          "postgres",
          "mysql",
          "tds",
          "redis",
          "memcached",
          "mongodb",
          "amqp",
          "mqtt",
          "nats",
          "kafka",
          "zookeeper",
          "smtp",
          "imap",
          "pop3",
          "dns",
          "ldap",
          "cql",
          "bolt",
          "clickhouse",
          "other");

  private static final Set<String> ROW_KEYS =
      Set.of(
          "id",
          "names",
          "tags",
          "examples",
          "role",
          "shell",
          "user",
          "tools",
          "healthcheck",
          "health",
          "ports",
          "endpoints",
          "credentials",
          "workers",
          "notes");
  private static final Set<String> SOURCE_KEYS = Set.of("repo", "path", "ref", "checked", "says");
  private static final Pattern REPO = Pattern.compile("[\\w.-]+/[\\w.-]+");
  private static final Pattern SINGLE_DOLLAR = Pattern.compile("\\$");

  private final String origin;
  private final LocalDate today;
  private final Map<String, Source> sources = new LinkedHashMap<>();
  private final Set<String> cited = new HashSet<>();
  private final Map<String, YNode> sourceNodes = new LinkedHashMap<>();

  /**
   * @param origin the file the rows come from, recorded on each row
   * @param today the day {@code latest} stands for when examples are checked
   */
  FactsReader(String origin, LocalDate today) {
    this.origin = origin;
    this.today = today;
  }

  /** Reads the {@code sources} mapping; call before {@link #rows}. */
  void sources(YNode node) throws InvalidYamlException {
    for (YEntry entry : mapping(node, "'sources' must map keys to sources").entries()) {
      String key = entry.keyText();
      YMapping source = mapping(entry.value(), "source '" + key + "' must be a mapping");
      knownKeys(source, SOURCE_KEYS, "source '" + key + "'");
      String repo = requiredString(source, "repo", "source '" + key + "'");
      if (!REPO.matcher(repo).matches()) {
        throw error(
            Mappings.get(source, "repo").get(), "source '" + key + "': repo must be owner/name");
      }
      String checkedText = requiredString(source, "checked", "source '" + key + "'");
      LocalDate checked;
      try {
        checked = LocalDate.parse(checkedText);
      } catch (DateTimeParseException e) {
        throw error(
            Mappings.get(source, "checked").get(),
            "source '" + key + "': checked must be a date such as 2026-12-06");
      }
      Optional<String> says =
          Mappings.get(source, "says").isPresent()
              ? Optional.of(requiredString(source, "says", "source '" + key + "'"))
              : Optional.empty();
      sources.put(
          key,
          new Source(
              key,
              repo,
              requiredString(source, "path", "source '" + key + "'"),
              requiredString(source, "ref", "source '" + key + "'"),
              checked,
              says));
      sourceNodes.put(key, entry.key());
    }
  }

  /** Reads the rows of a sequence. */
  List<ImageFacts> rows(YNode node) throws InvalidYamlException {
    YSequence sequence = sequence(node, "the rows must be a list");
    List<ImageFacts> rows = new ArrayList<>();
    for (YNode item : sequence.items()) {
      rows.add(row(mapping(item, "a row must be a mapping")));
    }
    return rows;
  }

  /** Fails on a source that no fact cites; call after {@link #rows}. */
  void checkEverySourceCited() throws InvalidYamlException {
    for (Map.Entry<String, YNode> source : sourceNodes.entrySet()) {
      if (!cited.contains(source.getKey())) {
        throw error(source.getValue(), "source '" + source.getKey() + "' is cited by no fact");
      }
    }
  }

  private ImageFacts row(YMapping row) throws InvalidYamlException {
    String id = requiredString(row, "id", "a row");
    String where = "row " + id;
    knownKeys(row, ROW_KEYS, where);
    List<String> names = names(row, where);
    TagScope tags = tagScope(row, where);
    return new ImageFacts(
        id,
        origin,
        names,
        tags,
        examples(row, where, tags),
        optionalValue(row, "role", where, this::role),
        optionalValue(row, "shell", where, this::shell),
        optionalValue(row, "user", where, (node, w) -> string(node, w + " must be a string")),
        tools(row, where),
        declaredHealthcheck(row, where),
        health(row, where),
        ports(row, where),
        endpoints(row, where),
        credentials(row, where),
        workers(row, where),
        notes(row, where));
  }

  // ---- names and tags ----

  /** The row's image names, at least one, each written as {@link ImageReference} normalizes it. */
  private List<String> names(YMapping row, String where) throws InvalidYamlException {
    List<String> names = stringList(required(row, "names", where), where + ": names");
    if (names.isEmpty()) {
      throw error(row, where + ": names must not be empty");
    }
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (!ImageReference.normalize(name).equals(name)) {
        throw error(
            ((YSequence) Mappings.resolve(Mappings.get(row, "names").get())).items().get(i),
            where
                + ": name '"
                + name
                + "' is not normalized; write '"
                + ImageReference.normalize(name)
                + "'");
      }
    }
    return names;
  }

  /** The row's example tags, at least one, each inside the row's own {@code tags}. */
  private List<String> examples(YMapping row, String where, TagScope tags)
      throws InvalidYamlException {
    List<String> examples = stringList(required(row, "examples", where), where + ": examples");
    if (examples.isEmpty()) {
      throw error(row, where + ": examples must not be empty");
    }
    for (String example : examples) {
      if (!tags.matches(Optional.of(ImageTag.of(Optional.of(example))), today)) {
        throw error(
            Mappings.get(row, "examples").get(),
            where + ": example '" + example + "' is outside the row's own tags");
      }
    }
    return examples;
  }

  private TagScope tagScope(YMapping row, String where) throws InvalidYamlException {
    Optional<YNode> node = Mappings.get(row, "tags");
    if (node.isEmpty()) {
      return TagScope.EVERY_TAG;
    }
    YMapping tags = mapping(node.get(), where + ": tags must be a mapping");
    knownKeys(tags, Set.of("variant", "version", "released", "newest"), where + ": tags");
    List<String> any = List.of();
    List<String> none = List.of();
    Optional<YNode> variantNode = Mappings.get(tags, "variant");
    if (variantNode.isPresent()) {
      YMapping variant = mapping(variantNode.get(), where + ": tags.variant must be a mapping");
      knownKeys(variant, Set.of("any", "none"), where + ": tags.variant");
      any = optionalList(variant, "any", where + ": tags.variant.any");
      none = optionalList(variant, "none", where + ": tags.variant.none");
    }
    Optional<VersionRange> version = optionalRange(tags, "version", where, VersionRange::parse);
    Optional<ReleaseRange> released = optionalRange(tags, "released", where, ReleaseRange::parse);
    List<String> newest = optionalList(tags, "newest", where + ": tags.newest");
    return new TagScope(any, none, version, released, newest);
  }

  /** The range under {@code tags.key}, if any; a text {@code parse} refuses is an error at it. */
  private <T> Optional<T> optionalRange(
      YMapping tags, String key, String where, Function<String, T> parse)
      throws InvalidYamlException {
    Optional<YNode> node = Mappings.get(tags, key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String at = where + ": tags." + key;
    try {
      return Optional.of(parse.apply(string(node.get(), at)));
    } catch (IllegalArgumentException e) {
      throw error(node.get(), at + ": " + e.getMessage());
    }
  }

  // ---- facts ----

  private Role role(YNode node, String where) throws InvalidYamlException {
    return keyed(
        Role.values(),
        Role::key,
        node,
        where,
        "role must be data, api, worker, one-shot or diagnostic");
  }

  private Shell shell(YNode node, String where) throws InvalidYamlException {
    return keyed(Shell.values(), Shell::key, node, where, "shell must be none, sh or bash");
  }

  /** The one of {@code values} whose key the node's string is; else an error that lists them. */
  private <E> E keyed(E[] values, Function<E, String> key, YNode node, String where, String mustBe)
      throws InvalidYamlException {
    String value = string(node, where);
    for (E candidate : values) {
      if (key.apply(candidate).equals(value)) {
        return candidate;
      }
    }
    throw error(node, where + ": " + mustBe);
  }

  private Map<String, ToolFact> tools(YMapping row, String where) throws InvalidYamlException {
    Map<String, ToolFact> tools = new LinkedHashMap<>();
    Optional<YNode> node = Mappings.get(row, "tools");
    if (node.isEmpty()) {
      return tools;
    }
    for (YEntry entry : mapping(node.get(), where + ": tools must be a mapping").entries()) {
      String program = entry.keyText();
      String at = where + ": tools." + program;
      YMapping tool = mapping(entry.value(), at + " must be a mapping");
      knownKeys(tool, Set.of("has", "arch", "options", "src"), at);
      YNode has = required(tool, "has", at);
      Presence presence = presence(has, at);
      List<String> arch = optionalList(tool, "arch", at + ".arch");
      List<String> options = optionalList(tool, "options", at + ".options");
      if (!options.isEmpty() && presence != Presence.BUSYBOX) {
        // A program of its own takes what its version takes; only an applet's options vary
        // with how busybox was built.
        throw error(
            Mappings.get(tool, "options").orElseThrow(), at + ".options needs has: busybox");
      }
      tools.put(program, new ToolFact(program, presence, arch, options, cite(tool, at)));
    }
    return tools;
  }

  private Presence presence(YNode node, String where) throws InvalidYamlException {
    YNode resolved = Mappings.resolve(node);
    if (resolved instanceof YScalar scalar) {
      if (YamlTags.BOOL.equals(scalar.resolvedTag())) {
        return Boolean.parseBoolean(scalar.value().toLowerCase(java.util.Locale.ROOT))
            ? Presence.PRESENT
            : Presence.ABSENT;
      }
      if (scalar.value().equals("busybox")) {
        return Presence.BUSYBOX;
      }
    }
    throw error(node, where + ".has must be true, false or busybox");
  }

  private Optional<Cited<DeclaredHealthcheck>> declaredHealthcheck(YMapping row, String where)
      throws InvalidYamlException {
    Optional<YNode> node = Mappings.get(row, "healthcheck");
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String at = where + ": healthcheck";
    YMapping healthcheck = mapping(node.get(), at + " must be a mapping");
    knownKeys(healthcheck, Set.of("declared", "test", "src"), at);
    boolean declared = bool(required(healthcheck, "declared", at), at + ".declared");
    Optional<List<String>> test = Optional.empty();
    if (Mappings.get(healthcheck, "test").isPresent()) {
      test = Optional.of(testList(Mappings.get(healthcheck, "test").get(), at + ".test", false));
    }
    return Optional.of(new Cited<>(new DeclaredHealthcheck(declared, test), cite(healthcheck, at)));
  }

  private static final Pattern FLAG_PLACEHOLDER = Pattern.compile("\\{flag:([^}]+)\\}");

  /** {@code health}: one command, or a list of them, the first that fits a service first. */
  private List<HealthCommand> health(YMapping row, String where) throws InvalidYamlException {
    Optional<YNode> node = Mappings.get(row, "health");
    if (node.isEmpty()) {
      return List.of();
    }
    List<HealthCommand> commands = new ArrayList<>();
    if (Mappings.resolve(node.get()) instanceof YSequence list) {
      for (YNode item : list.items()) {
        commands.add(healthCommand(item, row, where));
      }
      if (commands.isEmpty()) {
        throw error(node.get(), where + ": health must not be an empty list");
      }
    } else {
      commands.add(healthCommand(node.get(), row, where));
    }
    return commands;
  }

  private HealthCommand healthCommand(YNode node, YMapping row, String where)
      throws InvalidYamlException {
    String at = where + ": health";
    YMapping health = mapping(node, at + " must be a mapping or a list of them");
    knownKeys(health, Set.of("test", "port", "when", "unless", "src"), at);
    List<String> test = testList(required(health, "test", at), at + ".test", true);
    Optional<Integer> port = Optional.empty();
    if (Mappings.get(health, "port").isPresent()) {
      port = Optional.of(integer(Mappings.get(health, "port").get(), at + ".port"));
    }
    boolean usesPort = test.stream().anyMatch(word -> word.contains("{port}"));
    Set<Integer> listed = new HashSet<>();
    for (PortFact fact : ports(row, where)) {
      listed.add(fact.port());
    }
    if (usesPort && (port.isEmpty() || !listed.contains(port.get()))) {
      throw error(health, at + " uses {port} but its port is not one of the row's ports");
    }
    Optional<Setting> when = Optional.empty();
    if (Mappings.get(health, "when").isPresent()) {
      when = Optional.of(setting(Mappings.get(health, "when").get(), at + ".when", false));
    }
    for (String word : test) {
      Matcher placeholder = FLAG_PLACEHOLDER.matcher(word);
      while (placeholder.find()) {
        if (when.isEmpty() || !when.get().flags().contains(placeholder.group(1))) {
          throw error(
              health,
              at
                  + " uses {flag:"
                  + placeholder.group(1)
                  + "} but its when does not name that flag");
        }
      }
    }
    List<Setting> unless = new ArrayList<>();
    Optional<YNode> unlessNode = Mappings.get(health, "unless");
    if (unlessNode.isPresent()) {
      for (YNode item : sequence(unlessNode.get(), at + ".unless must be a list").items()) {
        unless.add(setting(item, at + ".unless", true));
      }
    }
    return new HealthCommand(test, port, when, unless, cite(health, at));
  }

  private List<String> testList(YNode node, String where, boolean checkDollars)
      throws InvalidYamlException {
    List<String> test = stringList(node, where);
    if (test.size() < 2 || !test.get(0).equals("CMD") && !test.get(0).equals("CMD-SHELL")) {
      throw error(node, where + " must be [CMD, ...] or [CMD-SHELL, ...]");
    }
    if (checkDollars) {
      for (String word : test) {
        if (SINGLE_DOLLAR.matcher(word.replace("$$", "")).find()) {
          throw error(
              node, where + " has a single $: write $$ for a variable of the container's shell");
        }
      }
    }
    return test;
  }

  private Setting setting(YNode node, String where, boolean needsReason)
      throws InvalidYamlException {
    YMapping mapping = mapping(node, where + " must be a mapping");
    knownKeys(mapping, Set.of("flag", "env", "arg_suffix", "reason"), where);
    List<String> flags = oneOrList(mapping, "flag", where + ".flag");
    List<String> env = oneOrList(mapping, "env", where + ".env");
    List<String> suffixes = oneOrList(mapping, "arg_suffix", where + ".arg_suffix");
    if (flags.isEmpty() && env.isEmpty() && suffixes.isEmpty()) {
      throw error(node, where + " must name a flag, an env variable or an arg_suffix");
    }
    Optional<String> reason =
        Mappings.get(mapping, "reason").isPresent()
            ? Optional.of(requiredString(mapping, "reason", where))
            : Optional.empty();
    if (needsReason && reason.isEmpty()) {
      throw error(node, where + " must give a reason");
    }
    return new Setting(flags, env, suffixes, reason);
  }

  private List<PortFact> ports(YMapping row, String where) throws InvalidYamlException {
    return listOf(
        row, "ports", where, Set.of("port", "protocol", "name", "set_by", "src"), this::port);
  }

  private PortFact port(YMapping port, String at) throws InvalidYamlException {
    int number = integer(required(port, "port", at), at + ".port");
    String protocol = requiredString(port, "protocol", at);
    if (!PROTOCOLS.contains(protocol)) {
      throw error(
          Mappings.get(port, "protocol").get(),
          at
              + ": unknown protocol '"
              + protocol
              + "'; one of "
              + String.join(", ", sorted(PROTOCOLS)));
    }
    Optional<String> name =
        Mappings.get(port, "name").isPresent()
            ? Optional.of(requiredString(port, "name", at))
            : Optional.empty();
    Setting movedBy = new Setting(List.of(), List.of(), List.of(), Optional.empty());
    if (Mappings.get(port, "set_by").isPresent()) {
      YMapping setBy =
          mapping(Mappings.get(port, "set_by").get(), at + ".set_by must be a mapping");
      knownKeys(setBy, Set.of("flag", "env"), at + ".set_by");
      movedBy =
          new Setting(
              optionalList(setBy, "flag", at + ".set_by.flag"),
              optionalList(setBy, "env", at + ".set_by.env"),
              List.of(),
              Optional.empty());
    }
    return new PortFact(number, protocol, name, movedBy, cite(port, at));
  }

  private List<Endpoint> endpoints(YMapping row, String where) throws InvalidYamlException {
    Set<Integer> listed = new HashSet<>();
    for (PortFact port : ports(row, where)) {
      listed.add(port.port());
    }
    return listOf(
        row,
        "endpoints",
        where,
        Set.of("port", "path", "scheme", "when", "src"),
        (endpoint, at) -> endpoint(endpoint, at, listed));
  }

  private Endpoint endpoint(YMapping endpoint, String at, Set<Integer> listed)
      throws InvalidYamlException {
    int port = integer(required(endpoint, "port", at), at + ".port");
    if (!listed.contains(port)) {
      throw error(endpoint, at + ": port " + port + " is not one of the row's ports");
    }
    String path = requiredString(endpoint, "path", at);
    if (!path.startsWith("/")) {
      throw error(Mappings.get(endpoint, "path").get(), at + ": path must start with /");
    }
    Optional<String> scheme = Optional.empty();
    if (Mappings.get(endpoint, "scheme").isPresent()) {
      String value = requiredString(endpoint, "scheme", at);
      if (!value.equals("http") && !value.equals("https")) {
        throw error(Mappings.get(endpoint, "scheme").get(), at + ": scheme must be http or https");
      }
      scheme = Optional.of(value);
    }
    Optional<Setting> when = Optional.empty();
    if (Mappings.get(endpoint, "when").isPresent()) {
      when = Optional.of(setting(Mappings.get(endpoint, "when").get(), at + ".when", false));
    }
    return new Endpoint(port, path, scheme, when, cite(endpoint, at));
  }

  private List<Credential> credentials(YMapping row, String where) throws InvalidYamlException {
    return listOf(row, "credentials", where, Set.of("env", "required", "src"), this::credential);
  }

  private Credential credential(YMapping credential, String at) throws InvalidYamlException {
    return new Credential(
        requiredString(credential, "env", at),
        bool(required(credential, "required", at), at + ".required"),
        cite(credential, at));
  }

  private List<Cited<Setting>> workers(YMapping row, String where) throws InvalidYamlException {
    return listOf(
        row, "workers", where, Set.of("flag", "env", "arg_suffix", "reason", "src"), this::worker);
  }

  private Cited<Setting> worker(YMapping worker, String at) throws InvalidYamlException {
    List<Source> sources = cite(worker, at);
    return new Cited<>(citedSetting(worker, at), sources);
  }

  /** A setting written beside its {@code src}, with its reason. */
  private Setting citedSetting(YMapping mapping, String where) throws InvalidYamlException {
    List<String> flags = oneOrList(mapping, "flag", where + ".flag");
    List<String> env = oneOrList(mapping, "env", where + ".env");
    List<String> suffixes = oneOrList(mapping, "arg_suffix", where + ".arg_suffix");
    if (flags.isEmpty() && env.isEmpty() && suffixes.isEmpty()) {
      throw error(mapping, where + " must name a flag, an env variable or an arg_suffix");
    }
    if (Mappings.get(mapping, "reason").isEmpty()) {
      throw error(mapping, where + " must give a reason");
    }
    return new Setting(flags, env, suffixes, Optional.of(requiredString(mapping, "reason", where)));
  }

  private List<Note> notes(YMapping row, String where) throws InvalidYamlException {
    return listOf(row, "notes", where, Set.of("text", "src"), this::note);
  }

  private Note note(YMapping note, String at) throws InvalidYamlException {
    return new Note(requiredString(note, "text", at), cite(note, at));
  }

  /** Reads one mapping of a list, {@code at} naming the list for errors. */
  @FunctionalInterface
  private interface ItemReader<T> {
    T read(YMapping item, String at) throws InvalidYamlException;
  }

  /**
   * The optional list under {@code key}, each item a mapping with only the {@code keys} given, read
   * by {@code reader}; empty when the row has no such key.
   */
  private <T> List<T> listOf(
      YMapping row, String key, String where, Set<String> keys, ItemReader<T> reader)
      throws InvalidYamlException {
    List<T> items = new ArrayList<>();
    Optional<YNode> node = Mappings.get(row, key);
    if (node.isEmpty()) {
      return items;
    }
    String at = where + ": " + key;
    for (YNode item : sequence(node.get(), at + " must be a list").items()) {
      YMapping mapping = mapping(item, at + " must hold mappings");
      knownKeys(mapping, keys, at);
      items.add(reader.read(mapping, at));
    }
    return items;
  }

  /** A fact of the form {@code {value: ..., src: ...}}. */
  private <T> Optional<Cited<T>> optionalValue(
      YMapping row, String key, String where, ValueReader<T> reader) throws InvalidYamlException {
    Optional<YNode> node = Mappings.get(row, key);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String at = where + ": " + key;
    YMapping fact = mapping(node.get(), at + " must be {value: ..., src: ...}");
    knownKeys(fact, Set.of("value", "src"), at);
    T value = reader.read(required(fact, "value", at), at);
    return Optional.of(new Cited<>(value, cite(fact, at)));
  }

  /** Reads one value of a fact. */
  @FunctionalInterface
  private interface ValueReader<T> {
    T read(YNode node, String where) throws InvalidYamlException;
  }

  /** The sources a fact's {@code src} names, each of which must be defined. */
  private List<Source> cite(YMapping fact, String where) throws InvalidYamlException {
    Optional<YNode> node = Mappings.get(fact, "src");
    if (node.isEmpty()) {
      throw error(fact, where + ": no src; every fact names its source");
    }
    YNode resolved = Mappings.resolve(node.get());
    List<String> keys =
        resolved instanceof YSequence
            ? stringList(resolved, where + ".src")
            : List.of(string(resolved, where + ".src"));
    if (keys.isEmpty()) {
      throw error(node.get(), where + ": src must name a source");
    }
    List<Source> cites = new ArrayList<>();
    for (String key : keys) {
      Source source = sources.get(key);
      if (source == null) {
        throw error(node.get(), where + ": unknown source '" + key + "'");
      }
      cited.add(key);
      cites.add(source);
    }
    return cites;
  }

  // ---- node helpers ----

  private YMapping mapping(YNode node, String message) throws InvalidYamlException {
    if (Mappings.resolve(node) instanceof YMapping mapping) {
      return mapping;
    }
    throw error(node, message);
  }

  private YSequence sequence(YNode node, String message) throws InvalidYamlException {
    if (Mappings.resolve(node) instanceof YSequence sequence) {
      return sequence;
    }
    throw error(node, message);
  }

  private YNode required(YMapping mapping, String key, String where) throws InvalidYamlException {
    Optional<YNode> value = Mappings.get(mapping, key);
    if (value.isEmpty()) {
      throw error(mapping, where + ": no '" + key + "'");
    }
    return value.get();
  }

  private String requiredString(YMapping mapping, String key, String where)
      throws InvalidYamlException {
    return string(required(mapping, key, where), where + ": '" + key + "' must be a string");
  }

  private String string(YNode node, String message) throws InvalidYamlException {
    if (Mappings.resolve(node) instanceof YScalar scalar && !scalar.isEmptyPlain()) {
      return scalar.value();
    }
    throw error(node, message);
  }

  private List<String> stringList(YNode node, String where) throws InvalidYamlException {
    List<String> list = new ArrayList<>();
    for (YNode item : sequence(node, where + " must be a list of strings").items()) {
      list.add(string(item, where + " must be a list of strings"));
    }
    return list;
  }

  private List<String> optionalList(YMapping mapping, String key, String where)
      throws InvalidYamlException {
    Optional<YNode> node = Mappings.get(mapping, key);
    return node.isEmpty() ? List.of() : stringList(node.get(), where);
  }

  /** A list of strings, or one string for a list of one. */
  private List<String> oneOrList(YMapping mapping, String key, String where)
      throws InvalidYamlException {
    Optional<YNode> node = Mappings.get(mapping, key);
    if (node.isPresent() && Mappings.resolve(node.get()) instanceof YScalar) {
      return List.of(string(node.get(), where + " must be a string or a list of strings"));
    }
    return optionalList(mapping, key, where);
  }

  private int integer(YNode node, String where) throws InvalidYamlException {
    if (Mappings.resolve(node) instanceof YScalar scalar
        && YamlTags.INT.equals(scalar.resolvedTag())) {
      try {
        int value = Integer.parseInt(scalar.value());
        if (value > 0 && value <= 65535) {
          return value;
        }
      } catch (NumberFormatException e) {
        // Falls through to the error below.
      }
    }
    throw error(node, where + " must be a port number from 1 to 65535");
  }

  private boolean bool(YNode node, String where) throws InvalidYamlException {
    if (Mappings.resolve(node) instanceof YScalar scalar
        && YamlTags.BOOL.equals(scalar.resolvedTag())) {
      return Boolean.parseBoolean(scalar.value().toLowerCase(java.util.Locale.ROOT));
    }
    throw error(node, where + " must be true or false");
  }

  void knownKeys(YMapping mapping, Set<String> allowed, String where) throws InvalidYamlException {
    for (YEntry entry : mapping.entries()) {
      if (!allowed.contains(entry.keyText())) {
        throw error(
            entry.key(),
            where
                + ": unknown key '"
                + entry.keyText()
                + "'; allowed keys: "
                + String.join(", ", sorted(allowed)));
      }
    }
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }

  InvalidYamlException error(YNode node, String message) {
    return new InvalidYamlException(node.span().start(), message);
  }
}
