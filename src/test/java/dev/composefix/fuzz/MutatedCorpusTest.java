package dev.composefix.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.composefix.support.Cli;
import dev.composefix.support.Projects;
import dev.composefix.support.TempFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterTry;
import net.jqwik.api.lifecycle.BeforeTry;

/**
 * Corpus files broken at random: truncated, bytes flipped, tabs inserted, lines duplicated, cut
 * inside a multi-byte character. For each, the command either fixes the file within the invariants,
 * or exits 2 with one {@code path:line:col: message} line and writes nothing. It never throws,
 * never reports an internal error, never hangs.
 */
class MutatedCorpusTest {

  private static final Pattern ERROR_LINE = Pattern.compile("compose\\.yaml:\\d+:\\d+: [^\\n]+");

  /**
   * The corpus when it is there, and the project's own fixtures always, so a user's clone fuzzes
   * too.
   */
  private static final List<Path> CORPUS = inputs();

  private Path dir;

  @BeforeTry
  void makeFolder() throws Exception {
    dir = Files.createTempDirectory("compose-fix-mutated");
  }

  @AfterTry
  void removeFolder() throws Exception {
    TempFolders.delete(dir);
  }

  /** A corpus file's bytes with one to three random mutations. */
  @Provide
  Arbitrary<byte[]> mutatedFiles() {
    return Arbitraries.longs()
        .map(
            seed -> {
              Random random = new Random(seed);
              byte[] bytes = read(CORPUS.get(random.nextInt(CORPUS.size())));
              int mutations = 1 + random.nextInt(3);
              for (int i = 0; i < mutations; i++) {
                bytes =
                    Mutation.values()[random.nextInt(Mutation.values().length)].apply(
                        bytes, random);
              }
              return bytes;
            });
  }

  @Property
  void brokenFilesAreFixedOrRefusedCleanly(@ForAll("mutatedFiles") byte[] input) {
    assertTimeoutPreemptively(
        Duration.ofSeconds(30),
        () -> {
          Path file = dir.resolve("compose.yaml");
          Files.write(file, input);
          Cli.Result result = Cli.run(dir, "--write", "--unsafe-fixes", "compose.yaml");
          assertEquals(List.of(), Invariants.internalErrors(result), "no internal error");
          if (result.exitCode() == 2) {
            List<String> lines = result.err().lines().toList();
            assertEquals(2, lines.size(), "one error line and the summary:\n" + result.err());
            assertTrue(
                ERROR_LINE.matcher(lines.get(0)).matches(),
                "path:line:col: message, got: " + lines.get(0));
            assertArrayEquals(input, Files.readAllBytes(file), "nothing is written");
            assertEquals("", result.out());
          } else {
            Invariants.check(dir, input, List.of("--unsafe-fixes"));
          }
        });
  }

  private static byte[] read(Path path) {
    try {
      return Files.readAllBytes(path);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** Ways to break a file. */
  enum Mutation {
    TRUNCATE {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        return Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
      }
    },
    FLIP_BYTE {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        byte[] copy = bytes.clone();
        if (copy.length > 0) {
          copy[random.nextInt(copy.length)] ^= (byte) (1 << random.nextInt(8));
        }
        return copy;
      }
    },
    INSERT_TAB {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        return insert(bytes, lineStart(bytes, random), new byte[] {'\t'});
      }
    },
    DUPLICATE_LINE {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        int start = lineStart(bytes, random);
        int end = start;
        while (end < bytes.length && bytes[end] != '\n') {
          end++;
        }
        end = Math.min(bytes.length, end + 1);
        return insert(bytes, end, Arrays.copyOfRange(bytes, start, end));
      }
    },
    CUT_MULTIBYTE {
      @Override
      byte[] apply(byte[] bytes, Random random) {
        List<Integer> continuation = new ArrayList<>();
        for (int i = 0; i < bytes.length; i++) {
          if ((bytes[i] & 0xC0) == 0x80) {
            continuation.add(i);
          }
        }
        if (continuation.isEmpty()) {
          return insert(
              bytes,
              bytes.length == 0 ? 0 : random.nextInt(bytes.length),
              new byte[] {(byte) 0xE2, (byte) 0x82});
        }
        int at = continuation.get(random.nextInt(continuation.size()));
        return random.nextBoolean() ? Arrays.copyOf(bytes, at) : remove(bytes, at);
      }
    };

    abstract byte[] apply(byte[] bytes, Random random);

    static int lineStart(byte[] bytes, Random random) {
      if (bytes.length == 0) {
        return 0;
      }
      int at = random.nextInt(bytes.length);
      while (at > 0 && bytes[at - 1] != '\n') {
        at--;
      }
      return at;
    }

    static byte[] insert(byte[] bytes, int at, byte[] inserted) {
      byte[] out = new byte[bytes.length + inserted.length];
      System.arraycopy(bytes, 0, out, 0, at);
      System.arraycopy(inserted, 0, out, at, inserted.length);
      System.arraycopy(bytes, at, out, at + inserted.length, bytes.length - at);
      return out;
    }

    static byte[] remove(byte[] bytes, int at) {
      byte[] out = new byte[bytes.length - 1];
      System.arraycopy(bytes, 0, out, 0, at);
      System.arraycopy(bytes, at + 1, out, at, bytes.length - at - 1);
      return out;
    }
  }

  private static List<Path> inputs() {
    List<Path> inputs =
        new ArrayList<>(Projects.corpus().map(Projects::corpusFiles).orElse(List.of()));
    try (var fixtures = Files.walk(Projects.root().resolve("fixtures"))) {
      fixtures.filter(path -> path.toString().endsWith(".yml")).sorted().forEach(inputs::add);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return inputs;
  }
}
