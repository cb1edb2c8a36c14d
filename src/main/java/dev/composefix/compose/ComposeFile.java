package dev.composefix.compose;

import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YEntry;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The Compose view of a document: the top-level mapping and its services. */
public final class ComposeFile {

  private final YDocument document;
  private final YMapping root;
  private List<Service> services;

  private Map<String, Service> byName;
  private Map<Service, ExtendedService> extended;
  private Map<String, ExtendedService> builders;
  private Set<String> builtImages;

  /** Kept by {@link Healthchecks#tested}, which reads it once per file. */
  List<Healthchecks.Tested> tested;

  private ComposeFile(YDocument document, YMapping root) {
    this.document = document;
    this.root = root;
  }

  /** The Compose view of a document; empty for a document with no content. */
  public static Optional<ComposeFile> of(YDocument document) throws InvalidYamlException {
    if (document.root().isEmpty()) {
      return Optional.empty();
    }
    YNode root = Mappings.resolve(document.root().get());
    if (root instanceof dev.composefix.yaml.YScalar scalar && scalar.isEmptyPlain()) {
      // A document start marker with nothing after it: as empty as an empty file.
      return Optional.empty();
    }
    if (!(root instanceof YMapping mapping)) {
      throw new InvalidYamlException(
          root.span().start(),
          "a Compose file is a mapping (services:, volumes:, ...) but this file's top level is a "
              + (root instanceof dev.composefix.yaml.YSequence ? "sequence" : "single value"));
    }
    Optional<YNode> version1Service = version1Service(mapping);
    if (version1Service.isPresent()) {
      throw new InvalidYamlException(
          version1Service.get().span().start(),
          "this is the old Compose file format 1, with services at the top level and no"
              + " services: key; move them under services: to use the Compose Specification");
    }
    return Optional.of(new ComposeFile(document, mapping));
  }

  /** Keys of the Compose Specification's top level, which a version 1 file never has. */
  private static final java.util.Set<String> TOP_LEVEL =
      java.util.Set.of(
          "version",
          "name",
          "services",
          "networks",
          "volumes",
          "secrets",
          "configs",
          "include",
          "models");

  /**
   * A service of a version 1 file: with no {@code services:} key, a top-level mapping that holds
   * {@code image:} or {@code build:}.
   */
  private static Optional<YNode> version1Service(YMapping root) {
    if (Mappings.find(root, "services").isPresent()) {
      return Optional.empty();
    }
    for (YEntry entry : root.entries()) {
      String key = entry.keyText();
      if (key != null
          && !TOP_LEVEL.contains(key)
          && !key.startsWith("x-")
          && Mappings.resolve(entry.value()) instanceof YMapping value
          && (Mappings.find(value, "image").isPresent()
              || Mappings.find(value, "build").isPresent())) {
        return Optional.of(entry.key());
      }
    }
    return Optional.empty();
  }

  public YDocument document() {
    return document;
  }

  public YMapping root() {
    return root;
  }

  /** The services in file order, each once; a service whose value is not a mapping is skipped. */
  public List<Service> services() {
    if (services == null) {
      List<Service> found = new ArrayList<>();
      Optional<YNode> section = Mappings.get(root, "services");
      if (section.isPresent() && section.get() instanceof YMapping mappings) {
        for (Mappings.Found entry : Mappings.effectiveEntries(mappings)) {
          if (entry.value() instanceof YMapping mapping) {
            found.add(new Service(entry.entry().keyText(), entry.entry(), mapping));
          }
        }
      }
      services = Collections.unmodifiableList(found);
    }
    return services;
  }

  /**
   * The service of that name. Rules and the project ask for services by name for every service;
   * searching the list each time grew with the square of a stack's size.
   */
  public Optional<Service> service(String name) {
    if (byName == null) {
      Map<String, Service> index = new HashMap<>();
      for (Service service : services()) {
        index.putIfAbsent(service.name(), service);
      }
      byName = index;
    }
    return Optional.ofNullable(byName.get(name));
  }

  /**
   * The service with what it inherits through {@code extends}, followed once per service: every
   * rule asks for every service, and following a long chain of {@code extends} again for each
   * question grew with the square of the chain.
   */
  ExtendedService extended(Service service) {
    if (extended == null) {
      extended = new IdentityHashMap<>();
    }
    ExtendedService found = extended.get(service);
    if (found == null) {
      found = ExtendedService.read(this, service, extended);
      extended.put(service, found);
    }
    return found;
  }

  /**
   * The images the file's services build ({@code image:} beside {@code build:}, variables read with
   * their defaults), which a Dockerfile of the stack may start {@code FROM}.
   */
  public Set<String> builtImages() {
    if (builtImages == null) {
      // Immutable, so that each build request keeps this set rather than copying it.
      builtImages = Set.copyOf(builders().keySet());
    }
    return builtImages;
  }

  /** The first service that builds the image, when one does. */
  public Optional<ExtendedService> builderOf(String image) {
    return Optional.ofNullable(builders().get(image));
  }

  /**
   * Each built image's first builder, read once per file: every rule asks about every service that
   * builds, and reading them for each question walked every service again, which grew with the
   * square of a stack's size.
   */
  private Map<String, ExtendedService> builders() {
    if (builders == null) {
      Map<String, ExtendedService> found = new HashMap<>();
      for (Service service : services()) {
        ExtendedService extended = ExtendedService.of(this, service);
        Optional<String> image = extended.has("build") ? extended.text("image") : Optional.empty();
        Optional<String> interpolated =
            image.isPresent() ? Interpolation.withDefaults(image.get()) : Optional.empty();
        if (interpolated.isPresent()) {
          found.putIfAbsent(interpolated.get(), extended);
        }
      }
      builders = found;
    }
    return builders;
  }
}
