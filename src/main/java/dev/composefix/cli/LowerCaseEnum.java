package dev.composefix.cli;

import dev.composefix.report.OutputFormat;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Enum options written in lower case on the command line, as users type them. */
final class LowerCaseEnum {

  private LowerCaseEnum() {}

  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    try {
      return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      String allowed =
          String.join(
              ", ",
              Arrays.stream(type.getEnumConstants())
                  .map(c -> c.name().toLowerCase(Locale.ROOT))
                  .toList());
      throw new TypeConversionException("'" + value + "' is not one of " + allowed);
    }
  }

  static final class FormatConverter implements ITypeConverter<OutputFormat> {
    @Override
    public OutputFormat convert(String value) {
      return parse(OutputFormat.class, value);
    }
  }

  static final class ColorConverter implements ITypeConverter<ComposeFixCommand.ColorChoice> {
    @Override
    public ComposeFixCommand.ColorChoice convert(String value) {
      return parse(ComposeFixCommand.ColorChoice.class, value);
    }
  }
}
