package dev.composefix.images;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One row of the image knowledge base: what is known of one image over a range of its tags, each
 * fact with its sources. A fact that is not known is absent; rules stay silent where they do not
 * know.
 *
 * @param id unique across the knowledge base
 * @param origin where the row was read: a knowledge-base file or a configuration file
 * @param names the normalized image names it covers
 * @param tags the tags it covers
 * @param examples tags it must cover, checked by a test
 * @param user the default user, when it matters
 * @param tools what it has, by program name
 * @param health the commands that ask its server whether it is healthy, the first that fits a
 *     service first
 * @param workers settings under which the image runs a worker that serves none of its ports, such
 *     as {@code sidekiq} in a web application's image
 */
public record ImageFacts(
    String id,
    String origin,
    List<String> names,
    TagScope tags,
    List<String> examples,
    Optional<Cited<Role>> role,
    Optional<Cited<Shell>> shell,
    Optional<Cited<String>> user,
    Map<String, ToolFact> tools,
    Optional<Cited<DeclaredHealthcheck>> healthcheck,
    List<HealthCommand> health,
    List<PortFact> ports,
    List<Endpoint> endpoints,
    List<Credential> credentials,
    List<Cited<Setting>> workers,
    List<Note> notes) {

  public ImageFacts {
    names = List.copyOf(names);
    examples = List.copyOf(examples);
    // Kept in the file's order, which compose-fix image prints.
    tools = Collections.unmodifiableMap(new LinkedHashMap<>(tools));
    ports = List.copyOf(ports);
    endpoints = List.copyOf(endpoints);
    health = List.copyOf(health);
    credentials = List.copyOf(credentials);
    workers = List.copyOf(workers);
    notes = List.copyOf(notes);
  }

  public Optional<ToolFact> tool(String program) {
    return Optional.ofNullable(tools.get(program));
  }
}
