package dev.medlint.cli;

import static dev.medlint.cli.CliFiles.MD;
import static dev.medlint.cli.CliFiles.TXT;
import static dev.medlint.cli.CliFiles.assertExit;
import static dev.medlint.cli.CliFiles.copy;
import static dev.medlint.cli.CliFiles.findings;
import static dev.medlint.cli.CliFiles.json;
import static dev.medlint.cli.CliFiles.ruleIds;
import static dev.medlint.cli.CliFiles.severities;
import static dev.medlint.cli.CliFiles.write;
import static dev.medlint.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .medlint.yml end to end: discovery, overrides, severities and exit codes, errors, packs, config --print. */
class ConfigCliTest {
    @Test
    void nestedConfigsNearestWinsWithoutMerging(@TempDir Path dir) {
        copy(TXT, dir.resolve("a.txt"));
        copy(MD, dir.resolve("sub/deeper/b.md"));
        write(dir.resolve(".medlint.yml"), "rules:\n  approval-rct-contradiction: off\n");
        write(dir.resolve("sub/.medlint.yml"), "rules:\n  acronym-undefined: off\n");
        CliTest.Run r = run("check", "--format", "json", "--fail-on", "never", dir.toString());
        assertExit(r, ExitCodes.OK);
        JsonNode report = json(r);
        assertThat(ruleIds(findings(report, "a.txt"))).contains("acronym-undefined", "trial-evidence-contradiction")
                .doesNotContain("approval-rct-contradiction");
        assertThat(ruleIds(findings(report, "b.md"))).as("the nearer config replaces the outer one")
                .contains("approval-rct-contradiction").doesNotContain("acronym-undefined");
    }

    @Test
    void overridesMatchGlobsRelativeToTheConfigAndLaterOnesWin(@TempDir Path dir) {
        copy(TXT, dir.resolve("page.txt"));
        copy(TXT, dir.resolve("drafts/x.txt"));
        copy(TXT, dir.resolve("drafts/keep-y.txt"));
        copy(MD, dir.resolve("drafts/nested/z.md"));
        write(dir.resolve(".medlint.yml"), """
                rules:
                  reading-level-high: warning
                overrides:
                  - files: ["drafts/**"]
                    rules:
                      reading-level-high: off
                  - files: ["drafts/keep-*.txt", "*.md"]
                    rules:
                      reading-level-high: error
                """);
        JsonNode report = json(run("check", "--format", "json", "--fail-on", "never", dir.toString()));
        assertThat(severities(findings(report, "/page.txt"), "reading-level-high")).containsExactly("warning");
        assertThat(severities(findings(report, "/x.txt"), "reading-level-high")).isEmpty();
        assertThat(severities(findings(report, "/keep-y.txt"), "reading-level-high")).containsExactly("error");
        assertThat(severities(findings(report, "/z.md"), "reading-level-high")).containsExactly("error");
    }

    @Test
    void severityChangesAndFailOnDecideTheExitCode(@TempDir Path dir) {
        Path page = copy(TXT, dir.resolve("page.txt"));
        Path config = dir.resolve(".medlint.yml");
        // The page's only errors are approval-rct-contradiction (see CliTest).
        write(config, "rules:\n  approval-rct-contradiction: warning\n");
        CliTest.Run lowered = run("check", page.toString());
        assertExit(lowered, ExitCodes.OK);
        assertThat(lowered.out()).contains(" warning approval-rct-contradiction ").doesNotContain(" error ");

        write(config, "fail-on: warning\nrules:\n  approval-rct-contradiction: warning\n");
        assertExit(run("check", page.toString()), ExitCodes.FINDINGS);
        assertExit(run("check", "--fail-on", "error", page.toString()), ExitCodes.OK);

        write(config, "fail-on: never\nrules:\n  acronym-undefined: error\n");
        assertExit(run("check", page.toString()), ExitCodes.OK);
        assertExit(run("check", "--fail-on", "error", page.toString()), ExitCodes.FINDINGS);

        write(config, "rules:\n  approval-rct-contradiction: info\n  acronym-undefined: error\n");
        CliTest.Run raised = run("check", page.toString());
        assertExit(raised, ExitCodes.FINDINGS);
        assertThat(raised.out()).contains(" error acronym-undefined ").contains(" info approval-rct-contradiction ");
    }

    @Test
    void unknownKeysRulesAndBadValuesStopTheRunWithFileAndLine(@TempDir Path dir) {
        Path page = copy(TXT, dir.resolve("page.txt"));
        Path config = dir.resolve(".medlint.yml");
        String shown = config.toString().replace('\\', '/');
        String[][] cases = {
                {"fail-on: error\nignore: [a]\n", shown + ":2: unknown key 'ignore'"},
                {"rules:\n  cure-claim: off\n  cure-claims: off\n", shown + ":3: unknown rule 'cure-claims'"},
                {"overrides:\n  - files: ['*.txt']\n    rules:\n      hype: error\n", shown + ":4: unknown rule 'hype'"},
                {"rules:\n  cure-claim: maybe\n", shown + ":2: rule 'cure-claim' must be off, on, error, warning or info"},
                {"fail-on: [error]\n", shown + ":1: fail-on must be"},
                {"pack: missing-pack\n", shown + ":1: pack 'missing-pack': "},
                {"rules: {a: b\n", shown + ":"},
        };
        for (String[] c : cases) {
            write(config, c[0]);
            CliTest.Run r = run("check", page.toString());
            assertThat(r.code()).as(c[0]).isEqualTo(ExitCodes.ERROR);
            assertThat(r.errLines()).as(c[0]).hasSize(1);
            assertThat(r.errLines().get(0)).as(c[0]).startsWith("medlint: " + c[1]);
            assertThat(r.out()).as("the run stops: no report").isEmpty();
        }
    }

    @Test
    void explicitConfigAppliesToEveryFileInsteadOfTheNearest(@TempDir Path dir) {
        copy(TXT, dir.resolve("a/page.txt"));
        write(dir.resolve("a/.medlint.yml"), "rules:\n  acronym-undefined: off\n");
        Path explicit = write(dir.resolve("ci/strict.yml"), "rules:\n  reading-level-high: off\n");
        JsonNode report = json(run("check", "--format", "json", "--fail-on", "never", "--config", explicit.toString(), dir.toString()));
        assertThat(ruleIds(findings(report, "page.txt"))).contains("acronym-undefined").doesNotContain("reading-level-high");

        CliTest.Run missing = run("check", "--config", dir.resolve("nope.yml").toString(), dir.toString());
        assertExit(missing, ExitCodes.ERROR);
        assertThat(missing.err()).contains("nope.yml: no such config file");
    }

    @Test
    void configPrintShowsTheEffectiveSettingsForAFile(@TempDir Path dir) {
        write(dir.resolve(".medlint.yml"), """
                fail-on: warning
                rules:
                  cure-claim: off
                overrides:
                  - files: ["drafts/*.md"]
                    rules: {hype-language: error, suppression-unused: off}
                """);
        CliTest.Run r = run("config", "--print", dir.resolve("drafts/new-page.md").toString());
        assertExit(r, ExitCodes.OK);
        String config = dir.resolve(".medlint.yml").toString().replace('\\', '/');
        assertThat(r.out()).contains("config: " + config + "\n")
                .containsPattern("pack: rules/medical-summary +# bundled\n")
                .containsPattern("fail-on: warning +# from " + java.util.regex.Pattern.quote(config) + "\n")
                .containsPattern("\n  cure-claim: off +# pack default: error\n")
                .containsPattern("\n  hype-language: error +# pack default: warning\n")
                .contains("\n  dosing-information: error\n")
                .containsPattern("\n  suppression-unused: off +# built in: info\n");
        assertThat(r.out().lines().filter(l -> l.startsWith("  ")).count()).isEqualTo(21 + 3);

        CliTest.Run top = run("config", "--print", dir.resolve("page.md").toString(), "--fail-on", "never");
        assertThat(top.out()).containsPattern("fail-on: never +# from --fail-on").contains("\n  hype-language: warning\n");

        CliTest.Run bad = run("config", "--print", dir.resolve("page.md").toString(), "--config", write(dir.resolve("bad.yml"), "x: 1\n").toString());
        assertExit(bad, ExitCodes.ERROR);
        assertThat(bad.err()).contains("bad.yml:1: unknown key 'x'");
    }

    @Test
    void configPrintWithoutAConfigShowsTheDefaults(@TempDir Path dir) {
        CliTest.Run r = run("config", "--print", dir.resolve("p.txt").toString());
        assertExit(r, ExitCodes.OK);
        assertThat(r.out()).contains("config: \"none: defaults\"").containsPattern("fail-on: error +# default")
                .contains("\n  approval-rct-contradiction: error\n");
    }

    @Test
    void aConfigsPackIsRelativeToItAndEachPackGetsItsOwnLinter(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("packs/mine");
        try (Stream<Path> files = Files.walk(Path.of("rules/medical-summary"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                copy(f, pack.resolve(Path.of("rules/medical-summary").relativize(f).toString()));
            }
        }
        Path drl = pack.resolve("consistency.drl");
        String source = Files.readString(drl);
        String original = "@id(\"approval-rct-contradiction\")\n    @severity(\"error\")";
        assertThat(source).contains(original);
        Files.writeString(drl, source.replace(original, "@id(\"approval-rct-contradiction\")\n    @severity(\"warning\")"));

        Path site = dir.resolve("site");
        copy(TXT, site.resolve("bundled/page.txt"));
        copy(TXT, site.resolve("custom/page.txt"));
        write(site.resolve("custom/.medlint.yml"), "pack: ../../packs/mine\n");
        CliTest.Run r = run("check", "--format", "json", site.toString());
        assertExit(r, ExitCodes.FINDINGS);
        JsonNode report = json(r);
        assertThat(severities(findings(report, "bundled/page.txt"), "approval-rct-contradiction")).containsOnly("error");
        assertThat(severities(findings(report, "custom/page.txt"), "approval-rct-contradiction")).containsOnly("warning");

        CliTest.Run onlyCustom = run("check", site.resolve("custom").toString());
        assertExit(onlyCustom, ExitCodes.OK);

        CliTest.Run print = run("config", "--print", site.resolve("custom/page.txt").toString());
        assertThat(print.out()).containsPattern("pack: " + java.util.regex.Pattern.quote(pack.toString().replace('\\', '/')) + " +# from ")
                .containsPattern("\n  approval-rct-contradiction: warning\n");
        assertExit(print, ExitCodes.OK);
    }
}
