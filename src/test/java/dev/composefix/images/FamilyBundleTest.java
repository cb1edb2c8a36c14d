package dev.composefix.images;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
    FamilyBundle bundle = FamilyBundle.read(FamilyBundle.write(families));
    for (Map.Entry<String, byte[]> family : families.entrySet()) {
      try (DataInputStream in = bundle.family(family.getKey())) {
        assertArrayEquals(family.getValue(), in.readAllBytes(), family.getKey());
      }
    }
  }

  @Test
  void aFamilyNotInTheBundleIsAnError() throws IOException {
    FamilyBundle bundle = FamilyBundle.read(FamilyBundle.write(Map.of("alpha", bytes("a"))));
    IOException e = assertThrows(IOException.class, () -> bundle.family("beta"));
    assertEquals("no family beta in the bundle", e.getMessage());
  }

  @Test
  void aBundleOfAnotherLayoutIsRefused() {
    byte[] old = {0x43, 0x46, 0x00, 0x01, 0, 0, 0, 0};
    IOException e = assertThrows(IOException.class, () -> FamilyBundle.read(old));
    assertEquals("not a knowledge-base bundle of this build", e.getMessage());
  }

  @Test
  void aTruncatedBundleIsRefused() {
    byte[] whole = FamilyBundle.write(Map.of("alpha", bytes("first family")));
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 1);
    IOException e = assertThrows(IOException.class, () -> FamilyBundle.read(cut));
    assertEquals("family alpha runs past the end of the bundle", e.getMessage());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
