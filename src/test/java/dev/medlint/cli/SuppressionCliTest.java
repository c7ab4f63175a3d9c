package dev.medlint.cli;

import static dev.medlint.cli.CliFiles.assertExit;
import static dev.medlint.cli.CliFiles.findings;
import static dev.medlint.cli.CliFiles.insertAbove;
import static dev.medlint.cli.CliFiles.json;
import static dev.medlint.cli.CliFiles.read;
import static dev.medlint.cli.CliFiles.write;
import static dev.medlint.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inline suppression comments end to end on the reference page, in both shapes: every form,
 * the findings about the comments, and how text, JSON and SARIF show suppressed findings.
 */
class SuppressionCliTest {
    static final String EVIDENCE = "The available evidence for Atezolizumab in Stage IV Cancer is classified as";
    static final String NO_RCT_BULLET = "No large-scale randomized controlled trials have confirmed efficacy for this specific";
    static final String NEXT_BULLET = "Individual patient factors";
    static final String FIRST_PROSE = "Published research has investigated Atezolizumab";

    static Stream<Path> shapes() {
        return Stream.of(CliFiles.TXT, CliFiles.MD);
    }

    /** The reference page with one comment of each form (and three faulty ones). */
    static String annotated(Path shape) {
        String text = read(shape);
        text = insertAbove(text, FIRST_PROSE, "<!-- medlint-disable-file acronym-undefined -- expanded in the glossary page -->");
        text = insertAbove(text, EVIDENCE, "<!-- medlint-disable-next-line approval-rct-contradiction, trial-evidence-contradiction"
                + " -- reviewed by compliance, ticket 12 -->");
        text = insertAbove(text, NO_RCT_BULLET, "<!-- medlint-disable approval-rct-contradiction -->");
        text = insertAbove(text, NEXT_BULLET, "<!-- medlint-enable approval-rct-contradiction -->");
        text = insertAbove(text, "Mechanism of Action", "<!-- medlint-disable-next-line cure-claim -- nothing to excuse here -->");
        text = insertAbove(text, "Important Limitations", "<!-- medlint-disable-next-line cure-claims -- a typo -->");
        return text;
    }

    private static int lineOf(String text, String containing) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) if (lines[i].contains(containing)) return i + 1;
        throw new AssertionError(containing);
    }

    private static List<JsonNode> of(List<JsonNode> findings, String ruleId) {
        return findings.stream().filter(f -> f.get("ruleId").asText().equals(ruleId)).toList();
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void everyFormSuppressesWhatItCoversAndReportsFaultyComments(Path shape, @TempDir Path dir) {
        String name = shape.getFileName().toString();
        String text = annotated(shape);
        Path page = write(dir.resolve(name), text);
        CliTest.Run r = run("check", "--format", "json", page.toString());
        assertExit(r, ExitCodes.OK); // both approval-rct-contradiction errors are suppressed
        List<JsonNode> all = findings(json(r), name);

        List<JsonNode> contradictions = of(all, "approval-rct-contradiction");
        assertThat(contradictions).hasSize(2).allSatisfy(f -> assertThat(f.at("/suppressed/kind").asText()).isEqualTo("inSource"));
        assertThat(contradictions.get(0).at("/suppressed/justification").asText()).isEqualTo("reviewed by compliance, ticket 12");
        assertThat(contradictions.get(1).at("/suppressed/justification").asText()).isEmpty();

        List<JsonNode> trial = of(all, "trial-evidence-contradiction");
        assertThat(trial).hasSize(2);
        assertThat(trial.get(0).has("suppressed")).as("named by the next-line comment").isTrue();
        assertThat(trial.get(1).has("suppressed")).as("not named by the disable comment").isFalse();

        assertThat(of(all, "acronym-undefined")).hasSizeGreaterThan(1).allSatisfy(f ->
                assertThat(f.at("/suppressed/justification").asText()).isEqualTo("expanded in the glossary page"));
        assertThat(of(all, "reading-level-high")).allSatisfy(f -> assertThat(f.has("suppressed")).isFalse());

        assertThat(of(all, "suppression-missing-reason")).singleElement().satisfies(f -> {
            assertThat(f.get("startLine").asInt()).isEqualTo(lineOf(text, "medlint-disable approval-rct"));
            assertThat(f.get("startColumn").asInt()).isEqualTo(1);
            assertThat(f.get("severity").asText()).isEqualTo("info");
            assertThat(f.get("fingerprint").asText()).isNotEmpty();
        });
        assertThat(of(all, "suppression-unused")).singleElement().satisfies(f -> {
            assertThat(f.get("startLine").asInt()).isEqualTo(lineOf(text, "medlint-disable-next-line cure-claim "));
            assertThat(f.get("message").asText()).contains("cure-claim");
        });
        assertThat(of(all, "suppression-unknown-rule")).singleElement().satisfies(f -> {
            assertThat(f.get("startLine").asInt()).isEqualTo(lineOf(text, "cure-claims"));
            assertThat(f.get("message").asText()).contains("'cure-claims'");
        });
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void commentsDoNotChangeThePagesOwnFindings(Path shape, @TempDir Path dir) {
        String name = shape.getFileName().toString();
        Path plain = write(dir.resolve("plain/" + name), read(shape));
        Path annotated = write(dir.resolve("annotated/" + name), annotated(shape));
        List<String> before = summary(findings(json(run("check", "--format", "json", plain.toString())), name));
        List<String> after = summary(findings(json(run("check", "--format", "json", annotated.toString())), name).stream()
                .filter(f -> !f.get("ruleId").asText().startsWith("suppression-")).toList());
        assertThat(after).isEqualTo(before);
    }

    private static List<String> summary(List<JsonNode> findings) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : findings) out.add(f.get("ruleId").asText() + " " + f.get("message").asText().replaceAll("\\(.*\\)", ""));
        return out;
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void textHidesSuppressedFindingsUnlessAskedAndTheyNeverCountTowardsTheExitCode(Path shape, @TempDir Path dir) {
        Path page = write(dir.resolve(shape.getFileName().toString()), annotated(shape));
        CliTest.Run hidden = run("check", "--fail-on", "info", page.toString());
        assertThat(hidden.out()).doesNotContain("[suppressed").doesNotContain(" approval-rct-contradiction ")
                .contains(" info suppression-unused ");
        assertExit(hidden, ExitCodes.FINDINGS); // the remaining warnings and infos

        CliTest.Run shown = run("check", "--show-suppressed", page.toString());
        assertThat(shown.out()).contains(" error approval-rct-contradiction ")
                .contains("[suppressed: reviewed by compliance, ticket 12]")
                .contains("[suppressed: inSource]");
        assertExit(shown, ExitCodes.OK);

        String onlyErrorsSuppressed = read(shape);
        onlyErrorsSuppressed = insertAbove(onlyErrorsSuppressed, FIRST_PROSE, "<!-- medlint-disable-file -- legacy page -->");
        Path all = write(dir.resolve("all-" + shape.getFileName()), onlyErrorsSuppressed);
        CliTest.Run none = run("check", "--fail-on", "info", all.toString());
        assertExit(none, ExitCodes.OK);
        assertThat(none.out()).startsWith("No problems");
    }

    @ParameterizedTest
    @MethodSource("shapes")
    void sarifCarriesSuppressionsAndDescribesTheToolRules(Path shape, @TempDir Path dir) throws IOException {
        Path page = write(dir.resolve(shape.getFileName().toString()), annotated(shape));
        CliTest.Run r = run("check", "--format", "sarif", page.toString());
        assertExit(r, ExitCodes.OK);
        JsonNode sarif = json(r);
        JsonNode run = sarif.get("runs").get(0);
        List<String> ruleIds = run.at("/tool/driver/rules").findValuesAsText("id");
        assertThat(ruleIds).hasSize(21 + 3).contains("suppression-missing-reason", "suppression-unused", "suppression-unknown-rule");
        int suppressed = 0;
        for (JsonNode result : run.get("results")) {
            assertThat(ruleIds.get(result.get("ruleIndex").asInt())).isEqualTo(result.get("ruleId").asText());
            if (result.has("suppressions")) {
                suppressed++;
                assertThat(result.at("/suppressions/0/kind").asText()).isEqualTo("inSource");
                assertThat(result.at("/suppressions/0/status").asText()).isEqualTo("accepted");
            }
        }
        assertThat(suppressed).isGreaterThanOrEqualTo(5);
        assertThat(validSarif(sarif)).isEmpty();

        CliTest.Run plain = run("check", "--format", "sarif", CliFiles.TXT.toString());
        assertThat(json(plain).at("/runs/0/tool/driver/rules")).as("tool rules only when they have findings").hasSize(21);
    }

    private static List<String> validSarif(JsonNode log) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = SuppressionCliTest.class.getResourceAsStream("/sarif/sarif-schema-2.1.0.json")) {
            JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
            return schema.validate(log).stream().map(Object::toString).toList();
        }
    }
}
