package dev.medlint.nlp.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.ConditionalApprovalAdvice;
import dev.medlint.facts.IndicationMention;
import dev.medlint.facts.PreclinicalMajorityClaim;
import dev.medlint.page.Page;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LimitationsAndAdviceTest {
    private final PreclinicalMajorityAnnotator preclinical = new PreclinicalMajorityAnnotator(Fixtures.PACK);
    private final IndicationMentionAnnotator indications = new IndicationMentionAnnotator(Fixtures.PACK);
    private final ConditionalApprovalAdviceAnnotator advice = new ConditionalApprovalAdviceAnnotator(Fixtures.PACK);

    private static Page limitation(String bullet) {
        return Fixtures.page("Curcumin", "Stage IV Cancer", "Important Limitations", "- " + bullet);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Much of the available data comes from preclinical studies (cell cultures and animal models), which do not always predict human outcomes.",
        "Most evidence is from laboratory and animal studies.",
        "The majority of data derive from in vitro and animal models.",
        "Evidence is largely preclinical.",
        "The data come mostly from animal studies.",
        "Current evidence is limited to preclinical studies.",
        "Most of what is known comes from cell culture experiments.",
        "The vast majority of published research was conducted in mice.",
        "Research has been conducted mainly in laboratory settings.",
        "The evidence base consists mainly of laboratory and animal studies.",
        "Most studies to date have been conducted in cell cultures or animals.",
    })
    void preclinicalMajority(String bullet) {
        assertThat(Fixtures.facts(preclinical, limitation(bullet), PreclinicalMajorityClaim.class)).singleElement()
                .satisfies(c -> assertThat(c.sectionKey()).isEqualTo("limitations"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Preclinical studies suggested anti-tumor activity.",
        "Most preclinical studies showed benefit.",
        "Little of the data is preclinical.",
        "Most of the evidence comes from human trials rather than animal studies.",
        "Much of the evidence comes from randomized trials.",
        "While much of the early evidence came from animal studies, phase III trials later confirmed benefit.",
        "Is most of the data from animal models?",
        "This mechanistic rationale is derived from laboratory research and, in some cases, early clinical data.",
        "Most evidence does not come from animal studies.",
        "Animal models do not always predict human outcomes.",
    })
    void notPreclinicalMajority(String bullet) {
        assertThat(Fixtures.facts(preclinical, limitation(bullet), PreclinicalMajorityClaim.class)).isEmpty();
    }

    @ParameterizedTest(name = "{1}: {2}")
    @CsvSource(delimiter = '|', value = {
        "|A PD-L1 inhibitor (vs. PD-1) that blocks immune evasion from the tumor side, with approvals across lung, liver, and breast cancers.|lung;liver;breast",
        "Summary of Published Evidence|Atezolizumab is approved for lung and bladder cancer.|lung;bladder",
        "|It holds approvals in NSCLC and hepatocellular carcinoma.|lung;liver",
        "|Approved for melanoma and renal cell carcinoma, it is widely used.|skin;kidney",
        "Summary of Published Evidence|After its approval for triple-negative breast cancer, use expanded.|breast",
        "Clinical and Regulatory Status|Approvals also cover urothelial carcinoma in Europe.|bladder",
    })
    void indicationMentions(String heading, String sentence, String sites) {
        Page page = Fixtures.page("Atezolizumab", "Stage IV Cancer", heading == null ? "" : heading, sentence);
        List<IndicationMention> m = Fixtures.facts(indications, page, IndicationMention.class);
        assertThat(m).extracting(IndicationMention::site).containsExactlyElementsOf(Arrays.asList(sites.split(";")));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "|Atezolizumab is not approved for breast cancer.",
        "|If approved for breast cancer, it would join several options.",
        "Clinical and Regulatory Status|Current status: FDA-approved for NSCLC, SCLC, hepatocellular carcinoma, urothelial carcinoma, and melanoma.",
        "Summary of Published Evidence|IMpassion130 showed benefit in PD-L1+ triple-negative breast cancer.",
        "Summary of Published Evidence|Its approval for triple-negative breast cancer was withdrawn in 2021.",
        "|Other PD-L1 inhibitors are approved for bladder cancer.",
        "What Patients and Caregivers Should Know|- Ask whether it is approved for lung cancer in your country?",
        "|The company may seek approval for breast cancer.",
    })
    void notIndicationMentions(String heading, String sentence) {
        Page page = Fixtures.page("Atezolizumab", "Stage IV Cancer", heading == null ? "" : heading, sentence);
        assertThat(Fixtures.facts(indications, page, IndicationMention.class)).isEmpty();
    }

    @Test
    void indicationMentionSpanAndTerm() {
        Page page = Fixtures.page("Atezolizumab", "Stage IV Cancer", "", "It has approvals across lung and breast cancers.");
        List<IndicationMention> m = Fixtures.facts(indications, page, IndicationMention.class);
        assertThat(m).extracting(IndicationMention::term).containsExactly("lung cancer", "breast cancer");
        assertThat(m.get(1).span().startColumn()).isEqualTo("It has approvals across lung and ".length() + 1);
        assertThat(m.get(1).span().endColumn()).isEqualTo("It has approvals across lung and breast".length() + 1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "- Ask about access programs, compassionate use pathways, or clinical trial enrollment if the compound is not yet approved.",
        "- Ask about expanded access if it is not approved in your country.",
        "- Discuss clinical trial options unless the drug is approved for your condition.",
        "- If the compound has not been approved, ask about clinical trials.",
        "- Ask about compassionate use if Metformin isn't approved for your condition.",
        "- If it remains investigational, ask about trials.",
        "- If not yet approved, ask about access programs.",
        "- Ask about clinical trials if no regulatory approval exists for your situation.",
        "- What access options exist if the drug has not received approval?",
        "- Ask about options if it's not approved.",
    })
    void conditionalAdvice(String bullet) {
        Page page = Fixtures.page("Metformin", "Prostate Cancer", "What Patients and Caregivers Should Know", bullet);
        assertThat(Fixtures.facts(advice, page, ConditionalApprovalAdvice.class)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Where regulatory approval exists, it applies to specific indications and patient populations.",
        "- Ask whether it is approved for your condition.",
        "- If your insurance claim is not approved, contact your insurer.",
        "The drug is not approved for prostate cancer.",
        "- Ask about access programs if you are not eligible for trials.",
    })
    void notConditionalAdvice(String bullet) {
        Page page = Fixtures.page("Metformin", "Prostate Cancer", "What Patients and Caregivers Should Know", bullet);
        assertThat(Fixtures.facts(advice, page, ConditionalApprovalAdvice.class)).isEmpty();
    }
}
