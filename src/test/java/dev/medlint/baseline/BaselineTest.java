package dev.medlint.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.medlint.engine.Finding;
import dev.medlint.engine.Severity;
import dev.medlint.engine.Suppression;
import dev.medlint.page.Span;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The baseline file format and matching. */
class BaselineTest {
    private static Finding f(String rule, String path, String fp, int line) {
        return new Finding(rule, Severity.ERROR, rule + " message", path, new Span(line, 1, line, 4), "", List.of(), fp, Optional.empty());
    }

    @Test
    void writesSortedStablePrettyJsonWithoutSuppressedFindings(@TempDir Path dir) throws Exception {
        List<Finding> findings = List.of(f("z-rule", "b.md", "fp1", 1), f("a-rule", "b.md", "fp2", 9), f("m-rule", "a.md", "fp3", 5),
                f("a-rule", "a.md", "fp4", 2).suppressed(new Suppression("inSource", "quoted")));
        Baseline b = Baseline.of(findings);
        assertThat(b.entries()).extracting(BaselineEntry::fingerprint).containsExactly("fp3", "fp2", "fp1");
        String json = b.toJson();
        assertThat(json).startsWith("{\n  \"version\": 1,\n  \"tool\": \"medlint\",\n  \"findings\": [\n    {\n      \"fingerprint\": \"fp3\",")
                .endsWith("}\n").doesNotContain("\r");
        JsonNode tree = new ObjectMapper().readTree(json);
        assertThat(tree.get("findings").get(0).fieldNames()).toIterable().containsExactly("fingerprint", "ruleId", "path", "message");
        assertThat(Baseline.of(List.of(findings.get(2), findings.get(0), findings.get(1))).toJson())
                .as("input order does not matter").isEqualTo(json);

        Path file = dir.resolve("sub/baseline.json");
        b.write(file, "sub/baseline.json");
        assertThat(Files.readString(file)).isEqualTo(json);
        assertThat(Baseline.read(file, "sub/baseline.json")).isEqualTo(b);
    }

    @Test
    void matchMarksBaselinedFindingsAndCountsStaleEntriesOfCheckedFilesOnly() {
        Baseline b = new Baseline(List.of(new BaselineEntry("fp1", "r", "a.md", "m"), new BaselineEntry("gone", "r", "a.md", "m"),
                new BaselineEntry("other", "r", "not-checked.md", "m"), new BaselineEntry("fp9", "r", "a.md", "m")));
        BaselineMatch match = new BaselineMatch(b);
        Finding inSource = f("r", "a.md", "fp9", 3).suppressed(new Suppression("inSource", "q"));
        List<Finding> out = match.apply("a.md", List.of(f("r", "a.md", "fp1", 1), f("r", "a.md", "new", 2), inSource));
        assertThat(out.get(0).suppression()).contains(new Suppression("external", "baseline"));
        assertThat(out.get(1).isSuppressed()).isFalse();
        assertThat(out.get(2)).as("suppressed in the source: left alone").isEqualTo(inSource);
        assertThat(match.stale()).extracting(BaselineEntry::fingerprint).containsExactlyInAnyOrder("gone", "fp9");
        assertThat(b.without(match.stale()).entries()).extracting(BaselineEntry::fingerprint).containsExactly("fp1", "other");
    }

    @Test
    void missingOrMalformedFilesAreErrorsNamingTheFile(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Baseline.read(dir.resolve("none.json"), "none.json"))
                .isInstanceOf(BaselineException.class).hasMessageStartingWith("none.json: no such baseline file");
        String[][] cases = {
                {"{", "b.json:1: not a medlint baseline: invalid JSON"},
                {"[]", "b.json: not a medlint baseline: expected a JSON object"},
                {"{\"version\": 2, \"tool\": \"medlint\", \"findings\": []}", "b.json: not a medlint baseline: version 2 is not supported"},
                {"{\"tool\": \"medlint\", \"findings\": []}", "b.json: not a medlint baseline: 'version' must be 1"},
                {"{\"version\": 1, \"tool\": \"eslint\", \"findings\": []}", "b.json: not a medlint baseline: 'tool' must be \"medlint\""},
                {"{\"version\": 1, \"tool\": \"medlint\"}", "b.json: not a medlint baseline: 'findings' must be a list"},
                {"{\"version\": 1, \"tool\": \"medlint\", \"findings\": [{\"ruleId\": \"x\"}]}",
                        "b.json: not a medlint baseline: findings[0] has no 'fingerprint'"},
                {"{\"version\": 1, \"tool\": \"medlint\", \"findings\": [{\"fingerprint\": 3}]}",
                        "b.json: not a medlint baseline: findings[0].fingerprint must be a string"},
        };
        for (String[] c : cases) {
            Path file = dir.resolve("b.json");
            Files.writeString(file, c[0]);
            assertThatThrownBy(() -> Baseline.read(file, "b.json")).as(c[0]).isInstanceOf(BaselineException.class)
                    .hasMessageStartingWith(c[1]);
        }
    }
}
