package dev.composefix.images;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Every knowledge-base family's compact form ({@link CompactFamily}) in one resource: a table of
 * family names and lengths, then the families' bytes one after another. A run finds the resource
 * once and slices a family out of it when asked, rather than asking the class loader for one file a
 * family, whose delegation through the JDK's loaders cost a cold run about half a millisecond a
 * family. Writing and reading are side by side so that the two cannot drift apart.
 */
public final class FamilyBundle {

  /** The resource's name, in the knowledge base's folder. */
  public static final String FILE = "families.facts";

  /** Changes whenever the layout does, so that a jar never reads another build's file. */
  private static final int FORMAT = 0x43420003;

  private final byte[] bytes;
  private final Map<String, Integer> starts;
  private final Map<String, Integer> lengths;

  private FamilyBundle(byte[] bytes, Map<String, Integer> starts, Map<String, Integer> lengths) {
    this.bytes = bytes;
    this.starts = starts;
    this.lengths = lengths;
  }

  /**
   * The bundle of the families' compact forms, in the map's order.
   *
   * @param families each family's name and compact form
   */
  public static byte[] write(Map<String, byte[]> families) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (DataOutputStream out = new DataOutputStream(bytes)) {
      out.writeInt(families.size());
      for (Map.Entry<String, byte[]> family : families.entrySet()) {
        out.writeUTF(family.getKey());
        out.writeInt(family.getValue().length);
      }
      for (byte[] family : families.values()) {
        out.write(family);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    // The format and the length first, so that a reader reads the rest into one array of the
    // right size, rather than into a growing buffer copied at the end.
    ByteArrayOutputStream whole = new ByteArrayOutputStream(bytes.size() + 8);
    try (DataOutputStream out = new DataOutputStream(whole)) {
      out.writeInt(FORMAT);
      out.writeInt(bytes.size());
      bytes.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory failed", e);
    }
    return whole.toByteArray();
  }

  /** Reads a bundle and its table; the families stay bytes until {@link #family} is asked. */
  static FamilyBundle read(InputStream stream) throws IOException {
    DataInputStream header = new DataInputStream(stream);
    if (header.readInt() != FORMAT) {
      throw new IOException("not a knowledge-base bundle of this build");
    }
    byte[] bytes = new byte[header.readInt()];
    if (header.readNBytes(bytes, 0, bytes.length) != bytes.length) {
      throw new IOException("the bundle ends too soon");
    }
    DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
    int count = in.readInt();
    String[] names = new String[count];
    int[] sizes = new int[count];
    for (int i = 0; i < count; i++) {
      names[i] = in.readUTF();
      sizes[i] = in.readInt();
    }
    // What is left to read is the families' bytes, which start where the table ends.
    int start = bytes.length - in.available();
    Map<String, Integer> starts = new HashMap<>(count * 2);
    Map<String, Integer> lengths = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      if (start + sizes[i] > bytes.length) {
        throw new IOException("family " + names[i] + " runs past the end of the bundle");
      }
      starts.put(names[i], start);
      lengths.put(names[i], sizes[i]);
      start += sizes[i];
    }
    return new FamilyBundle(bytes, starts, lengths);
  }

  /** A family's compact form, as {@link CompactFamily#read} reads it. */
  DataInputStream family(String name) throws IOException {
    Integer start = starts.get(name);
    if (start == null) {
      throw new IOException("no family " + name + " in the bundle");
    }
    return new DataInputStream(new ByteArrayInputStream(bytes, start, lengths.get(name)));
  }
}
