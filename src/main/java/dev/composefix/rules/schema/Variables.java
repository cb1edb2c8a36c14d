package dev.composefix.rules.schema;

/**
 * How a check reads values that refer to variables ({@code ${VAR}}, {@code ${VAR:-default}}, {@code
 * $VAR}).
 */
public enum Variables {

  /**
   * As the literal text they are before interpolation: {@code cpus: ${CPUS}} is a string. The way
   * the corpus manifest was checked, and what the tests' guarantee compares.
   */
  LITERAL,

  /**
   * As unknown until Compose interpolates them: such a string can become any scalar (Compose
   * converts it to the number or boolean a field needs), so only checks no scalar could pass are
   * kept. What the rule uses.
   */
  UNKNOWN
}
