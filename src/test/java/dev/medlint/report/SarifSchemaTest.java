package dev.medlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the SARIF reporter's output against the official SARIF 2.1.0 schema (draft-04, with
 * format assertions on so that malformed URIs are caught), and checks that the validator does
 * reject broken logs, so a green run means something.
 */
class SarifSchemaTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static JsonSchema schema;

    @BeforeAll
    static void loadSchema() throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SarifSchemaTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            assertThat(in).as("vendored schema on the test class path").isNotNull();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
        }
    }

    private static JsonNode sample(Report report) throws IOException {
        return MAPPER.readTree(ReportTesting.render(new SarifReporter(), report));
    }

    @Test
    void sampleReportIsValidSarif() throws IOException {
        Set<ValidationMessage> messages = schema.validate(sample(SampleReport.report()
                .withSarifCategory(Optional.of("medlint")).withShowSuppressed(true)));
        assertThat(messages).isEmpty();
    }

    @Test
    void emptyReportIsValidSarif() throws IOException {
        JsonNode log = sample(Report.of("0.1.0", "https://x.test", SampleReport.rules(), List.of(), SampleReport.CWD));
        assertThat(schema.validate(log)).isEmpty();
    }

    @Test
    void validatorRejectsAZeroColumn() throws IOException {
        ObjectNode log = (ObjectNode) sample(SampleReport.report());
        ((ObjectNode) log.at("/runs/0/results/0/locations/0/physicalLocation/region")).put("startColumn", 0);
        assertThat(schema.validate(log)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("startColumn"));
    }

    @Test
    void validatorRejectsAnUnknownLevelAndAMissingVersion() throws IOException {
        ObjectNode log = (ObjectNode) sample(SampleReport.report());
        ((ObjectNode) log.at("/runs/0/results/0")).put("level", "info");
        log.remove("version");
        assertThat(schema.validate(log)).hasSizeGreaterThanOrEqualTo(2);
    }

    @Test
    void validatorRejectsAnUnencodedUri() throws IOException {
        ObjectNode log = (ObjectNode) sample(SampleReport.report());
        ((ObjectNode) log.at("/runs/0/artifacts/0/location")).put("uri", "pages/a b.md");
        assertThat(schema.validate(log)).extracting(ValidationMessage::getMessage)
                .anySatisfy(m -> assertThat(m).contains("uri"));
    }
}
