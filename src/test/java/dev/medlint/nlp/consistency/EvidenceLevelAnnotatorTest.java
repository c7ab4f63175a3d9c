package dev.medlint.nlp.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.EvidenceLevelClaim;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import dev.medlint.testing.SimplePages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EvidenceLevelAnnotatorTest {
    private final EvidenceLevelAnnotator annotator = new EvidenceLevelAnnotator(Fixtures.PACK);

    private List<EvidenceLevelClaim> claims(String sentence) {
        return Fixtures.facts(annotator, Fixtures.evidence(sentence), EvidenceLevelClaim.class);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "The available evidence for Metformin in Prostate Cancer is classified as: observational.|observational|3",
        "The available evidence for Atezolizumab in Stage IV Cancer is classified as: regulatory-approved with clinical trial data.|regulatory-approved|6",
        "The available evidence for Semaglutide in Obesity is classified as: late-stage clinical; phase III randomized trial data.|late-clinical|5",
        "The available evidence is classified as: theoretical / mechanistic rationale only.|mechanistic|1",
        "The available evidence is classified as: preclinical; laboratory and animal studies.|preclinical|2",
        "The available evidence is classified as: case reports; observational or epidemiological data.|observational|3",
        "The available evidence is classified as: early clinical; phase I / phase II trial data.|early-clinical|4",
        "The evidence is classified as: early clinical; no phase III data yet.|early-clinical|4",
        "The current evidence base is categorized as: early-clinical.|early-clinical|4",
        "Evidence level: early clinical (phase I/II trial data)|early-clinical|4",
        "Evidence level - preclinical|preclinical|2",
        "Evidence level \u2014 Phase 1/2 trials|early-clinical|4",
        "**Evidence level:** late-clinical|late-clinical|5",
        "Level of evidence: case reports and observational data.|observational|3",
        "Overall evidence level: regulatory-approved|regulatory-approved|6",
        "The evidence level for Pembrolizumab in NSCLC is regulatory-approved.|regulatory-approved|6",
        "Evidence level: phase II/III randomized data|late-clinical|5",
        "Evidence level: observational (retrospective cohort studies)|observational|3",
        "The available evidence is classified as: preclinical (not approved).|preclinical|2",
    })
    void recognisedLevels(String sentence, String level, int rank) {
        assertThat(claims(sentence)).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo(level);
            assertThat(c.rank()).isEqualTo(rank);
            assertThat(c.recognized()).isTrue();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "The available evidence for Atezolizumab in Stage IV Cancer is classified as: promising.",
        "Evidence level: strong",
        "The available evidence is classified as: emerging and encouraging.",
    })
    void unrecognisedLevels(String sentence) {
        assertThat(claims(sentence)).singleElement().satisfies(c -> {
            assertThat(c.recognized()).isFalse();
            assertThat(c.level()).isEmpty();
            assertThat(c.rank()).isZero();
            assertThat(c.phrase()).isNotBlank();
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Ask specifically about the evidence level: is the data from animal models, Phase I safety trials, or Phase III efficacy trials?",
        "The evidence level is uncertain.",
        "What is the evidence level for this compound?",
        "Researchers classified patients as responders or non-responders.",
        "Patient data were classified as high risk or low risk.",
        "Evidence levels range from mechanistic rationale to regulatory approval.",
        "Phase III trials established the approved indications.",
    })
    void notClassificationStatements(String sentence) {
        assertThat(claims(sentence)).isEmpty();
    }

    @Test
    void levelSpanPointsAtThePhrase() {
        Page page = Fixtures.evidence("Evidence level: late-clinical");
        EvidenceLevelClaim c = Fixtures.facts(annotator, page, EvidenceLevelClaim.class).get(0);
        assertThat(c.span()).isEqualTo(new Span(3, 1, 3, 30));
        assertThat(c.levelSpan()).isEqualTo(new Span(3, 17, 3, 30));
        assertThat(c.phrase()).isEqualTo("late-clinical");
    }

    @Test
    void levelsOutsideTheBodyAreIgnored() {
        Page page = SimplePages.page("Overview: X and Y\nSummary of Published Evidence\nFine.\n"
                + "Medical Disclaimer: The evidence is classified as: preclinical.\nEvidence level: observational");
        assertThat(Fixtures.facts(annotator, page, EvidenceLevelClaim.class)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"evidence-level", "evidence_level"})
    void frontMatterGivesTheLevelWhenTheBodyHasNone(String key) {
        Page page = SimplePages.page("test.md", "# Overview: X and Y\n\nNo statement here.", Map.of(key, "preclinical"));
        assertThat(Fixtures.facts(annotator, page, EvidenceLevelClaim.class)).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo("preclinical");
            assertThat(c.span()).isEqualTo(Span.PAGE_START);
        });
    }

    @Test
    void bodyStatementWinsOverFrontMatter() {
        Page page = SimplePages.page("test.md", "# Overview: X and Y\n\nEvidence level: observational", Map.of("evidence-level", "preclinical"));
        assertThat(Fixtures.facts(annotator, page, EvidenceLevelClaim.class)).extracting(EvidenceLevelClaim::level).containsExactly("observational");
    }
}
