package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FactTest {

  @Test
  void aFullCommitIsFortyLowercaseHexDigits() {
    assertEquals(true, Fact.isFullCommit("fb30760a1b2c3d4e5f60718293a4b5c6d7e8f901"));
    assertEquals(false, Fact.isFullCommit("fb30760"));
    assertEquals(false, Fact.isFullCommit("FB30760A1B2C3D4E5F60718293A4B5C6D7E8F901"));
    assertEquals(false, Fact.isFullCommit("fb30760a1b2c3d4e5f60718293a4b5c6d7e8f90g"));
    assertEquals(false, Fact.isFullCommit("fb30760a1b2c3d4e5f60718293a4b5c6d7e8f9012"));
    assertEquals(false, Fact.isFullCommit("v1.24.0"));
    assertEquals(false, Fact.isFullCommit(""));
  }
}
