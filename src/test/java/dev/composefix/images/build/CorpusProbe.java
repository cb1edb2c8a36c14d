package dev.composefix.images.build;

import dev.composefix.images.routes.BuildFacts;
import dev.composefix.images.routes.BuildReading;
import dev.composefix.support.Projects;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CorpusProbe {
  @Test
  void print() {
    Path corpus = Projects.root().resolve("../shared/buildctx-corpus").normalize();
    for (CorpusBuilds.Build build : CorpusBuilds.read(corpus)) {
      long start = System.nanoTime();
      BuildFacts facts = BuildReading.read(build.request());
      System.out.println(
          "=== " + build.key() + " (" + (System.nanoTime() - start) / 1_000_000 + " ms)");
      facts
          .stage()
          .ifPresent(
              s ->
                  System.out.println(
                      "  base "
                          + s.base().kind()
                          + " "
                          + s.base().reference()
                          + " programs "
                          + s.programNames()));
      System.out.println("  command " + facts.command());
      System.out.println("  files " + facts.files().size());
      facts.routes().forEach(r -> System.out.println("  route " + r));
      facts.ports().forEach(p -> System.out.println("  port " + p));
      facts.notes().stream().limit(8).forEach(n -> System.out.println("  note " + n));
    }
  }
}
