package dev.composefix.cli;

import dev.composefix.compose.NotComposeException;
import dev.composefix.compose.SecretValues;
import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.diff.Masks;
import dev.composefix.diff.UnifiedDiff;
import dev.composefix.fix.FileFixer;
import dev.composefix.fix.FixFailedException;
import dev.composefix.fix.FixOutcome;
import dev.composefix.report.FileError;
import dev.composefix.report.FileResult;
import dev.composefix.report.Mode;
import dev.composefix.report.SecretText;
import dev.composefix.rules.Rule;
import dev.composefix.rules.RuleRegistry;
import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.Position;
import dev.composefix.text.SourceText;
import dev.composefix.text.TextRange;
import dev.composefix.yaml.ComposeParser;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Processes one file from bytes to result; the only place that reads or writes Compose files. */
final class FileProcessor {

  private static final Position START = new Position(1, 1);

  private final Mode mode;
  private final Optional<List<String>> select;
  private final List<String> ignore;
  private final Optional<Boolean> unsafeFixes;
  private final boolean showSecrets;
  private final ConfigResolver configs;
  private final ComposeParser parser;
  private final long maxBytes;
  private final RuleSelection rules;
  private final boolean editsShown;

  /** Picks a run's rules from the select and ignore lists; tests put their own rules here. */
  @FunctionalInterface
  interface RuleSelection {
    List<Rule> select(Optional<List<String>> select, List<String> ignore);
  }

  /**
   * @param editsShown whether the output format shows the text of fixes (JSON, SARIF), which must
   *     then be masked too
   */
  FileProcessor(Mode mode, Optional<List<String>> select, List<String> ignore, Optional<Boolean> unsafeFixes,
      boolean showSecrets, boolean editsShown, ConfigResolver configs, ComposeParser parser, long maxBytes) {
    this(mode, select, ignore, unsafeFixes, showSecrets, editsShown, configs, parser, maxBytes, RuleRegistry::select);
  }

  FileProcessor(Mode mode, Optional<List<String>> select, List<String> ignore, Optional<Boolean> unsafeFixes,
      boolean showSecrets, boolean editsShown, ConfigResolver configs, ComposeParser parser, long maxBytes,
      RuleSelection rules) {
    this.mode = mode;
    this.select = select;
    this.ignore = ignore;
    this.unsafeFixes = unsafeFixes;
    this.showSecrets = showSecrets;
    this.configs = configs;
    this.parser = parser;
    this.maxBytes = maxBytes;
    this.rules = rules;
    this.editsShown = editsShown;
  }

  /** Processes one file; whatever goes wrong stays with that file, and the run goes on. */
  FileResult process(FileTarget target) {
    try {
      return processOrThrow(target);
    } catch (RuntimeException e) {
      return FileResult.failed(target.display(), new FileError(START,
          "internal error, nothing written: " + e + "; please report this with the file", true));
    }
  }

  private FileResult processOrThrow(FileTarget target) {
    String name = target.display();
    byte[] bytes;
    try {
      long size = Files.size(target.path());
      if (size > maxBytes) {
        return failed(name, START, "file is " + size / (1024 * 1024) + " MB, larger than the limit of "
            + maxBytes / (1024 * 1024) + " MB; raise it with --max-file-size if the file is genuine");
      }
      bytes = Files.readAllBytes(target.path());
    } catch (IOException e) {
      return failed(name, START, "cannot read: " + IoMessages.describe(e));
    }
    Config config;
    List<Rule> selected;
    try {
      config = configs.configFor(target.path());
      List<String> ignored = new ArrayList<>(config.ignore());
      ignored.addAll(ignore);
      selected = rules.select(select.isPresent() ? select : config.select(), ignored);
    } catch (ConfigException e) {
      return FileResult.failed(e.path(), new FileError(e.position(), e.getMessage(), false));
    }
    SourceText source;
    try {
      source = SourceText.decode(bytes);
    } catch (InvalidEncodingException e) {
      return failed(name, e.position(), e.getMessage());
    }
    boolean unsafe = unsafeFixes.or(config::unsafeFixes).orElse(false);
    FixOutcome outcome;
    try {
      FileFixer fixer = new FileFixer(selected, config, unsafe, parser);
      outcome = mode == Mode.CHECK ? fixer.check(source) : fixer.fix(source);
    } catch (InvalidYamlException e) {
      return failed(name, source.positionOf(e.offset()), e.getMessage());
    } catch (NotComposeException e) {
      return failed(name, source.positionOf(e.offset()), e.getMessage());
    } catch (FixFailedException e) {
      return FileResult.failed(name, new FileError(START, "internal error, nothing written: " + e.getMessage()
          + "; please report this with the file", true));
    }
    boolean written = false;
    if (mode == Mode.WRITE && outcome.changed()) {
      try {
        AtomicFileWriter.write(target.path(), bytes, outcome.fixed().encode());
        written = true;
      } catch (IOException e) {
        return failed(name, START, "cannot write: " + IoMessages.describe(e));
      }
    }
    // Finding secrets costs a walk of both documents; only a diff and shown edits need them.
    boolean masking = !showSecrets && (mode == Mode.DRY_RUN || editsShown);
    List<TextRange> oldSecrets = masking ? SecretValues.find(outcome.originalDocument(), config) : List.of();
    List<TextRange> newSecrets = masking ? SecretValues.find(outcome.fixedDocument(), config) : List.of();
    String diff = mode == Mode.DRY_RUN
        ? UnifiedDiff.render(name, outcome.original().textWithBom(), outcome.fixed().textWithBom(),
            masks(outcome.originalDocument(), oldSecrets), masks(outcome.fixedDocument(), newSecrets))
        : "";
    return new FileResult(name, Optional.empty(), outcome, mode == Mode.WRITE, unsafe, written, diff,
        secretText(outcome.originalDocument(), oldSecrets, outcome.fixedDocument(), newSecrets));
  }

  private static FileResult failed(String name, Position position, String message) {
    return FileResult.failed(name, new FileError(position, message, false));
  }

  private static Masks masks(YDocument document, List<TextRange> secrets) {
    return Masks.of(secrets, document.source().hasBom() ? 1 : 0);
  }

  private static SecretText secretText(YDocument before, List<TextRange> oldSecrets, YDocument after, List<TextRange> newSecrets) {
    Set<String> values = new LinkedHashSet<>();
    oldSecrets.forEach(range -> values.add(before.source().slice(range)));
    newSecrets.forEach(range -> values.add(after.source().slice(range)));
    return SecretText.of(values);
  }

  /** The largest file a run reads, from the {@code --max-file-size} limit in MiB. */
  static long bytesOf(int megabytes) {
    return megabytes * 1024L * 1024L;
  }
}
