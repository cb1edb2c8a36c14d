package dev.composefix.compose;

import dev.composefix.shell.ShellScript;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.YMapping;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YSequence;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A service read with what it inherits through {@code extends} from services of the same file: its
 * own keys (merged-in keys included) first, then its base's, then that one's base's.
 *
 * <p>A service links to its base's own {@code ExtendedService}, and a key found through the chain
 * is remembered on the links it passed: a chain of n services is read in n steps, and each key
 * looked up on all of them in n more, where a list per service and a walk per question took n
 * squared (and every rule asks about every service).
 */
public final class ExtendedService {

  private final Service service;

  /** What it extends, read the same way; null where the chain ends, or for a service on a loop. */
  private final ExtendedService base;

  /**
   * For a service on a loop of {@code extends} (Compose refuses one): the loop, which answers for
   * it, as its chain is the loop's services from this one on, each once; null otherwise.
   */
  private final Loop loop;

  /** Where this service is on its {@link #loop}. */
  private final int onLoop;

  private final boolean extendsAnotherFile;

  /** The answers found through {@link #base} for keys this service does not set itself. */
  private Map<String, Optional<YNode>> inherited;

  private ExtendedService(
      Service service, ExtendedService base, Loop loop, int onLoop, boolean extendsAnotherFile) {
    this.service = service;
    this.base = base;
    this.loop = loop;
    this.onLoop = onLoop;
    this.extendsAnotherFile = extendsAnotherFile;
  }

  /** The service read with what it extends; the same object for every question about it. */
  public static ExtendedService of(ComposeFile compose, Service service) {
    return compose.extended(service);
  }

  /**
   * Follows the service's {@code extends} through the file, link by link (a chain of thousands of
   * services must not run out of stack), up to a service already read, and adds every service read
   * on the way to {@code known}, where {@link ComposeFile} keeps them.
   */
  static ExtendedService read(
      ComposeFile compose, Service service, Map<Service, ExtendedService> known) {
    if (service.find("extends").isEmpty()) {
      // Most services extend nothing; every rule asks for every service.
      return new ExtendedService(service, null, null, 0, false);
    }
    List<Service> path = new ArrayList<>();
    Map<Service, Integer> onPath = new IdentityHashMap<>();
    ExtendedService end = null;
    boolean otherFile = false;
    Service current = service;
    while (current != null) {
      ExtendedService read = path.isEmpty() ? null : known.get(current);
      if (read != null) {
        end = read;
        otherFile = read.extendsAnotherFile;
        break;
      }
      Integer passed = onPath.putIfAbsent(current, path.size());
      if (passed != null) {
        // The chain came back to a service it passed: the services from there on are a loop.
        end = loop(path.subList(passed, path.size()), known);
        path = path.subList(0, passed);
        break;
      }
      path.add(current);
      Optional<Step> step = step(compose, current);
      if (step.isEmpty()) {
        break;
      }
      otherFile = step.get().otherFile();
      current = step.get().base();
    }
    ExtendedService next = end;
    for (int i = path.size() - 1; i >= 0; i--) {
      next = new ExtendedService(path.get(i), next, null, 0, otherFile);
      known.put(path.get(i), next);
    }
    return next;
  }

  /** The loop's services read, each answering through the loop; the first of them returned. */
  private static ExtendedService loop(List<Service> services, Map<Service, ExtendedService> known) {
    Loop loop = new Loop(List.copyOf(services));
    ExtendedService first = null;
    for (int i = 0; i < services.size(); i++) {
      ExtendedService read = new ExtendedService(services.get(i), null, loop, i, false);
      known.put(services.get(i), read);
      if (i == 0) {
        first = read;
      }
    }
    return first;
  }

  /**
   * A loop of {@code extends}: for each key asked, each service's answer is the value of the first
   * service that sets it, from that one on around the loop, found for all of them in one walk
   * around it.
   */
  private static final class Loop {
    private final List<Service> services;
    private final Map<String, List<Optional<YNode>>> answers = new HashMap<>();

    Loop(List<Service> services) {
      this.services = services;
    }

    Optional<YNode> get(int at, String key) {
      List<Optional<YNode>> known = answers.get(key);
      if (known == null) {
        known = answersFor(key);
        answers.put(key, known);
      }
      return known.get(at);
    }

    private List<Optional<YNode>> answersFor(String key) {
      int n = services.size();
      List<Optional<YNode>> own = new ArrayList<>(n);
      for (Service service : services) {
        Optional<Mappings.Found> found = service.find(key);
        own.add(found.isPresent() ? Optional.of(found.get().value()) : Optional.empty());
      }
      // Twice around backwards: the first time finds what the last services see past the end.
      List<Optional<YNode>> answer = new ArrayList<>(Collections.nCopies(n, Optional.empty()));
      Optional<YNode> next = Optional.empty();
      for (int i = 2 * n - 1; i >= 0; i--) {
        if (own.get(i % n).isPresent()) {
          next = own.get(i % n);
        }
        if (i < n) {
          answer.set(i, next);
        }
      }
      return answer;
    }
  }

  /**
   * Where a service's {@code extends} leads in this file: its base (null when the file has no
   * service of that name), or that it names another file, which ends the chain here.
   */
  private record Step(Service base, boolean otherFile) {}

  /** The service's next link; empty when it extends nothing. */
  private static Optional<Step> step(ComposeFile compose, Service service) {
    Optional<Mappings.Found> extendsEntry = service.find("extends");
    if (extendsEntry.isEmpty()) {
      return Optional.empty();
    }
    YNode extendsValue = extendsEntry.get().value();
    Optional<String> base = Optional.empty();
    if (extendsValue instanceof YScalar name) {
      base = Optional.of(name.value());
    } else if (extendsValue instanceof YMapping spec) {
      if (Mappings.get(spec, "file").isPresent()) {
        return Optional.of(new Step(null, true));
      }
      Optional<YNode> named = Mappings.get(spec, "service");
      base = named.isPresent() ? text(named.get()) : Optional.empty();
    }
    return Optional.of(
        new Step(base.isPresent() ? compose.service(base.get()).orElse(null) : null, false));
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
    List<ExtendedService> passed = null;
    Optional<YNode> answer = Optional.empty();
    for (ExtendedService link = this; link != null; link = link.base) {
      if (link.loop != null) {
        answer = link.loop.get(link.onLoop, key);
        break;
      }
      Optional<Mappings.Found> own = link.service.find(key);
      if (own.isPresent()) {
        answer = Optional.of(own.get().value());
        break;
      }
      Optional<YNode> known = link.inherited == null ? null : link.inherited.get(key);
      if (known != null) {
        answer = known;
        break;
      }
      if (link.base != null) {
        if (passed == null) {
          passed = new ArrayList<>();
        }
        passed.add(link);
      }
    }
    if (passed != null) {
      for (ExtendedService link : passed) {
        if (link.inherited == null) {
          link.inherited = new HashMap<>();
        }
        link.inherited.put(key, answer);
      }
    }
    return answer;
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
