package dev.composefix.bench;

/**
 * The true floor of a cold run: the JVM starts, prints one line and exits. {@code bench/compare.sh}
 * runs it with the launcher's flags and the JDK's default class-data archive, against a cold {@code
 * --check}.
 */
public final class Hello {

  private Hello() {}

  public static void main(String[] args) {
    System.out.println("hello");
  }
}
