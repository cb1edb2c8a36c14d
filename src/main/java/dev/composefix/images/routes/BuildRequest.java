package dev.composefix.images.routes;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What a Compose {@code build:} section (and its service) says about a build, for {@link
 * BuildReading}.
 *
 * @param projectDir the folder a relative {@code context} resolves against (the Compose file's)
 * @param context {@code build.context} as written: a folder, or a URL (which is not read)
 * @param dockerfile {@code build.dockerfile}: relative to the context, or absolute
 * @param dockerfileInline {@code build.dockerfile_inline}, which wins over {@code dockerfile}
 * @param target {@code build.target}
 * @param buildArgs {@code build.args}, overriding {@code ARG} defaults
 * @param projectImages the images other services of the project build ({@code image:} next to a
 *     {@code build:}), so that {@code FROM} one of them is not taken for an external base
 * @param entrypoint the service's {@code entrypoint:} as arguments, when it sets one
 * @param command the service's {@code command:} as arguments, when it sets one
 * @param environment the service's {@code environment:}, over the image's {@code ENV}
 */
public record BuildRequest(
    Path projectDir,
    String context,
    Optional<String> dockerfile,
    Optional<String> dockerfileInline,
    Optional<String> target,
    Map<String, String> buildArgs,
    Set<String> projectImages,
    Optional<List<String>> entrypoint,
    Optional<List<String>> command,
    Map<String, String> environment,
    Limits limits) {

  public BuildRequest {
    buildArgs = Map.copyOf(buildArgs);
    projectImages = Set.copyOf(projectImages);
    entrypoint = entrypoint.isPresent() ? Optional.of(List.copyOf(entrypoint.get())) : entrypoint;
    command = command.isPresent() ? Optional.of(List.copyOf(command.get())) : command;
    environment = Map.copyOf(environment);
  }

  // Written out: a record's generated equals and hashCode are linked at run time, with classes
  // spun that no class-data archive holds; a request is the key of the build contexts read.
  @Override
  public boolean equals(Object other) {
    return other instanceof BuildRequest request
        && projectDir.equals(request.projectDir)
        && context.equals(request.context)
        && dockerfile.equals(request.dockerfile)
        && dockerfileInline.equals(request.dockerfileInline)
        && target.equals(request.target)
        && buildArgs.equals(request.buildArgs)
        && projectImages.equals(request.projectImages)
        && entrypoint.equals(request.entrypoint)
        && command.equals(request.command)
        && environment.equals(request.environment)
        && limits.equals(request.limits);
  }

  /** Of the parts that tell builds apart most often; equal requests hash alike all the same. */
  @Override
  public int hashCode() {
    return Objects.hash(projectDir, context, dockerfile, target, buildArgs, command);
  }

  /** A build of the folder {@code contextDir} with its {@code Dockerfile} and nothing else set. */
  public static BuildRequest of(Path contextDir) {
    return new BuildRequest(
        contextDir,
        ".",
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Set.of(),
        Optional.empty(),
        Optional.empty(),
        Map.of(),
        Limits.DEFAULT);
  }

  /** This request's components, to change some and {@link Parts#build} a new request. */
  public Parts parts() {
    return new Parts(this);
  }

  /**
   * A request's components as plain fields, to set the ones a build names and then {@link #build}:
   * one place calls the record's constructor, instead of one copying method per component.
   */
  public static final class Parts {
    public Path projectDir;
    public String context;
    public Optional<String> dockerfile;
    public Optional<String> dockerfileInline;
    public Optional<String> target;
    public Map<String, String> buildArgs;
    public Set<String> projectImages;
    public Optional<List<String>> entrypoint;
    public Optional<List<String>> command;
    public Map<String, String> environment;
    public Limits limits;

    private Parts(BuildRequest request) {
      projectDir = request.projectDir;
      context = request.context;
      dockerfile = request.dockerfile;
      dockerfileInline = request.dockerfileInline;
      target = request.target;
      buildArgs = request.buildArgs;
      projectImages = request.projectImages;
      entrypoint = request.entrypoint;
      command = request.command;
      environment = request.environment;
      limits = request.limits;
    }

    public BuildRequest build() {
      return new BuildRequest(
          projectDir,
          context,
          dockerfile,
          dockerfileInline,
          target,
          buildArgs,
          projectImages,
          entrypoint,
          command,
          environment,
          limits);
    }
  }
}
