package dev.medlint.cli;

import static dev.medlint.cli.CliFiles.MD;
import static dev.medlint.cli.CliFiles.TXT;
import static dev.medlint.cli.CliFiles.assertExit;
import static dev.medlint.cli.CliFiles.copy;
import static dev.medlint.cli.CliFiles.findings;
import static dev.medlint.cli.CliFiles.json;
import static dev.medlint.cli.CliFiles.read;
import static dev.medlint.cli.CliFiles.write;
import static dev.medlint.cli.CliTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --write-baseline, --baseline and --prune-baseline end to end. */
class BaselineCliTest {
    static final String NO_RCT_BULLET = "- No large-scale randomized controlled trials have confirmed efficacy for this specific";

    private static JsonNode baselineJson(Path file) throws IOException {
        return new ObjectMapper().readTree(read(file));
    }

    private static int unsuppressed(JsonNode report) {
        int n = 0;
        for (JsonNode file : report.get("files")) for (JsonNode f : file.get("findings")) if (!f.has("suppressed")) n++;
        return n;
    }

    private static int total(JsonNode report) {
        int n = 0;
        for (JsonNode file : report.get("files")) n += file.get("findings").size();
        return n;
    }

    @Test
    void writeThenApplyHidesEveryFindingAndNewOnesStillFail(@TempDir Path dir) throws IOException {
        Path site = dir.resolve("site");
        copy(TXT, site.resolve("page.txt"));
        copy(MD, site.resolve("page.md"));
        Path baseline = dir.resolve("medlint-baseline.json");

        CliTest.Run written = run("check", "--format", "json", site.toString(), "--write-baseline", baseline.toString());
        assertExit(written, ExitCodes.OK);
        int findings = total(json(written));
        assertThat(written.err()).contains("wrote " + findings + " findings to the baseline " + baseline.toString().replace('\\', '/'));
        JsonNode b = baselineJson(baseline);
        assertThat(b.get("version").asInt()).isEqualTo(1);
        assertThat(b.get("tool").asText()).isEqualTo("medlint");
        assertThat(b.get("findings")).hasSize(findings);
        List<String> keys = new ArrayList<>();
        for (JsonNode e : b.get("findings")) {
            assertThat(e.get("fingerprint").asText()).matches("[0-9a-f]{32}");
            assertThat(e.get("path").asText()).matches(".*/page\\.(md|txt)");
            keys.add(e.get("path").asText() + "\u0000" + e.get("ruleId").asText() + "\u0000" + e.get("message").asText()
                    + "\u0000" + e.get("fingerprint").asText());
        }
        assertThat(keys).as("sorted by path, rule, message, fingerprint").isSorted();
        String first = read(baseline);
        assertThat(first).endsWith("}\n").doesNotContain("\r");
        run("check", site.toString(), "--write-baseline", baseline.toString());
        assertThat(read(baseline)).as("stable: the same findings give the same bytes").isEqualTo(first);

        CliTest.Run applied = run("check", "--format", "json", "--fail-on", "info", site.toString(), "--baseline", baseline.toString());
        assertExit(applied, ExitCodes.OK);
        assertThat(applied.err()).isEmpty();
        JsonNode report = json(applied);
        assertThat(total(report)).isEqualTo(findings);
        assertThat(unsuppressed(report)).isZero();
        assertThat(findings(report, "page.txt").get(0).get("suppressed").toString())
                .isEqualTo("{\"kind\":\"external\",\"justification\":\"baseline\"}");
        CliTest.Run sarif = run("check", "--format", "sarif", site.toString(), "--baseline", baseline.toString());
        assertThat(json(sarif).at("/runs/0/results/0/suppressions/0/kind").asText()).isEqualTo("external");

        String page = read(site.resolve("page.txt"));
        write(site.resolve("page.txt"), page.replace("- Discuss potential interactions",
                "- For many people, atezolizumab cures stage IV cancer.\n- Discuss potential interactions"));
        CliTest.Run fresh = run("check", site.toString(), "--baseline", baseline.toString());
        assertExit(fresh, ExitCodes.FINDINGS);
        assertThat(fresh.out().lines().filter(l -> l.contains(": error ") || l.contains(": warning ") || l.contains(": info ")))
                .singleElement().asString().contains("error cure-claim");
    }

    @Test
    void entriesThatNoLongerOccurAreCountedAndPruned(@TempDir Path dir) throws IOException {
        Path txt = copy(TXT, dir.resolve("site/page.txt"));
        Path md = copy(MD, dir.resolve("site/page.md"));
        Path baseline = dir.resolve("baseline.json");
        assertExit(run("check", dir.resolve("site").toString(), "--write-baseline", baseline.toString()), ExitCodes.OK);
        int entries = baselineJson(baseline).get("findings").size();

        String page = read(txt);
        assertThat(page).contains(NO_RCT_BULLET);
        String fixed = Arrays.stream(page.split("\n", -1)).filter(l -> !l.startsWith(NO_RCT_BULLET)).reduce((a, c) -> a + "\n" + c).orElseThrow();
        write(txt, fixed);

        CliTest.Run onlyMd = run("check", md.toString(), "--baseline", baseline.toString(), "--prune-baseline");
        assertExit(onlyMd, ExitCodes.OK);
        assertThat(onlyMd.err()).as("entries of files not checked are not stale").contains("pruned 0 baseline entries");
        assertThat(baselineJson(baseline).get("findings")).hasSize(entries);

        CliTest.Run r = run("check", dir.resolve("site").toString(), "--baseline", baseline.toString());
        assertExit(r, ExitCodes.OK);
        assertThat(r.errLines()).containsExactly(
                "medlint: 2 baseline entries no longer occur; run with --prune-baseline to drop them");
        assertThat(baselineJson(baseline).get("findings")).as("not rewritten without --prune-baseline").hasSize(entries);

        CliTest.Run pruned = run("check", dir.resolve("site").toString(), "--baseline", baseline.toString(), "--prune-baseline");
        assertExit(pruned, ExitCodes.OK);
        assertThat(pruned.errLines()).containsExactly("medlint: pruned 2 baseline entries from " + baseline.toString().replace('\\', '/'));
        JsonNode after = baselineJson(baseline);
        assertThat(after.get("findings")).hasSize(entries - 2);
        assertThat(run("check", dir.resolve("site").toString(), "--baseline", baseline.toString()).err()).isEmpty();
    }

    @Test
    void aBaselineSurvivesLinesInsertedAboveEveryFindingInBothShapes(@TempDir Path dir) {
        Path site = dir.resolve("site");
        Path txt = copy(TXT, site.resolve("page.txt"));
        Path md = copy(MD, site.resolve("page.md"));
        Path baseline = dir.resolve("baseline.json");
        CliTest.Run written = run("check", "--format", "json", site.toString(), "--write-baseline", baseline.toString());
        assertExit(written, ExitCodes.OK);
        JsonNode before = json(written);
        for (Path page : List.of(txt, md)) {
            List<JsonNode> found = findings(before, page.getFileName().toString());
            assertThat(found).isNotEmpty();
            // Above every line a finding starts on. Line 1 is left alone: it is the CMS title or the
            // front-matter fence, and a line above it would make a different page, not a shifted one;
            // findings there point at the page as a whole (e.g. review-date-missing).
            TreeSet<Integer> lines = new TreeSet<>();
            for (JsonNode f : found) if (f.get("startLine").asInt() > 1) lines.add(f.get("startLine").asInt());
            assertThat(lines).hasSizeGreaterThan(5);
            List<String> text = new ArrayList<>(Arrays.asList(read(page).split("\n", -1)));
            for (int line : lines.descendingSet()) text.addAll(line - 1, List.of("", "Note."));
            write(page, String.join("\n", text));
        }
        CliTest.Run after = run("check", "--format", "json", "--fail-on", "info", site.toString(), "--baseline", baseline.toString());
        JsonNode report = json(after);
        List<String> visible = new ArrayList<>();
        for (JsonNode file : report.get("files")) {
            for (JsonNode f : file.get("findings")) {
                if (!f.has("suppressed")) visible.add(file.get("path").asText() + ":" + f.get("startLine") + " " + f.get("ruleId").asText());
            }
        }
        assertThat(visible).as("findings not matched by the baseline").isEmpty();
        assertThat(total(report)).isEqualTo(total(before));
        assertThat(after.err()).as("no stale entries").isEmpty();
        assertExit(after, ExitCodes.OK);
        // and the lines really moved
        assertThat(findings(report, "page.txt").get(1).get("startLine").asInt())
                .isGreaterThan(findings(before, "page.txt").get(1).get("startLine").asInt());
    }

    @Test
    void badBaselineOptionsAndFilesAreErrors(@TempDir Path dir) {
        Path page = copy(TXT, dir.resolve("page.txt"));
        CliTest.Run missing = run("check", page.toString(), "--baseline", dir.resolve("none.json").toString());
        assertExit(missing, ExitCodes.ERROR);
        assertThat(missing.err()).contains("none.json: no such baseline file");
        assertThat(missing.out()).isEmpty();

        Path bad = write(dir.resolve("bad.json"), "{\"version\": 1, \"tool\": \"medlint\", \"findings\": {}}");
        CliTest.Run malformed = run("check", page.toString(), "--baseline", bad.toString());
        assertExit(malformed, ExitCodes.ERROR);
        assertThat(malformed.err()).contains("bad.json: not a medlint baseline: 'findings' must be a list");

        Path notJson = write(dir.resolve("garbage.json"), "fingerprint,rule\n");
        assertExit(run("check", page.toString(), "--baseline", notJson.toString()), ExitCodes.ERROR);

        CliTest.Run pruneAlone = run("check", page.toString(), "--prune-baseline");
        assertExit(pruneAlone, ExitCodes.ERROR);
        assertThat(pruneAlone.err()).contains("--prune-baseline needs --baseline");

        CliTest.Run both = run("check", page.toString(), "--baseline", bad.toString(), "--write-baseline", bad.toString());
        assertExit(both, ExitCodes.ERROR);
    }

    @Test
    void writingABaselineWithAnUnreadablePageFailsAndWritesNothing(@TempDir Path dir) throws IOException {
        copy(TXT, dir.resolve("site/page.txt"));
        java.nio.file.Files.write(dir.resolve("site/broken.md"), new byte[] {'O', 'v', (byte) 0xff});
        Path baseline = dir.resolve("baseline.json");
        CliTest.Run r = run("check", dir.resolve("site").toString(), "--write-baseline", baseline.toString());
        assertExit(r, ExitCodes.ERROR);
        assertThat(baseline).doesNotExist();
    }
}
