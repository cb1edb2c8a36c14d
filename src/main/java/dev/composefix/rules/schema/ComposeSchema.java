package dev.composefix.rules.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.composefix.yaml.YDocument;
import dev.composefix.yaml.YNode;
import dev.composefix.yaml.YScalar;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks documents against the Compose Specification's JSON schema, shipped beside this class with
 * its provenance note. The schema and the validator load on the first check, not before: a run that
 * does not check pays nothing for them.
 */
public final class ComposeSchema {

  private static final String RESOURCE = "compose-spec.schema.json";

  /**
   * Where the schema says it is; its relative {@code $id} resolves against this, and nothing is
   * ever fetched.
   */
  private static final String LOCATION = "classpath:dev/composefix/schema/" + RESOURCE;

  private ComposeSchema() {}

  /**
   * The schema and its validator, created by the first check (the holder idiom: class
   * initialisation is lazy and thread-safe).
   */
  private static final class Loaded {
    static final SchemaDocument DOCUMENT;
    static final Schema VALIDATOR;

    static {
      JsonNode json = read();
      SchemaRegistry registry =
          SchemaRegistry.withDefaultDialect(
              SpecificationVersion.DRAFT_7,
              builder ->
                  builder.schemaRegistryConfig(
                      SchemaRegistryConfig.builder().locale(Locale.ENGLISH).build()));
      Schema validator = registry.getSchema(SchemaLocation.of(LOCATION), json);
      // Built now, once, so that files checked in parallel only ever read it.
      validator.initializeValidators();
      DOCUMENT = new SchemaDocument(json);
      VALIDATOR = validator;
    }

    private static JsonNode read() {
      try (InputStream in = ComposeSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "the Compose schema " + RESOURCE + " is missing from the jar; rebuild compose-fix");
        }
        return new ObjectMapper().readTree(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Compose schema " + RESOURCE, e);
      }
    }
  }

  /**
   * Every violation in the document, in no particular order; none for a document with no content.
   */
  public static List<SchemaViolation> check(YDocument document, Variables variables) {
    Optional<YNode> root = document.root();
    if (root.isEmpty() || root.get() instanceof YScalar scalar && scalar.isEmptyPlain()) {
      return List.of();
    }
    JsonNode json = ComposeJson.of(root.get());
    return new ErrorExplainer(Loaded.DOCUMENT, document, root.get(), variables)
        .explain(Loaded.VALIDATOR.validate(json));
  }
}
