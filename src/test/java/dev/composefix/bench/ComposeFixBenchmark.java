package dev.composefix.bench;

import dev.composefix.config.Config;
import dev.composefix.fix.FixFailedException;
import dev.composefix.fix.FixLoop;
import dev.composefix.lint.Surroundings;
import dev.composefix.rules.BuiltInRules;
import dev.composefix.text.SourceText;
import dev.composefix.yaml.InvalidYamlException;
import dev.composefix.yaml.YamlParser;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Parse, check and fix, in memory, over a whole input per operation: every usable corpus file (from
 * {@code -Dcorpus.dir}, default {@code ../shared/corpus}), or one generated 300- or 3,000-service
 * file. All rules run, unsafe fixes included, so that every fixer is exercised. Run with {@code mvn
 * -Pbench test-compile exec:exec} (see the bench profile in pom.xml).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ComposeFixBenchmark {

  @Param({"corpus", "generated-300", "generated-3000"})
  public String input;

  private List<SourceText> sources;
  private YamlParser parser;
  private FixLoop fixer;

  @Setup(Level.Trial)
  public void load() throws IOException {
    parser = new YamlParser();
    fixer =
        new FixLoop(
            BuiltInRules.ruleSet().all(),
            BuiltInRules.ruleSet(),
            Surroundings.of(Config.DEFAULTS),
            true,
            parser);
    sources = BenchInputs.load(input, fixer);
  }

  @Benchmark
  public void parse(Blackhole sink) throws InvalidYamlException {
    for (SourceText source : sources) {
      sink.consume(parser.parse(source));
    }
  }

  @Benchmark
  public void check(Blackhole sink) throws InvalidYamlException, FixFailedException {
    for (SourceText source : sources) {
      sink.consume(fixer.check(source));
    }
  }

  @Benchmark
  public void fix(Blackhole sink) throws InvalidYamlException, FixFailedException {
    for (SourceText source : sources) {
      sink.consume(fixer.fix(source));
    }
  }
}
