package dev.composefix.cli;

import java.util.Locale;

/** Enum values written in lower case on the command line, as users type them. */
final class LowerCaseEnum {

  private LowerCaseEnum() {}

  /**
   * The constant named {@code value} in any case.
   *
   * @throws IllegalArgumentException naming the allowed values, the message picocli shows after
   *     "Invalid value for option"
   */
  static <E extends Enum<E>> E parse(Class<E> type, String value) {
    String wanted = value.toUpperCase(Locale.ROOT);
    StringBuilder allowed = new StringBuilder();
    for (E constant : type.getEnumConstants()) {
      if (constant.name().equals(wanted)) {
        return constant;
      }
      allowed.append(allowed.length() == 0 ? "" : ", ");
      allowed.append(constant.name().toLowerCase(Locale.ROOT));
    }
    throw new IllegalArgumentException("'" + value + "' is not one of " + allowed);
  }
}
