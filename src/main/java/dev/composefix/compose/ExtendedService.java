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

  public static ExtendedService of(ComposeFile compose, Service service) {
    List<Service> chain = new ArrayList<>();
    Set<Service> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    Service current = service;
    boolean otherFile = false;
    while (current != null && seen.add(current)) {
      chain.add(current);
      Optional<YNode> extendsValue = current.find("extends").map(Mappings.Found::value);
      if (extendsValue.isEmpty()) {
        break;
      }
      Optional<String> base = Optional.empty();
      if (extendsValue.get() instanceof YScalar name) {
        base = Optional.of(name.value());
      } else if (extendsValue.get() instanceof YMapping spec) {
        if (Mappings.get(spec, "file").isPresent()) {
          otherFile = true;
          break;
        }
        base = Mappings.get(spec, "service").flatMap(ExtendedService::text);
      }
      current = base.flatMap(name -> byName(compose, name)).orElse(null);
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
    return get(key).flatMap(ExtendedService::text);
  }

  /** The items of a list key, such as {@code profiles}, that are scalars. */
  public List<String> list(String key) {
    List<String> items = new ArrayList<>();
    get(key)
        .flatMap(Mappings::asSequence)
        .ifPresent(sequence -> sequence.items().forEach(item -> text(item).ifPresent(items::add)));
    return items;
  }

  /**
   * The image it runs. Variables are read with their defaults, so {@code ${PG_IMAGE:-postgres:16}}
   * is {@code postgres:16}; empty when a variable has no default or there is no image.
   */
  public Optional<ImageReference> image() {
    return text("image")
        .flatMap(Interpolation::withDefaults)
        .flatMap(ImageReference::parse)
        .filter(ImageReference::hasValidTag);
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
    Optional<ImageReference> interpolated =
        Interpolation.withDefaults(text.get()).flatMap(ImageReference::parse);
    if (interpolated.isPresent()) {
      return ImageReference.parse(
          interpolated.get().text().substring(0, interpolated.get().nameEnd()));
    }
    String raw = text.get();
    int colon = raw.indexOf(':', raw.lastIndexOf('/') + 1);
    if (colon < 0) {
      return Optional.empty();
    }
    return Interpolation.withDefaults(raw.substring(0, colon))
        .flatMap(ImageReference::parse)
        .filter(reference -> reference.tag().isEmpty() && reference.digest().isEmpty());
  }

  /**
   * Its {@code entrypoint} or {@code command} as the container gets it: a list's items as they are,
   * a string split as a shell splits it (quotes removed, {@code ${...}} kept whole); empty when the
   * key is not set.
   */
  public Optional<List<String>> argv(String key) {
    Optional<YNode> value = get(key).map(Mappings::resolve);
    if (value.isEmpty()) {
      return Optional.empty();
    }
    List<String> words = new ArrayList<>();
    if (value.get() instanceof YSequence sequence) {
      sequence.items().forEach(item -> text(item).ifPresent(words::add));
    } else if (value.flatMap(ExtendedService::text).isPresent()) {
      words.addAll(ShellScript.words(text(value.get()).orElseThrow()));
    } else {
      return Optional.empty();
    }
    return Optional.of(words);
  }

  private static Optional<Service> byName(ComposeFile compose, String name) {
    return compose.services().stream()
        .filter(candidate -> candidate.name().equals(name))
        .findFirst();
  }

  private static Optional<String> text(YNode node) {
    return Mappings.asScalar(node).filter(scalar -> !scalar.isEmptyPlain()).map(YScalar::value);
  }
}
