package dev.medlint.lint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.engine.Finding;
import dev.medlint.pack.BundledPack;
import dev.medlint.page.PageSource;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Wordings outside writers used that the first rules missed (each found on held-out pages): the
 * whole pipeline must treat them as the catalogue says.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WordingVariantsTest {
    private static final String SECTIONS = "Mechanism of Action\nIt blocks a receptor.\nSummary of Published Evidence\n%s\n"
            + "Clinical and Regulatory Status\n%s\nImportant Limitations\n- %s\nWhat Patients and Caregivers Should Know\n- Ask your doctor.\n%s";
    private Linter linter;

    @BeforeAll
    void build() throws Exception {
        linter = Linter.create(BundledPack.load());
    }

    private Set<String> rules(String page) throws Exception {
        return linter.lint(PageSource.of("t.txt", page.getBytes(StandardCharsets.UTF_8))).stream()
                .map(Finding::ruleId).collect(Collectors.toSet());
    }

    private Set<String> rules(String evidence, String status, String limitation, String tail) throws Exception {
        return rules("Overview: Atezolizumab and Lung Cancer\nPublished research has studied it.\n"
                + String.format(SECTIONS, evidence, status, limitation, tail));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "The evidence for it is best described as early-clinical.|early-clinical",
        "Classified evidence level: case reports and observational data.|observational",
        "Evidence Level — Late-stage clinical (phase III randomized trial data)|late-clinical"})
    void evidenceLevelWordings(String statement, String level) throws Exception {
        Set<String> fired = rules(statement, "Current status: investigational.", "Data are limited.", "");
        assertThat(fired).doesNotContain("evidence-level-missing", "evidence-level-unrecognized");
    }

    @Test
    void theClassificationPhraseIsNotATrialNamed() throws Exception {
        Set<String> fired = rules("Evidence level: late-stage clinical (phase III randomized trial data).",
                "Current status: investigational.", "No randomized controlled trial has confirmed efficacy.", "");
        assertThat(fired).doesNotContain("trial-evidence-contradiction");
    }

    @Test
    void trialsThatAreLackingAreANoRctClaim() throws Exception {
        Set<String> fired = rules("Evidence level: regulatory-approved with clinical trial data.",
                "Current status: FDA-approved for lung cancer.", "Randomized controlled trials confirming efficacy are lacking.", "");
        assertThat(fired).contains("approval-rct-contradiction");
    }

    @Test
    void anApprovalDateIsNotAnIndication() throws Exception {
        Set<String> fired = rules("Evidence level: early-clinical.",
                "Current status: FDA-approved in March 2019 for lung cancer in adults.", "Data are limited.", "");
        assertThat(fired).contains("evidence-status-mismatch");
    }

    @Test
    void headingsMatchWithAmpersandsNumbersAndCase() throws Exception {
        Set<String> fired = rules("# Overview: X and Lung Cancer\n\nText.\n\n## 1. Mechanism of Action\n\nText.\n\n"
                + "## Summary of Published Evidence.\n\nText.\n\n## Clinical & Regulatory Status\n\nText.\n\n"
                + "## IMPORTANT LIMITATIONS\n\n- a\n\n## What Patients & Caregivers Should Know\n\n- b\n");
        assertThat(fired).doesNotContain("required-section-missing");
    }

    @Test
    void aDisclaimerLabelMayEndWithADash() throws Exception {
        Set<String> fired = rules("Evidence level: early-clinical.", "Current status: investigational.", "Data are limited.",
                "Medical Disclaimer — This page is not medical advice. Talk to your doctor. Never start, stop or change treatment based on it.");
        assertThat(fired).doesNotContain("disclaimer-missing", "disclaimer-incomplete");
    }

    @Test
    void aTrailingCallToActionIsTheFooterEvenWithoutADisclaimerBeforeIt() throws Exception {
        Set<String> fired = rules("Evidence level: early-clinical.", "Current status: investigational.", "Data are limited.",
                "A Note From Our Editors\nVisit [insightswarm.ai](https://insightswarm.ai) for a personalized research report.");
        assertThat(fired).as("a footer link is not a citation").contains("citations-missing");
    }
}
