package dev.medlint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.engine.Finding;
import dev.medlint.pack.BundledPack;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The first acceptance case: the real CMS export (examples/, byte-identical to the reference the
 * catalogue names) and its Markdown twin give exactly the catalogue's expected result.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferencePageTest {
    static final Set<String> FIRES = Set.of("approval-rct-contradiction", "trial-evidence-contradiction",
            "preclinical-limitation-mismatch", "indication-mismatch", "conditional-approval-boilerplate",
            "citations-missing", "review-date-missing", "acronym-undefined", "reading-level-high");
    static final Set<String> MUST_NOT = Set.of("disclaimer-missing", "disclaimer-incomplete", "evidence-level-missing",
            "evidence-level-unrecognized", "required-section-missing", "dosing-information", "treatment-directive",
            "cure-claim", "hype-language", "unsupported-safety-claim", "evidence-status-mismatch", "ai-disclosure-missing");

    private Linter linter;

    @BeforeAll
    void build() throws Exception {
        linter = Linter.create(BundledPack.load());
    }

    @ParameterizedTest
    @ValueSource(strings = {"examples/atezolizumab-stage-iv-cancer.txt", "examples/atezolizumab-stage-iv-cancer.md"})
    void givesTheCataloguesExpectedResult(String file) {
        FileOutcome outcome = linter.lint(new Target(Path.of(file), file));
        assertThat(outcome.error()).isEmpty();
        List<Finding> findings = outcome.findings();
        Set<String> fired = findings.stream().map(Finding::ruleId).collect(Collectors.toSet());
        assertThat(fired).containsExactlyInAnyOrderElementsOf(FIRES);
        assertThat(fired).doesNotContainAnyElementsOf(MUST_NOT);
        assertThat(FIRES.size() + MUST_NOT.size()).as("the two lists cover the catalogue").isEqualTo(linter.engine().rules().size());
        Set<String> acronyms = findings.stream().filter(f -> f.ruleId().equals("acronym-undefined"))
                .map(Finding::message).collect(Collectors.toSet());
        assertThat(acronyms).anyMatch(m -> m.contains("'NSCLC'")).anyMatch(m -> m.contains("'SCLC'"));
    }
}
