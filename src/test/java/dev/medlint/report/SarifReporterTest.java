package dev.medlint.report;

import static dev.medlint.report.ReportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class SarifReporterTest {
    /** Where the sample log is left for scripts/validate-sarif.sh. */
    static final Path SAMPLE_LOG = Path.of("target", "sarif", "medlint-sample.sarif");

    private static String sarif;
    private static JsonNode run;

    @BeforeAll
    static void render() throws IOException {
        sarif = ReportTesting.render(new SarifReporter(), SampleReport.report().withSarifCategory(Optional.of("medlint")));
        run = new ObjectMapper().readTree(sarif).get("runs").get(0);
        Files.createDirectories(SAMPLE_LOG.getParent());
        Files.writeString(SAMPLE_LOG, sarif, StandardCharsets.UTF_8);
    }

    @Test
    void headerAndDriver() throws IOException {
        JsonNode root = new ObjectMapper().readTree(sarif);
        assertThat(root.get("$schema").asText()).isEqualTo("https://json.schemastore.org/sarif-2.1.0.json");
        assertThat(root.get("version").asText()).isEqualTo("2.1.0");
        assertThat(root.get("runs")).hasSize(1);
        JsonNode driver = run.at("/tool/driver");
        assertThat(driver.get("name").asText()).isEqualTo("medlint");
        assertThat(driver.get("version").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("semanticVersion").asText()).isEqualTo("0.1.0");
        assertThat(driver.get("informationUri").asText()).isEqualTo("https://github.com/medlint/medlint");
        assertThat(sarif).endsWith("}\n").doesNotContain("\r");
    }

    @Test
    void everyRuleOfThePackSortedByIdWithItsDescriptions() {
        JsonNode rules = run.at("/tool/driver/rules");
        assertThat(ids(rules)).containsExactly("approval-contradiction", "disclaimer-missing", "dosing-advice",
                "readability-grade");
        JsonNode disclaimer = rules.get(1);
        assertThat(disclaimer.get("name").asText()).isEqualTo("DisclaimerMissing");
        assertThat(disclaimer.at("/shortDescription/text").asText()).isEqualTo("No medical disclaimer.");
        assertThat(disclaimer.at("/fullDescription/text").asText())
                .isEqualTo("The page has no medical disclaimer section or paragraph.");
        assertThat(disclaimer.at("/help/text").asText()).startsWith("Add a Medical Disclaimer section.\n");
        assertThat(disclaimer.at("/help/markdown").asText())
                .contains("**Does not fire on:** a '## Medical Disclaimer' heading");
        assertThat(disclaimer.at("/defaultConfiguration/level").asText()).isEqualTo("error");
        assertThat(disclaimer.at("/properties/tags").toString()).isEqualTo("[\"required\"]");
        assertThat(disclaimer.at("/properties/security-severity").isMissingNode()).isTrue();
        JsonNode readability = rules.get(3);
        assertThat(readability.at("/defaultConfiguration/level").asText()).isEqualTo("note");
        assertThat(readability.at("/properties/tags").toString()).isEqualTo("[\"readability\",\"style\"]");
        // A rule with only a short description still has every text GitHub shows.
        JsonNode dosing = rules.get(2);
        assertThat(dosing.at("/fullDescription/text").asText()).isEqualTo("Gives dosing.");
        assertThat(dosing.at("/help/text").asText()).isEqualTo("Gives dosing.");
        assertThat(dosing.at("/properties/tags").toString()).isEqualTo("[\"prohibited\"]");
    }

    @Test
    void resultsPointIntoArtifactsAndRules() {
        JsonNode results = run.get("results");
        assertThat(results).hasSize(5);
        List<String> ruleIds = new ArrayList<>();
        for (JsonNode r : results) {
            ruleIds.add(r.get("ruleId").asText());
            int ruleIndex = r.get("ruleIndex").asInt();
            assertThat(run.at("/tool/driver/rules/" + ruleIndex + "/id").asText()).isEqualTo(r.get("ruleId").asText());
            JsonNode artifact = r.at("/locations/0/physicalLocation/artifactLocation");
            int index = artifact.get("index").asInt();
            assertThat(run.at("/artifacts/" + index + "/location/uri").asText()).isEqualTo(artifact.get("uri").asText());
            assertThat(artifact.get("uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(r.has("partialFingerprints")).isFalse();
        }
        assertThat(ruleIds).containsExactly("disclaimer-missing", "approval-contradiction", "readability-grade",
                "dosing-advice", "dosing-advice");
    }

    @Test
    void pointSpanIsAnEmptyRegionAndRangesKeepTheExclusiveEnd() {
        assertThat(run.at("/results/0/locations/0/physicalLocation/region").toString())
                .isEqualTo("{\"startLine\":1,\"startColumn\":1,\"endLine\":1,\"endColumn\":1}");
        assertThat(run.at("/results/1/locations/0/physicalLocation/region").toString())
                .isEqualTo("{\"startLine\":5,\"startColumn\":3,\"endLine\":5,\"endColumn\":20}");
        assertThat(run.get("columnKind").asText()).isEqualTo("utf16CodeUnits");
    }

    @Test
    void levelsMessagesAndFingerprints() {
        JsonNode results = run.get("results");
        assertThat(results.get(0).get("level").asText()).isEqualTo("error");
        assertThat(results.get(1).get("level").asText()).isEqualTo("warning");
        assertThat(results.get(2).get("level").asText()).isEqualTo("note");
        assertThat(results.get(0).at("/fingerprints/medlint~1v1").asText()).isEqualTo("fp-disc");
        assertThat(results.get(4).has("fingerprints")).as("empty fingerprint is left out").isFalse();
        assertThat(results.get(4).at("/message/text").asText()).isEqualTo("Gives a dose: 100% of 5 mg, twice\ndaily.");
        assertThat(results.get(2).at("/properties/section").asText()).isEqualTo("Overview");
    }

    @Test
    void relatedLocationsAreLinkedFromTheMessage() {
        JsonNode contradiction = run.get("results").get(1);
        assertThat(contradiction.at("/message/text").asText()).isEqualTo(
                "Says \"FDA-approved\" but also that no randomized trial confirmed efficacy. (see [line 2](1))");
        JsonNode related = contradiction.get("relatedLocations");
        assertThat(related).hasSize(1);
        assertThat(related.at("/0/id").asInt()).isEqualTo(1);
        assertThat(related.at("/0/message/text").asText()).isEqualTo("no randomized trial");
        assertThat(related.at("/0/physicalLocation/artifactLocation/uri").asText()).isEqualTo("pages/a%20b.md");
        assertThat(related.at("/0/physicalLocation/region").toString())
                .isEqualTo("{\"startLine\":2,\"startColumn\":1,\"endLine\":2,\"endColumn\":15}");
    }

    @Test
    void suppressedFindingsCarryTheirSuppression() {
        JsonNode suppressed = run.get("results").get(3);
        assertThat(suppressed.at("/message/text").asText()).isEqualTo("Gives a dose: 5 mg.");
        assertThat(suppressed.get("suppressions").toString()).isEqualTo(
                "[{\"kind\":\"inSource\",\"status\":\"accepted\",\"justification\":\"reviewed by compliance\"}]");
        assertThat(run.get("results").get(0).has("suppressions")).isFalse();
    }

    @Test
    void artifactsAreRelativePercentEncodedUrisUnderTheWorkingDirectory() {
        JsonNode artifacts = run.get("artifacts");
        assertThat(artifacts).hasSize(3);
        assertThat(artifacts.at("/0/location/uri").asText()).isEqualTo("pages/a%20b.md");
        assertThat(artifacts.at("/1/location/uri").asText()).isEqualTo("pages/caf%C3%A9%20%C3%BC.md");
        assertThat(artifacts.at("/2/location/uri").asText()).isEqualTo("missing.md");
        for (JsonNode a : artifacts) assertThat(a.at("/location/uriBaseId").asText()).isEqualTo("%SRCROOT%");
        String root = run.at("/originalUriBaseIds/%SRCROOT%/uri").asText();
        assertThat(root).startsWith("file:///").endsWith("/work/site/");
        assertThat(run.at("/invocations/0/workingDirectory/uri").asText()).isEqualTo(root);
    }

    @Test
    void unreadableFilesBecomeToolExecutionNotifications() {
        JsonNode invocation = run.at("/invocations/0");
        assertThat(invocation.get("executionSuccessful").asBoolean()).isTrue();
        JsonNode notes = invocation.get("toolExecutionNotifications");
        assertThat(notes).hasSize(1);
        assertThat(notes.at("/0/level").asText()).isEqualTo("error");
        assertThat(notes.at("/0/message/text").asText()).isEqualTo("missing.md: cannot read: No such file or directory");
        assertThat(notes.at("/0/locations/0/physicalLocation/artifactLocation/index").asInt()).isEqualTo(2);
    }

    @Test
    void categoryGetsTheTrailingSlashGithubExpects() throws IOException {
        assertThat(run.at("/automationDetails/id").asText()).isEqualTo("medlint/");
        JsonNode kept = runOf(SampleReport.report().withSarifCategory(Optional.of("docs/medlint/")));
        assertThat(kept.at("/automationDetails/id").asText()).isEqualTo("docs/medlint/");
        assertThat(runOf(SampleReport.report()).has("automationDetails")).isFalse();
    }

    @Test
    void emptyRunStillListsRulesAndAnEmptyResultsArray() throws IOException {
        JsonNode empty = runOf(Report.of("0.1.0-SNAPSHOT", "https://x.test", SampleReport.rules(), List.of(), SampleReport.CWD));
        assertThat(empty.get("results")).isEmpty();
        assertThat(empty.get("artifacts")).isEmpty();
        assertThat(empty.at("/tool/driver/rules")).hasSize(4);
        assertThat(empty.at("/tool/driver/semanticVersion").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(empty.at("/invocations/0").has("toolExecutionNotifications")).isFalse();
        JsonNode odd = runOf(Report.of("dev build", "https://x.test", SampleReport.rules(), List.of(), SampleReport.CWD));
        assertThat(odd.at("/tool/driver").has("semanticVersion")).as("not a semantic version").isFalse();
    }

    @Test
    void absolutePathsBecomeFileUrisWithoutABase() throws IOException {
        JsonNode abs = runOf(Report.of("0.1.0", "https://x.test", SampleReport.rules(),
                List.of(FileResult.checked("/tmp/x y/p.md", List.of())), SampleReport.CWD));
        assertThat(abs.at("/artifacts/0/location/uri").asText()).isEqualTo("file:///tmp/x%20y/p.md");
        assertThat(abs.at("/artifacts/0/location").has("uriBaseId")).isFalse();
    }

    @Test
    void uriEncodingFollowsRfc3986() {
        assertThat(Uris.relative("./a b/c#d?e%f.md")).isEqualTo("a%20b/c%23d%3Fe%25f.md");
        assertThat(Uris.relative("x:y.md")).isEqualTo("x%3Ay.md");
        assertThat(Uris.relative("ü/😀.md")).isEqualTo("%C3%BC/%F0%9F%98%80.md");
        assertThat(Uris.relative("a(1)~_-.md")).isEqualTo("a(1)~_-.md");
        assertThat(Uris.fileUri("C:\\w\\a b")).isEqualTo("file:///C:/w/a%20b");
        assertThat(Uris.directoryUri(Path.of("/w/é"))).isEqualTo("file:///w/%C3%A9/");
    }

    @Test
    void pascalCaseNames() {
        assertThat(SarifReporter.pascalCase("disclaimer-missing")).isEqualTo("DisclaimerMissing");
        assertThat(SarifReporter.pascalCase("evidence-level-unrecognized")).isEqualTo("EvidenceLevelUnrecognized");
        assertThat(SarifReporter.pascalCase("x_y.z2")).isEqualTo("XYZ2");
    }

    private static JsonNode runOf(Report report) throws IOException {
        return new ObjectMapper().readTree(ReportTesting.render(new SarifReporter(), report)).get("runs").get(0);
    }

    private static List<String> ids(JsonNode rules) {
        List<String> ids = new ArrayList<>();
        rules.forEach(r -> ids.add(r.get("id").asText()));
        return ids;
    }
}
