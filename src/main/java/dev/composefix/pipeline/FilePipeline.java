package dev.composefix.pipeline;

import dev.composefix.compose.ComposeFile;
import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.diff.UnifiedDiff;
import dev.composefix.fix.FixFailedException;
import dev.composefix.fix.FixLoop;
import dev.composefix.fix.FixOutcome;
import dev.composefix.images.BuildContexts;
import dev.composefix.images.KnowledgeBase;
import dev.composefix.images.routes.BuildReading;
import dev.composefix.lint.Rule;
import dev.composefix.lint.RuleSet;
import dev.composefix.lint.Surroundings;
import dev.composefix.project.ProjectView;
import dev.composefix.report.FileError;
import dev.composefix.report.FileResult;
import dev.composefix.report.Mode;
import dev.composefix.secrets.SecretMask;
import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One file from bytes to result: read within the limits, decode, find its configuration, choose its
 * rules, check or fix it, and build its masks and diff. It never writes the file; whatever goes
 * wrong stays with that file's result, and the run goes on.
 */
public final class FilePipeline {

  private static final Position START = new Position(1, 1);

  /** Picks a file's rules from the select and ignore lists; tests put their own rules here. */
  @FunctionalInterface
  public interface RuleSelection {
    List<Rule> select(Optional<List<String>> select, List<String> ignore);
  }

  private final RunSettings settings;
  private final ConfigResolver configs;
  private final RuleSet known;
  private final RuleSelection selection;
  private final YamlParser parser;

  /**
   * What the run's builds share: several Compose files in a folder often build one context, and
   * reading it once for all of them is most of such a run.
   */
  private final BuildReading.Reuse buildReuse =
      new BuildReading.Reuse(BuildReading.Reuse.RUN_CHARACTERS);

  public FilePipeline(RunSettings settings, ConfigResolver configs, RuleSet known) {
    this(settings, configs, known, null);
  }

  /**
   * @param known every rule a suppression comment may name
   * @param selection how the rules of a file are chosen; null for {@code known}'s own selection
   *     (not a method reference, which every cold run would link)
   */
  public FilePipeline(
      RunSettings settings, ConfigResolver configs, RuleSet known, RuleSelection selection) {
    this.settings = settings;
    this.configs = configs;
    this.known = known;
    this.selection = selection;
    this.parser = new YamlParser(settings.limits());
  }

  public RunSettings settings() {
    return settings;
  }

  /**
   * Processes one file; a failure inside compose-fix is reported as an internal error of that file.
   */
  public FileResult process(FileTarget target) {
    try {
      return processOrThrow(target);
    } catch (RuntimeException e) {
      return FileResult.failed(target.display(), internalError(e.toString()));
    }
  }

  /** The error for a failure inside compose-fix, which writes nothing. */
  public static FileError internalError(String what) {
    return new FileError(
        START,
        "internal error, nothing written: " + what + "; please report this with the file",
        true);
  }

  private FileResult processOrThrow(FileTarget target) {
    Loaded loaded = load(target);
    Optional<FileResult> failure = loaded.failure();
    return failure.isPresent() ? failure.get() : judge(loaded, ProjectView.ALONE);
  }

  /**
   * A file read, configured and parsed, ready to be judged alone or with its project; or the result
   * that says why it could not be.
   */
  public static final class Loaded {
    private final FileTarget target;
    private final FileResult failure;
    private Config config;
    private KnowledgeBase images;
    private List<Rule> rules;
    private YDocument document;
    private ComposeFile compose;

    private Loaded(FileTarget target, FileResult failure) {
      this.target = target;
      this.failure = failure;
    }

    public FileTarget target() {
      return target;
    }

    /** A file that cannot be judged, for this reason. */
    public static Loaded failed(FileTarget target, FileResult failure) {
      return new Loaded(target, failure);
    }

    /** Why it could not be read, configured or parsed. */
    public Optional<FileResult> failure() {
      return Optional.ofNullable(failure);
    }

    /** Its Compose view; empty when it failed or holds no document. */
    public Optional<ComposeFile> compose() {
      return Optional.ofNullable(compose);
    }
  }

  /** Reads, configures and parses a file; a failure inside compose-fix is an internal error. */
  public Loaded load(FileTarget target) {
    try {
      return loadOrThrow(target);
    } catch (RuntimeException e) {
      return new Loaded(target, FileResult.failed(target.display(), internalError(e.toString())));
    }
  }

  private Loaded loadOrThrow(FileTarget target) {
    String name = target.display();
    byte[] bytes;
    try {
      bytes = SourceFiles.read(target.path(), settings.limits().maxCodePoints());
    } catch (SourceFiles.Refused e) {
      return new Loaded(target, failed(name, START, e.getMessage()));
    } catch (IOException e) {
      return new Loaded(target, failed(name, START, "cannot read: " + IoMessages.describe(e)));
    }
    Loaded loaded = new Loaded(target, null);
    try {
      loaded.config = configs.configFor(target.path());
      loaded.images = configs.imagesFor(target.path());
      List<String> ignored = new ArrayList<>(loaded.config.ignore());
      ignored.addAll(settings.ignore());
      Optional<List<String>> select =
          settings.select().isPresent() ? settings.select() : loaded.config.select();
      loaded.rules =
          selection == null ? known.select(select, ignored) : selection.select(select, ignored);
    } catch (ConfigException e) {
      return new Loaded(
          target, FileResult.failed(e.path(), new FileError(e.position(), e.getMessage(), false)));
    }
    SourceText source;
    try {
      source = SourceText.decode(bytes);
    } catch (InvalidEncodingException e) {
      return new Loaded(target, failed(name, e.position(), e.getMessage()));
    }
    try {
      loaded.document = parser.parse(source);
      loaded.compose = ComposeFile.of(loaded.document).orElse(null);
    } catch (InvalidYamlException e) {
      return new Loaded(target, failed(name, source.positionOf(e.offset()), e.getMessage()));
    }
    return loaded;
  }

  /**
   * Judges a loaded file within its project: checks or fixes it, and builds its masks and diff. A
   * failure inside compose-fix is an internal error of that file.
   */
  public FileResult judge(Loaded loaded, ProjectView project) {
    if (loaded.failure != null) {
      return loaded.failure;
    }
    try {
      return judgeOrThrow(loaded, project);
    } catch (RuntimeException e) {
      return FileResult.failed(loaded.target.display(), internalError(e.toString()));
    }
  }

  private FileResult judgeOrThrow(Loaded loaded, ProjectView project) {
    FileTarget target = loaded.target;
    String name = target.display();
    Config config = loaded.config;
    SourceText source = loaded.document.source();
    Optional<Boolean> unsafeSetting =
        settings.unsafeFixes().isPresent() ? settings.unsafeFixes() : config.unsafeFixes();
    boolean unsafe = unsafeSetting.orElse(false);
    FixOutcome outcome;
    try {
      Surroundings surroundings =
          new Surroundings(
              config,
              loaded.images,
              target.folder().isPresent()
                  ? BuildContexts.in(target.folder().get(), buildReuse)
                  : BuildContexts.NONE,
              project);
      FixLoop loop = new FixLoop(loaded.rules, known, surroundings, unsafe, parser);
      outcome =
          settings.mode() == Mode.CHECK
              ? loop.checkParsed(loaded.document)
              : loop.fixParsed(loaded.document);
    } catch (InvalidYamlException e) {
      return failed(name, source.positionOf(e.offset()), e.getMessage());
    } catch (FixFailedException e) {
      return FileResult.failed(name, internalError(e.getMessage()));
    }
    // Finding secrets costs a walk of both documents; only a diff and shown edits need them.
    boolean masking =
        !settings.showSecrets()
            && (settings.mode() == Mode.DRY_RUN && settings.maskDiff()
                || settings.format().showsEditText());
    SecretMask mask =
        masking
            ? SecretMask.of(outcome.originalDocument(), outcome.fixedDocument(), config.secrets())
            : SecretMask.NONE;
    // The diff shows the file's own bytes, so that it applies, unless it is asked to mask them.
    String diff =
        settings.mode() == Mode.DRY_RUN
            ? UnifiedDiff.render(
                target.patchPath(),
                outcome.original().textWithBom(),
                outcome.fixed().textWithBom(),
                settings.maskDiff() ? mask : SecretMask.NONE)
            : "";
    return new FileResult(
        name,
        Optional.empty(),
        outcome,
        settings.mode() == Mode.WRITE,
        unsafe,
        false,
        diff,
        mask,
        Optional.empty());
  }

  private static FileResult failed(String name, Position position, String message) {
    return FileResult.failed(name, new FileError(position, message, false));
  }
}
