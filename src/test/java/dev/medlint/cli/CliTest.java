package dev.medlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a user and CI see it: exit codes, streams, formats, errors. */
class CliTest {
    static final String REFERENCE = "examples/atezolizumab-stage-iv-cancer.txt";

    record Run(int code, String out, String err) {
        List<String> errLines() {
            return err.isBlank() ? List.of() : Arrays.asList(err.strip().split("\\R"));
        }
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void referencePageFailsTheBuildWithTheContradiction() {
        Run r = run("check", REFERENCE);
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).contains(REFERENCE + ":").contains(" error approval-rct-contradiction ");
        assertThat(r.err()).isEmpty();
        assertThat(r.out().strip().lines().reduce((a, b) -> b).orElseThrow()).containsPattern("\\d+ problems? ");
    }

    @Test
    void failOnNeverAndWarningChangeTheExitCode() {
        assertThat(run("check", "--fail-on", "never", REFERENCE).code()).isEqualTo(ExitCodes.OK);
        assertThat(run("check", "--fail-on", "warning", REFERENCE).code()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void sarifOnTheReferencePage() throws IOException {
        Run r = run("check", "--format", "sarif", REFERENCE);
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        JsonNode sarif = new ObjectMapper().readTree(r.out());
        assertThat(sarif.get("version").asText()).isEqualTo("2.1.0");
        List<String> ids = sarif.get("runs").get(0).get("results").findValuesAsText("ruleId");
        assertThat(ids).contains("approval-rct-contradiction").doesNotContain("disclaimer-missing", "evidence-level-missing",
                "evidence-level-unrecognized", "dosing-information", "required-section-missing");
        assertThat(sarif.get("runs").get(0).get("tool").get("driver").get("rules")).hasSize(21);
    }

    @Test
    void invalidUtf8IsOneLineNamingTheFileAndTheRestIsStillLinted(@TempDir Path dir) throws IOException {
        byte[] good = Files.readAllBytes(Path.of(REFERENCE));
        Files.write(dir.resolve("good.txt"), good);
        byte[] bad = "Overview: X and Y\nBad byte here: \u00ff end".getBytes(StandardCharsets.ISO_8859_1);
        Files.write(dir.resolve("bad.md"), bad);
        Run r = run("check", dir.toString());
        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.errLines()).hasSize(1);
        assertThat(r.errLines().get(0)).contains("bad.md").contains("invalid UTF-8").contains("byte offset 33");
        assertThat(r.out()).contains("good.txt:").contains("approval-rct-contradiction");
    }

    @Test
    void jsonOutputToAFile(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("report.json");
        Run r = run("check", "--format", "json", "--output", out.toString(), REFERENCE);
        assertThat(r.code()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(r.out()).isEmpty();
        JsonNode json = new ObjectMapper().readTree(out.toFile());
        JsonNode finding = json.get("files").get(0).get("findings").get(0);
        assertThat(finding.has("ruleId")).isTrue();
        assertThat(finding.get("startLine").asInt()).isPositive();
    }

    @Test
    void usageErrorsExit2() {
        assertThat(run("check", "--format", "xml", REFERENCE).code()).isEqualTo(ExitCodes.ERROR);
        assertThat(run("check", "--fail-on", "sometimes", REFERENCE).code()).isEqualTo(ExitCodes.ERROR);
        assertThat(run("check", "--no-such-option").code()).isEqualTo(ExitCodes.ERROR);
        assertThat(run().code()).isEqualTo(ExitCodes.ERROR);
        Run missing = run("check", "no/such/page.md");
        assertThat(missing.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(missing.err()).contains("no/such/page.md");
    }

    @Test
    void rulesAndExplainReadTheMetadata() {
        Run rules = run("rules");
        assertThat(rules.code()).isZero();
        assertThat(rules.out()).contains("dosing-information").contains("error").contains("prohibited-content").contains("21 rules");
        Run explain = run("explain", "dosing-information");
        assertThat(explain.code()).isZero();
        assertThat(explain.out()).contains("What it checks:").contains("Does not fire on:").contains("Example:");
        assertThat(run("explain", "no-such-rule").code()).isEqualTo(ExitCodes.ERROR);
    }

    @Test
    void aBrokenRuleFileIsReportedWithFileAndLine(@TempDir Path dir) throws IOException {
        Path pack = copyPackTopLevel(dir.resolve("pack"));
        Files.writeString(pack.resolve("broken.drl"), "package x;\n\nrule \"oops\"\n    @id(\"oops\")\nwhen\n    NoSuchFact( )\nthen\nend\n");
        Run r = run("check", "--rules", pack.toString(), REFERENCE);
        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).containsPattern("broken\\.drl:\\d+: ");
    }

    /** The bundled pack's pack.yml and DRL files, without its lexicons folder. */
    private static Path copyPackTopLevel(Path pack) throws IOException {
        Files.createDirectories(pack);
        try (Stream<Path> files = Files.list(Path.of("rules/medical-summary"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) Files.copy(f, pack.resolve(f.getFileName()));
        }
        return pack;
    }

    @Test
    void aPackMissingALexiconIsAPackErrorNotACrash(@TempDir Path dir) throws IOException {
        Path pack = copyPackTopLevel(dir.resolve("pack"));
        Run r = run("check", "--rules", pack.toString(), REFERENCE);
        assertThat(r.code()).isEqualTo(ExitCodes.ERROR);
        assertThat(r.err()).contains("lexicons/").contains("is missing or empty").doesNotContain("internal error")
                .hasLineCount(1);
    }

    @Test
    void versionAndHelp() {
        assertThat(run("--version").out()).startsWith("medlint ");
        assertThat(run("check", "--help").out()).contains("--fail-on").contains("Exit codes");
    }

    @Test
    void theRepositorysExampleGatePassesWithItsBaseline() {
        // .github/workflows/ci.yml runs exactly this; the baseline must match the examples' findings
        // (regenerate: ./medlint check examples/ --write-baseline examples/medlint-baseline.json)
        Run r = run("check", "examples/", "--format", "github", "--baseline", "examples/medlint-baseline.json");
        assertThat(r.code()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.err()).as("no stale baseline entries").doesNotContain("no longer occur");
    }
}
