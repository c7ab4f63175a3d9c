package dev.medlint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.engine.Finding;
import dev.medlint.pack.BundledPack;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every page under fixtures/RULE-ID/ through the bundled pack and compares the findings of
 * that rule with the page's .expected file (see fixtures/README.md). Adding a rule needs no Java:
 * add its DRL and its fixtures folder.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FixturesTest {
    static final Path ROOT = Path.of("fixtures");
    private static final Pattern EXPECTED = Pattern.compile("^(\\d+)(?::(\\d+))?\\s+([a-z0-9-]+)\\s*$");
    private Linter linter;

    @BeforeAll
    void build() throws Exception {
        linter = Linter.create(BundledPack.load());
    }

    static Stream<Arguments> pages() throws IOException {
        List<Arguments> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(ROOT, 2)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String name = f.getFileName().toString();
                if (f.getParent().equals(ROOT) || !(name.startsWith("fire-") || name.startsWith("pass-")) || name.endsWith(".expected")) continue;
                out.add(Arguments.of(ROOT.relativize(f).toString().replace('\\', '/'), f));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void fixture(String name, Path page) throws IOException {
        String rule = page.getParent().getFileName().toString();
        assertThat(linter.engine().rules()).as("fixtures folder names a rule of the pack").containsKey(rule);
        Path expectedFile = page.resolveSibling(page.getFileName() + ".expected");
        assertThat(expectedFile).as("expected findings file beside the page").exists();

        List<int[]> expected = new ArrayList<>();
        for (String raw : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            Matcher m = EXPECTED.matcher(line);
            assertThat(m.matches()).as("'%s' in %s is LINE[:COL] RULE-ID", line, expectedFile).isTrue();
            assertThat(m.group(3)).as("expected rule id in %s", expectedFile).isEqualTo(rule);
            expected.add(new int[] {Integer.parseInt(m.group(1)), m.group(2) == null ? -1 : Integer.parseInt(m.group(2))});
        }
        if (page.getFileName().toString().startsWith("fire-")) {
            assertThat(expected).as("a fire- page expects at least one finding").isNotEmpty();
        } else {
            assertThat(expected).as("a pass- page expects no finding").isEmpty();
        }

        FileOutcome outcome = linter.lint(new Target(page, name));
        assertThat(outcome.error()).as("page reads").isEmpty();
        List<Finding> actual = outcome.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();

        Set<String> unmatchedActual = new TreeSet<>();
        for (Finding f : actual) {
            boolean ok = expected.stream().anyMatch(e -> e[0] == f.span().startLine() && (e[1] < 0 || e[1] == f.span().startColumn()));
            if (!ok) unmatchedActual.add(f.span().startLine() + ":" + f.span().startColumn() + " " + f.message());
        }
        Set<String> unmatchedExpected = new TreeSet<>();
        for (int[] e : expected) {
            boolean ok = actual.stream().anyMatch(f -> e[0] == f.span().startLine() && (e[1] < 0 || e[1] == f.span().startColumn()));
            if (!ok) unmatchedExpected.add(e[0] + (e[1] < 0 ? "" : ":" + e[1]));
        }
        assertThat(unmatchedActual).as("findings of %s not expected on %s", rule, name).isEmpty();
        assertThat(unmatchedExpected).as("expected findings of %s missing on %s (actual: %s)", rule, name,
                actual.stream().map(f -> f.span().startLine() + ":" + f.span().startColumn()).collect(Collectors.joining(", "))).isEmpty();
    }

    @Test
    void everyRuleHasFixturesThatFireAndThatMustNot() throws IOException {
        for (String rule : linter.engine().rules().keySet()) {
            Path dir = ROOT.resolve(rule);
            assertThat(dir).as("fixtures folder for %s", rule).isDirectory();
            try (Stream<Path> files = Files.list(dir)) {
                List<String> names = files.map(p -> p.getFileName().toString()).filter(n -> !n.endsWith(".expected")).toList();
                assertThat(names.stream().filter(n -> n.startsWith("fire-")).count()).as("fire- pages for %s", rule).isGreaterThanOrEqualTo(3);
                assertThat(names.stream().filter(n -> n.startsWith("pass-")).count()).as("pass- pages for %s", rule).isGreaterThanOrEqualTo(3);
            }
        }
    }
}
