package dev.composefix.cli;

import dev.composefix.config.Config;
import dev.composefix.config.ConfigException;
import dev.composefix.compose.SecretValues;
import dev.composefix.diff.Masks;
import dev.composefix.diff.UnifiedDiff;
import dev.composefix.fix.FileFixer;
import dev.composefix.fix.FixFailedException;
import dev.composefix.fix.FixOutcome;
import dev.composefix.rules.Finding;
import dev.composefix.compose.NotComposeException;
import dev.composefix.rules.Rule;
import dev.composefix.rules.RuleRegistry;
import dev.composefix.text.InvalidEncodingException;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.ComposeParser;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Processes one file from bytes to report; the only place that reads or writes Compose files. */
final class FileProcessor {

  private final Mode mode;
  private final Optional<List<String>> select;
  private final List<String> ignore;
  private final Optional<Boolean> unsafeFixes;
  private final boolean showSecrets;
  private final ConfigResolver configs;
  private final ComposeParser parser;
  private final long maxBytes;

  FileProcessor(Mode mode, Optional<List<String>> select, List<String> ignore, Optional<Boolean> unsafeFixes,
      boolean showSecrets, ConfigResolver configs, ComposeParser parser, long maxBytes) {
    this.mode = mode;
    this.select = select;
    this.ignore = ignore;
    this.unsafeFixes = unsafeFixes;
    this.showSecrets = showSecrets;
    this.configs = configs;
    this.parser = parser;
    this.maxBytes = maxBytes;
  }

  /** Processes one file; whatever goes wrong stays with that file, and the run goes on. */
  FileReport process(FileTarget target) {
    try {
      return processOrThrow(target);
    } catch (RuntimeException e) {
      return FileReport.error(target.display() + ":1:1: internal error, nothing written: " + e
          + "; please report this with the file");
    }
  }

  private FileReport processOrThrow(FileTarget target) {
    String name = target.display();
    byte[] bytes;
    try {
      long size = Files.size(target.path());
      if (size > maxBytes) {
        return FileReport.error(name + ":1:1: file is " + size / (1024 * 1024) + " MB, larger than the limit of "
            + maxBytes / (1024 * 1024) + " MB; raise it with --max-file-size if the file is genuine");
      }
      bytes = Files.readAllBytes(target.path());
    } catch (IOException e) {
      return FileReport.error(name + ":1:1: cannot read: " + IoMessages.describe(e));
    }
    Config config;
    List<Rule> rules;
    try {
      config = configs.configFor(target.path());
      List<String> ignored = new ArrayList<>(config.ignore());
      ignored.addAll(ignore);
      rules = RuleRegistry.select(select.isPresent() ? select : config.select(), ignored);
    } catch (ConfigException e) {
      return FileReport.error(e.describe());
    }
    SourceText source;
    try {
      source = SourceText.decode(bytes);
    } catch (InvalidEncodingException e) {
      return FileReport.error(name + ":" + e.position() + ": " + e.getMessage());
    }
    FixOutcome outcome;
    try {
      FileFixer fixer = new FileFixer(rules, config, unsafe(config), parser);
      outcome = mode == Mode.CHECK ? fixer.check(source) : fixer.fix(source);
    } catch (InvalidYamlException e) {
      return FileReport.error(name + ":" + source.positionOf(e.offset()) + ": " + e.getMessage());
    } catch (NotComposeException e) {
      return FileReport.error(name + ":" + source.positionOf(e.offset()) + ": " + e.getMessage());
    } catch (FixFailedException e) {
      return FileReport.error(name + ":1:1: internal error, nothing written: " + e.getMessage()
          + "; please report this with the file");
    }
    return report(target, bytes, outcome, config);
  }

  private FileReport report(FileTarget target, byte[] bytes, FixOutcome outcome, Config config) {
    String name = target.display();
    boolean unsafeFixes = unsafe(config);
    List<String> messages = new ArrayList<>();
    int fixable = 0;
    int unsafeOnly = 0;
    for (Finding finding : outcome.findings()) {
      if (finding.isFixable(unsafeFixes)) {
        fixable++;
      } else if (finding.isFixable(true)) {
        unsafeOnly++;
      }
    }
    if (mode == Mode.WRITE) {
      boolean written = false;
      if (outcome.changed()) {
        try {
          AtomicFileWriter.write(target.path(), bytes, outcome.fixed().encode());
          written = true;
        } catch (IOException e) {
          return FileReport.error(name + ":1:1: cannot write: " + IoMessages.describe(e));
        }
      }
      for (Finding finding : outcome.remaining()) {
        messages.add(FindingFormat.line(name, outcome.fixed(), finding, unsafeFixes));
      }
      int remainingUnsafe = (int) outcome.remaining().stream().filter(f -> !f.isFixable(unsafeFixes) && f.isFixable(true)).count();
      return new FileReport("", messages, new FileReport.Counts(outcome.findings().size(), fixable, remainingUnsafe,
          outcome.fixedCount(), outcome.remaining().size(), 0, written));
    }
    for (Finding finding : outcome.findings()) {
      messages.add(FindingFormat.line(name, outcome.original(), finding, unsafeFixes));
    }
    String diff = mode == Mode.DRY_RUN
        ? UnifiedDiff.render(name, outcome.original().textWithBom(), outcome.fixed().textWithBom(),
            masks(outcome.originalDocument(), config), masks(outcome.fixedDocument(), config))
        : "";
    return new FileReport(diff, messages, new FileReport.Counts(outcome.findings().size(), fixable, unsafeOnly,
        0, outcome.findings().size(), 0, false));
  }

  /** The command line decides unsafe fixes when it says anything, the configuration otherwise. */
  private boolean unsafe(Config config) {
    return unsafeFixes.or(config::unsafeFixes).orElse(false);
  }

  /** Secret values are shown as **** unless the user asked to see them. */
  private Masks masks(YDocument document, Config config) {
    if (showSecrets) {
      return Masks.NONE;
    }
    return Masks.of(SecretValues.find(document, config), document.source().hasBom() ? 1 : 0);
  }

  /** The largest file a run reads, from the {@code --max-file-size} limit in MiB. */
  static long bytesOf(int megabytes) {
    return megabytes * 1024L * 1024L;
  }
}
