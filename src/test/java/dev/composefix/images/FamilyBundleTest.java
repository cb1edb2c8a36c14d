package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A bundle gives back each family's bytes exactly as they went in, and refuses another layout. */
class FamilyBundleTest {

  @Test
  void eachFamilyComesBackAsItWasWritten() throws IOException {
    Map<String, byte[]> families = new LinkedHashMap<>();
    families.put("alpha", bytes("first family"));
    families.put("beta", new byte[0]);
    families.put("gamma", bytes("third"));
    FamilyBundle bundle = read(FamilyBundle.write(families));
    for (String name : new String[] {"gamma", "alpha", "beta"}) {
      try (DataInputStream in = bundle.family(name)) {
        assertArrayEquals(families.get(name), in.readAllBytes(), name);
      }
    }
  }

  @Test
  void aFamilyNotInTheBundleIsAnError() throws IOException {
    FamilyBundle bundle = read(FamilyBundle.write(Map.of("alpha", bytes("a"))));
    IOException e = assertThrows(IOException.class, () -> bundle.family("beta"));
    assertEquals("no family beta in the bundle", e.getMessage());
  }

  @Test
  void aBundleOfAnotherLayoutIsRefused() {
    byte[] old = {0x43, 0x42, 0x00, 0x01, 0, 0, 0, 0};
    IOException e = assertThrows(IOException.class, () -> read(old));
    assertEquals("not a knowledge-base bundle of this build", e.getMessage());
  }

  @Test
  void aCutBundleIsRefused() {
    byte[] whole = FamilyBundle.write(Map.of("alpha", bytes("first family")));
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);
    IOException e = assertThrows(IOException.class, () -> read(cut));
    assertEquals("the bundle ends too soon", e.getMessage());
  }

  @Test
  void aTableThatPromisesMoreThanTheBundleHoldsIsRefused() {
    byte[] whole = FamilyBundle.write(Map.of("alpha", bytes("first family")));
    // The bundle one byte shorter, and the length after the format (bytes 4 to 7) to match.
    byte[] cut = Arrays.copyOf(whole, whole.length - 1);
    cut[7]--;
    IOException e = assertThrows(IOException.class, () -> read(cut));
    assertEquals("family alpha runs past the end of the bundle", e.getMessage());
  }

  private static FamilyBundle read(byte[] bundle) throws IOException {
    return FamilyBundle.read(new ByteArrayInputStream(bundle));
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
