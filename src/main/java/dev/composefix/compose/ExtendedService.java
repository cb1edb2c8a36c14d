package dev.composefix.compose;

import dev.composefix.shell.ShellScript;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A service read with what it inherits through {@code extends} from services of the same file: its
 * own keys (merged-in keys included) first, then its base's, then that one's base's.
 */
public final class ExtendedService {

  private final Service service;
  private final List<Service> chain;
  private final boolean extendsAnotherFile;

  private ExtendedService(Service service, List<Service> chain, boolean extendsAnotherFile) {
    this.service = service;
    this.chain = chain;
    this.extendsAnotherFile = extendsAnotherFile;
  }

  /** The service read with what it extends; the same object for every question about it. */
  public static ExtendedService of(ComposeFile compose, Service service) {
    return compose.extended(service);
  }

  /**
   * Follows the service's {@code extends} through the file; {@link ComposeFile} keeps the result.
   */
  static ExtendedService read(ComposeFile compose, Service service) {
    if (service.find("extends").isEmpty()) {
      // Most services extend nothing; every rule asks for every service.
      return new ExtendedService(service, List.of(service), false);
    }
    List<Service> chain = new ArrayList<>();
    Set<Service> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Service current = service;
    boolean otherFile = false;
    while (current != null && seen.add(current)) {
      chain.add(current);
      Optional<Mappings.Found> extendsEntry = current.find("extends");
      if (extendsEntry.isEmpty()) {
        break;
      }
      YNode extendsValue = extendsEntry.get().value();
      Optional<String> base = Optional.empty();
      if (extendsValue instanceof YScalar name) {
        base = Optional.of(name.value());
      } else if (extendsValue instanceof YMapping spec) {
        if (Mappings.get(spec, "file").isPresent()) {
          otherFile = true;
          break;
        }
        Optional<YNode> named = Mappings.get(spec, "service");
        base = named.isPresent() ? text(named.get()) : Optional.empty();
      }
      current = base.isPresent() ? compose.service(base.get()).orElse(null) : null;
    }
    return new ExtendedService(service, List.copyOf(chain), otherFile);
  }

  public Service service() {
    return service;
  }

  /** Whether some of its keys come from a service in another file, which this file cannot show. */
  public boolean extendsAnotherFile() {
    return extendsAnotherFile;
  }

  /** A key's value, resolved: the service's own (or merged-in) first, then what it extends. */
  public Optional<YNode> get(String key) {
    for (Service link : chain) {
      Optional<Mappings.Found> found = link.find(key);
      if (found.isPresent()) {
        return Optional.of(found.get().value());
      }
    }
    return Optional.empty();
  }

  public boolean has(String key) {
    return get(key).isPresent();
  }

  /** A scalar key's text, such as {@code restart}; empty when absent or not a scalar. */
  public Optional<String> text(String key) {
    Optional<YNode> value = get(key);
    return value.isPresent() ? text(value.get()) : Optional.empty();
  }

  /** The items of a list key, such as {@code profiles}, that are scalars. */
  public List<String> list(String key) {
    List<String> items = new ArrayList<>();
    Optional<YNode> value = get(key);
    if (value.isPresent() && Mappings.resolve(value.get()) instanceof YSequence sequence) {
      addTexts(sequence, items);
    }
    return items;
  }

  /**
   * The image it runs. Variables are read with their defaults, so {@code ${PG_IMAGE:-postgres:16}}
   * is {@code postgres:16}; empty when a variable has no default or there is no image.
   */
  public Optional<ImageReference> image() {
    Optional<ImageReference> reference = parsedWithDefaults(text("image"));
    return reference.isPresent() && reference.get().hasValidTag() ? reference : Optional.empty();
  }

  /** The image a text names once its variables are read with their defaults. */
  private static Optional<ImageReference> parsedWithDefaults(Optional<String> text) {
    if (text.isEmpty()) {
      return Optional.empty();
    }
    Optional<String> interpolated = Interpolation.withDefaults(text.get());
    return interpolated.isPresent() ? ImageReference.parse(interpolated.get()) : Optional.empty();
  }

  /**
   * The image without its tag, when only the tag is unknown: a variable without a default ({@code
   * elasticsearch:${STACK_VERSION}}) or no tag Docker accepts ({@code apache/airflow:|version|}).
   */
  public Optional<ImageReference> imageOfUnknownTag() {
    Optional<String> text = text("image");
    if (text.isEmpty() || image().isPresent()) {
      return Optional.empty();
    }
    Optional<ImageReference> interpolated = parsedWithDefaults(text);
    if (interpolated.isPresent()) {
      return ImageReference.parse(
          interpolated.get().text().substring(0, interpolated.get().nameEnd()));
    }
    String raw = text.get();
    int colon = raw.indexOf(':', raw.lastIndexOf('/') + 1);
    if (colon < 0) {
      return Optional.empty();
    }
    Optional<ImageReference> name = parsedWithDefaults(Optional.of(raw.substring(0, colon)));
    return name.isPresent() && name.get().tag().isEmpty() && name.get().digest().isEmpty()
        ? name
        : Optional.empty();
  }

  /**
   * Its {@code entrypoint} or {@code command} as the container gets it: a list's items as they are,
   * a string split as a shell splits it (quotes removed, {@code ${...}} kept whole); empty when the
   * key is not set.
   */
  public Optional<List<String>> argv(String key) {
    Optional<YNode> found = get(key);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    YNode value = Mappings.resolve(found.get());
    List<String> words = new ArrayList<>();
    if (value instanceof YSequence sequence) {
      addTexts(sequence, words);
      return Optional.of(words);
    }
    Optional<String> script = text(value);
    if (script.isEmpty()) {
      return Optional.empty();
    }
    words.addAll(ShellScript.words(script.get()));
    return Optional.of(words);
  }

  /** The texts of a sequence's items that are scalars, added in order. */
  private static void addTexts(YSequence sequence, List<String> texts) {
    for (YNode item : sequence.items()) {
      Optional<String> text = text(item);
      if (text.isPresent()) {
        texts.add(text.get());
      }
    }
  }

  private static Optional<String> text(YNode node) {
    return Mappings.resolve(node) instanceof YScalar scalar && !scalar.isEmptyPlain()
        ? Optional.of(scalar.value())
        : Optional.empty();
  }
}
