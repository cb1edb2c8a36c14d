package dev.composefix.cli;

import java.util.List;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Model.ArgGroupSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.TypeConversionException;

/**
 * picocli's model of the main command, built from {@link MainOption}: the command's description
 * comes from {@link ComposeFixCommand}'s annotation, every option from the table. Only command
 * lines that {@link FastArguments} leaves alone, and the subcommands, pay for building it.
 */
final class MainCommandSpec {

  private MainCommandSpec() {}

  /** The main command's model, with its options, paths, help and version. */
  static CommandSpec of(ComposeFixCommand command) {
    CommandSpec spec = CommandSpec.forAnnotatedObject(command);
    ArgGroupSpec.Builder modes = ArgGroupSpec.builder().exclusive(true).multiplicity("0..1");
    for (MainOption option : MainOption.values()) {
      if (option.kind() == MainOption.Kind.MODE) {
        modes.addArg(option(option));
      }
    }
    spec.addArgGroup(modes.build());
    for (MainOption option : MainOption.values()) {
      if (option.kind() != MainOption.Kind.MODE) {
        spec.addOption(option(option));
      }
    }
    spec.addOption(
        OptionSpec.builder("-h", "--help")
            .usageHelp(true)
            .description("Show this help message and exit.")
            .build());
    spec.addOption(
        OptionSpec.builder("-V", "--version")
            .versionHelp(true)
            .description("Print version information and exit.")
            .build());
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("PATH")
            .arity("0..*")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("Compose files or folders to search (default: the current folder).")
            .build());
    return spec;
  }

  /** Adds the options that raise the limits to a subcommand that reads files. */
  static void addLimits(CommandSpec spec) {
    for (MainOption option : MainOption.LIMITS) {
      spec.addOption(option(option));
    }
  }

  /** One option's picocli model. */
  static OptionSpec option(MainOption option) {
    OptionSpec.Builder builder =
        OptionSpec.builder(option.names()).description(option.description());
    switch (option.kind()) {
      case MODE, FLAG -> builder.arity("0").type(boolean.class);
      case NEGATABLE -> builder.arity("0").type(Boolean.class).negatable(true);
      case SINGLE ->
          builder
              .arity("1")
              .type(Object.class)
              .paramLabel(option.paramLabel())
              .converters(new Converter(option))
              .initialValue(option.defaultValue())
              .hasInitialValue(option.defaultValue() != null);
      case LIST ->
          builder
              .arity("1")
              .type(List.class)
              .auxiliaryTypes(String.class)
              .splitRegex(",")
              .paramLabel(option.paramLabel());
      case REPEATED ->
          builder
              .arity("1")
              .type(List.class)
              .auxiliaryTypes(String.class)
              .paramLabel(option.paramLabel());
    }
    return builder.build();
  }

  /** picocli's view of the table's converter, with its message. */
  private static final class Converter implements ITypeConverter<Object> {
    private final MainOption option;

    Converter(MainOption option) {
      this.option = option;
    }

    @Override
    public Object convert(String value) {
      try {
        return option.convert(value);
      } catch (IllegalArgumentException e) {
        throw new TypeConversionException(e.getMessage());
      }
    }
  }
}
