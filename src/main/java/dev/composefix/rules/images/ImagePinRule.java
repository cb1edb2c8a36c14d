package dev.composefix.rules.images;

import static dev.composefix.lint.Applicability.UNSAFE;
import static dev.composefix.lint.FixAvailability.SOMETIMES;
import static dev.composefix.lint.Severity.HIGH;

import dev.composefix.compose.ImageReference;
import dev.composefix.compose.Service;
import dev.composefix.config.Config;
import dev.composefix.lint.Applicability;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleContext;
import dev.composefix.lint.RuleMetadata;
import dev.composefix.project.ProjectView;
import dev.composefix.project.Variables;
import dev.composefix.secrets.SecretNames;
import dev.composefix.yaml.CannotEditException;
import dev.composefix.yaml.Mappings;
import dev.composefix.yaml.ScalarWriter;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import dev.composefix.yaml.YamlChange;
import java.util.Map;
import java.util.Optional;

/**
 * An image on {@code :latest} or without a tag runs whatever version was newest when it was pulled.
 */
public final class ImagePinRule implements Rule {

  private static final String SUMMARY = "Image on :latest or without a tag";

  static final String DOC =
      """
      # image-pin (CF003)

      ## What it does
      Finds service images on the `:latest` tag or with no tag at all (which Docker reads as
      `:latest`) and pins them to a tag: the one your `pins:` setting gives for the image, or else
      the one in the built-in table below, which is the pinning table of the hardening review this
      rule comes from. An image neither knows is reported without a fix, and the message says how
      to add a pin. A built-in pin is never older than a tag another service of the same file
      runs for that image: when the file also runs `postgres:16.4`, a floating `postgres` is
      pinned to `16.4`, not to the table's `15-alpine`. Tags compare by their release date
      (`RELEASE.2024-...`) or by their version; a pin from your `pins:` setting is written as you
      set it.

      %s
      `docker.io/library/redis`, `library/redis` and `redis` are the same image, for the table
      and for `pins:` alike; a registry port (`registry:5000/team/app`) is not a tag. Left alone:
      images pinned by digest (`@sha256:...`), images that hold a variable
      (`${IMAGE:-redis:latest}`), any other tag (`postgres:14` is never changed, even when the
      table pins something newer or older), and services with a `build:` section, whose `image:`
      names what they build.

      In a project of several files, only the image that runs is judged: one a later file
      replaces is left alone, and a floating image in an override is never pinned below the tag
      another file of the project sets for the same service (an override's `postgres:latest`
      over a base's `postgres:16.4-alpine` is pinned to `16.4-alpine`). An image whose tag is a
      variable set in the project's `.env` or the environment is read with that value:
      `postgres:${PG_TAG}` with `PG_TAG=latest` is reported, naming the `.env` line, without a
      fix, since the tag is set there.

      ## Why
      `:latest` is whatever the registry's newest build was when the image was pulled. Two
      machines, or one machine before and after `docker compose pull`, run different versions
      of the same file; a major release arrives unannounced with a restart, and a rollback has no
      version to go back to. The hardening review pinned eight images off `:latest` and made
      `grep ':latest' docker-compose.yml` return nothing as its check.

      ## Example
      ```yaml
      services:
        api:
          image: postgrest/postgrest:latest
        queue:
          image: nats
      ```

      ## Use instead
      ```yaml
      services:
        api:
          image: postgrest/postgrest:v12.2.3
        queue:
          image: nats:2.10-alpine
      ```

      Pin the version you run today. The fix writes the built-in pin only with `--unsafe-fixes`,
      and a pin of your own from `pins:` with `--write`.

      ## Fix safety
      Unsafe. A pin from the built-in table can be older than what `:latest` runs today:
      `postgres:latest` is PostgreSQL 17 or newer while the table pins `postgres:15-alpine`,
      and a data directory written by a newer major version does not open in an older one, so
      the database would not start (moving from a Debian to an Alpine variant also changes the
      C library that sorts text in its indexes). Those fixes are applied only with
      `--unsafe-fixes`. A fix whose tag comes from your own `pins:` setting is safe and
      `--write` applies it: you chose that version. Either fix changes only the tag, in the
      image's own quoting; when the image is shared through an anchor, the anchor is edited
      once and the finding says so.

      ## Options
      - `pins` (a mapping of image to tag, default none): pins that add to the built-in table
        and override it, for example `pins: {postgres: 17.2-alpine, redis: 7.4-alpine}`. A pin
        that is not a valid tag, or is `latest`, is reported and never written.
      """
          .formatted(builtInPinTable());

  private static final RuleMetadata METADATA =
      new RuleMetadata("image-pin", "CF003", SUMMARY, HIGH, SOMETIMES, UNSAFE, DOC);

  @Override
  public void check(RuleContext context) {
    ImagePins pins = ImagePins.withConfigured(context.config().pins());
    StackTags stack = StackTags.of(context.compose());
    ProjectView project = context.project();
    for (Service service : context.compose().services()) {
      Optional<Mappings.Found> entry = service.find("image");
      // Beside build:, image: names what the service builds, not a release to pin.
      if (entry.isEmpty()
          || service.find("build").isPresent()
          || ProjectImages.judgedElsewhere(project, service.name())) {
        continue;
      }
      Optional<YScalar> scalar =
          Mappings.resolve(entry.get().entry().value()) instanceof YScalar value && value.isString()
              ? Optional.of(value)
              : Optional.empty();
      Optional<ImageReference> image =
          scalar.isPresent() ? ImageReference.parse(scalar.get().value()) : Optional.empty();
      YNode at = entry.get().inherited() ? service.nameNode() : entry.get().entry().key();
      if (image.isEmpty() && scalar.isPresent()) {
        Optional<ProjectImages.Interpolated> resolved =
            ProjectImages.fromVariables(scalar.get().value(), project.variables());
        // The message shows the variables' values, which must never be secrets.
        if (resolved.isPresent()
            && resolved.get().image().isFloating()
            && !usesSecret(resolved.get(), context)) {
          reportVariable(context, service, at, scalar.get(), resolved.get());
        }
      }
      if (image.isPresent() && image.get().isFloating()) {
        Optional<ImagePins.Pin> pin = pins.pinFor(image.get());
        // A table pin older than a tag the stack already runs would downgrade this service.
        if (pin.isPresent() && pin.get().source() == ImagePins.Source.BUILT_IN) {
          Optional<String> newer = stack.newerThan(image.get(), pin.get().tag());
          if (newer.isPresent()) {
            pin = Optional.of(new ImagePins.Pin(newer.get(), ImagePins.Source.STACK));
          }
        }
        // A pin older than what another file of the project runs for this service downgrades it.
        Optional<ProjectImages.OtherTag> other =
            ProjectImages.newestElsewhere(project, service.name(), image.get());
        if (other.isPresent()
            && (pin.isEmpty()
                || pin.get().source() != ImagePins.Source.CONFIGURED
                    && StackTags.isNewer(other.get().tag(), pin.get().tag()))) {
          pin = Optional.of(new ImagePins.Pin(other.get().tag(), ImagePins.Source.PROJECT));
        }
        report(context, service, at, scalar.get(), image.get(), pin, other);
      }
    }
  }

  private static boolean usesSecret(ProjectImages.Interpolated resolved, RuleContext context) {
    for (Variables.Variable variable : resolved.used()) {
      if (SecretNames.isSecret(variable.name(), context.config().secrets())) {
        return true;
      }
    }
    return false;
  }

  /** An image whose tag a variable sets to latest, or to nothing, in {@code .env} or the shell. */
  private static void reportVariable(
      RuleContext context,
      Service service,
      YNode at,
      YScalar scalar,
      ProjectImages.Interpolated resolved) {
    context.report(
        at,
        "service '"
            + service.name()
            + "': image '"
            + scalar.value()
            + "' is '"
            + resolved.image().text()
            + "' with "
            + resolved.describeVariables()
            + ", so it runs whatever :latest is when it is pulled; pin the tag where the variable"
            + " is set"
            + RuleContext.noFix(
                "the tag comes from " + resolved.origins() + ", which compose-fix does not edit"));
  }

  private static void report(
      RuleContext context,
      Service service,
      YNode at,
      YScalar scalar,
      ImageReference image,
      Optional<ImagePins.Pin> pin,
      Optional<ProjectImages.OtherTag> other) {
    String problem =
        "service '"
            + service.name()
            + "': image '"
            + image.text()
            + "' "
            + (image.tag().isPresent() ? "runs" : "has no tag, so it runs")
            + " whatever :latest is when it is pulled";
    if (pin.isEmpty()) {
      String key = ScalarWriter.key(image.normalizedName(), true);
      context.report(
          at,
          problem
              + "; pin the version you run, or add `pins: {"
              + key
              + ": <tag>}` to "
              + Config.FILE_NAME);
      return;
    }
    String tag = pin.get().tag();
    if (!pin.get().isUsable()) {
      context.report(
          at,
          problem
              + "; your pins: setting gives it '"
              + tag
              + "', which is not a version tag;"
              + " write one there, such as 1.2.3");
      return;
    }
    String pinned = image.text().substring(0, image.nameEnd()) + ":" + tag;
    boolean configured = pin.get().source() == ImagePins.Source.CONFIGURED;
    String message =
        problem
            + "; pin it to "
            + pinned
            + switch (pin.get().source()) {
              case CONFIGURED -> " as your pins: setting says";
              case STACK ->
                  ", the newest tag another service of this file runs, newer than the built-in pin";
              case BUILT_IN ->
                  ", the built-in pin, if that is not older than the version it runs now";
              case PROJECT ->
                  ", the tag "
                      + other.map(ProjectImages.OtherTag::where).orElse("another file")
                      + " sets for this service, so the pin is no older than that";
            };
    RuleContext.Attempt attempt;
    try {
      attempt =
          context.fixed(
              "Pin to " + pinned,
              configured ? Applicability.SAFE : Applicability.UNSAFE,
              scalar,
              pinTag(context, scalar, image, tag));
    } catch (CannotEditException e) {
      attempt = RuleContext.cannotFix(e);
    }
    context.report(at, message, attempt);
  }

  /** Replaces {@code latest} with the tag, or writes {@code :tag} after a name that has none. */
  private static YamlChange pinTag(
      RuleContext context, YScalar scalar, ImageReference image, String tag)
      throws CannotEditException {
    int nameEnd = image.nameEnd();
    if (image.tag().isPresent()) {
      return context
          .editor()
          .replaceInScalar(scalar, nameEnd + 1, nameEnd + 1 + image.tag().get().length(), tag);
    }
    return context.editor().replaceInScalar(scalar, nameEnd, nameEnd, ":" + tag);
  }

  /** The built-in pins as a Markdown table, so the doc always shows the table the rule uses. */
  private static String builtInPinTable() {
    StringBuilder table = new StringBuilder("| Image | Built-in pin |\n|-------|--------------|\n");
    for (Map.Entry<String, String> pin : ImagePins.builtInTable().entrySet()) {
      String image = pin.getKey();
      table
          .append("| `")
          .append(image)
          .append("` | `")
          .append(image)
          .append(':')
          .append(pin.getValue())
          .append("` |\n");
    }
    return table.toString();
  }

  @Override
  public RuleMetadata metadata() {
    return METADATA;
  }
}
