package dev.medlint.nlp.transparency;

import static dev.medlint.nlp.transparency.Support.PACK;
import static dev.medlint.nlp.transparency.Support.facts;
import static dev.medlint.nlp.transparency.Support.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.medlint.facts.Citation;
import dev.medlint.facts.ResearchAppeal;
import dev.medlint.page.Page;
import dev.medlint.page.Span;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SourcingAnnotatorTest {
    private final SourcingAnnotator annotator = new SourcingAnnotator(PACK);

    private List<ResearchAppeal> appeals(Page p) {
        return facts(annotator, p, ResearchAppeal.class);
    }

    private List<Citation> citations(Page p) {
        return facts(annotator, p, Citation.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Several studies suggest a benefit.",
            "Peer-reviewed literature reports lower PSA levels.",
            "A 2019 meta-analysis found a small effect.",
            "Researchers observed slower progression.",
            "Clinical trials are ongoing.",
            "Published data remain limited.",
            "The evidence comes from a randomized trial in 2,000 men."})
    void appealsToResearch(String sentence) {
        List<ResearchAppeal> a = appeals(page("Summary of Published Evidence", "Metformin is widely used. " + sentence));
        assertThat(a).singleElement().satisfies(r -> {
            assertThat(r.text()).isEqualTo(sentence);
            assertThat(r.span().startLine()).isEqualTo(3);
            assertThat(r.span().startColumn()).isEqualTo(27);
        });
    }

    /**
     * The lexicon is matched case-insensitively with Unicode case rules, under which the long s and
     * the dotless i stand for s and i; the first-word shortcut of {@link PhraseSet} must find these
     * too, and a mention after a negated one in the same sentence.
     */
    @ParameterizedTest
    @ValueSource(strings = {
            "SEVERAL STUDIES SUGGEST A BENEFIT.",
            "Several \u017ftudies suggest a benefit.",
            "A randomized tr\u0131al is ongoing.",
            "A peer \u2010 reviewed report exists.",
            "No trial has tested it, but studies in mice suggest a benefit."})
    void appealsInOtherCaseForms(String sentence) {
        assertThat(appeals(page("Summary of Published Evidence", sentence))).singleElement()
                .satisfies(r -> assertThat(r.text()).isEqualTo(sentence));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Nonstudies and re-research are not words.",
            "No studies have examined this compound.",
            "If you are researching metformin, talk to your doctor.",
            "Metformin lowers blood glucose.",
            "The evidence level is preclinical."})
    void notAnAppeal(String sentence) {
        assertThat(appeals(page("Summary of Published Evidence", sentence))).isEmpty();
    }

    @Test
    void headingsDisclaimerAndFooterAreNotAppeals() {
        Page p = page("Summary of Published Evidence", "Metformin lowers glucose.",
                "Medical Disclaimer: This page summarizes published research and is not medical advice.",
                "Our AI reads thousands of studies to write research reports.");
        assertThat(appeals(p)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "See doi:10.1056/NEJMoa1809064.|doi|10.1056/NEJMoa1809064",
            "Results were reported (PMID: 31562796).|pmid|PMID: 31562796",
            "The trial is registered as NCT02366143.|nct|NCT02366143",
            "Details: https://www.fda.gov/drugs/approvals.|url|https://www.fda.gov/drugs/approvals",
            "More at www.cancer.gov/types/prostate, in plain language.|url|www.cancer.gov/types/prostate"})
    void inlineCitations(String sentence, String kind, String text) {
        List<Citation> c = citations(page("Summary of Published Evidence", "Studies suggest benefit. " + sentence));
        assertThat(c).extracting(Citation::kind, Citation::text).contains(tuple(kind, text));
    }

    @Test
    void pubmedLinkIsBothAUrlAndAPmid() {
        List<Citation> c = citations(page("Summary of Published Evidence", "Source: https://pubmed.ncbi.nlm.nih.gov/31562796/"));
        assertThat(c).extracting(Citation::kind).contains("url", "pmid");
    }

    @Test
    void citationSpanIsExact() {
        Citation c = citations(page("Summary of Published Evidence", "Registered as NCT02366143.")).get(0);
        assertThat(c.span()).isEqualTo(new Span(3, 15, 3, 26));
    }

    @Test
    void referencesSectionWithAnEntry() {
        Page p = page("Summary of Published Evidence", "Studies suggest benefit.",
                "References", "- Smith J, et al. Metformin and prostate cancer. J Urol. 2020.");
        assertThat(citations(p)).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo("references");
            assertThat(c.span()).isEqualTo(new Span(4, 1, 4, 11));
        });
    }

    @Test
    void labelledSourcesParagraph() {
        Page p = page("Summary of Published Evidence", "Studies suggest benefit.", "Sources: FDA prescribing information, 2024.");
        assertThat(citations(p)).extracting(Citation::kind, Citation::text).containsExactly(tuple("references", "Sources:"));
    }

    @Test
    void emptyReferencesSectionIsNoCitation() {
        assertThat(citations(page("Summary of Published Evidence", "Studies suggest benefit.", "References"))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "Get a personalized research report at insightswarm.ai — our AI agents analyze thousands of data points.",
            "Visit https://insightswarm.ai/report to order yours."})
    void footerDomainsAndLinksAreNotCitations(String footer) {
        Page p = page("Summary of Published Evidence", "Studies suggest benefit.",
                "Medical Disclaimer: This page is not medical advice.", footer);
        assertThat(citations(p)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "The usual dose is 10.5 mg.",
            "Trial NCT123 is small.",
            "Reported in 2019 with 10.1 percent response."})
    void lookalikesAreNotCitations(String sentence) {
        assertThat(citations(page("Summary of Published Evidence", sentence))).isEmpty();
    }
}
