package dev.medlint.nlp.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.facts.ApprovalClaim;
import dev.medlint.facts.ApprovalStatus;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ApprovalAnnotatorTest {
    private final ApprovalAnnotator annotator = new ApprovalAnnotator(Fixtures.PACK);

    private List<ApprovalClaim> claims(String compound, String condition, String sentence) {
        return Fixtures.facts(annotator, Fixtures.page(compound, condition, "Clinical and Regulatory Status", sentence), ApprovalClaim.class);
    }

    private static List<String> list(String s) {
        return s.isBlank() ? List.of() : Arrays.asList(s.split(";"));
    }

    @ParameterizedTest(name = "{2}")
    @CsvSource(delimiter = '|', value = {
        "Atezolizumab|Stage IV Cancer|Current status: FDA-approved for NSCLC, SCLC, hepatocellular carcinoma, urothelial carcinoma, and melanoma.|APPROVED|FDA|lung;liver;bladder;skin|true",
        "Metformin|Prostate Cancer|Metformin is approved by the FDA for type 2 diabetes.|APPROVED|FDA||false",
        "Metformin|Prostate Cancer|Current status: approved by the Food and Drug Administration to treat type 2 diabetes in adults.|APPROVED|FDA||false",
        "Semaglutide|Obesity|Current status: Approved in the US and EU for chronic weight management and type 2 diabetes.|APPROVED|FDA, EMA||true",
        "Semaglutide|Obesity|Semaglutide has received FDA approval for type 2 diabetes.|APPROVED|FDA||false",
        "Pembrolizumab|NSCLC|Pembrolizumab has received FDA approval for melanoma, non-small cell lung cancer and classical Hodgkin lymphoma.|APPROVED|FDA|skin;lung;lymph|true",
        "Pembrolizumab|Non-Small Cell Lung Cancer|Current status: FDA-approved for NSCLC.|APPROVED|FDA|lung|true",
        "Atezolizumab|Bladder Cancer|Atezolizumab is approved by the EMA for urothelial carcinoma.|APPROVED|EMA|bladder|true",
        "Nivolumab|Gastric Cancer|It is approved in Japan for gastric cancer.|APPROVED|PMDA|stomach|true",
        "Atezolizumab|Stage IV Cancer|Current status: FDA-approved.|APPROVED|FDA||true",
        "Atezolizumab|Solid Tumors|**Current status:** approved for melanoma in the US.|APPROVED|FDA|skin|true",
        "Metformin|Stage IV Cancer|Current status: FDA-approved for type 2 diabetes.|APPROVED|FDA||false",
        "Olaparib|Advanced Cancer|Olaparib is licensed in the UK for ovarian and breast cancers.|APPROVED|MHRA|ovary;breast|true",
        "Enzalutamide|Metastatic Castration-Resistant Prostate Cancer|Enzalutamide is approved for prostate cancer.|APPROVED||prostate|true",
        "Drug X|Prostate Cancer|Drug X is an FDA-approved treatment for metastatic castration-resistant prostate cancer.|APPROVED|FDA|prostate|true",
        "Curcumin|Stage IV Cancer|Current status: Not approved by the FDA for any indication.|NOT_APPROVED|FDA||true",
        "Curcumin|Stage IV Cancer|Current status: Not approved; investigational.|NOT_APPROVED|||true",
        "Metformin|Prostate Cancer|It has not been approved for prostate cancer.|NOT_APPROVED||prostate|true",
        "Curcumin|Stage IV Cancer|There is no regulatory approval for this use.|NOT_APPROVED|||true",
        "Curcumin|Stage IV Cancer|Curcumin has not received FDA approval.|NOT_APPROVED|FDA||true",
        "Drug X|Stage IV Cancer|Drug X is unapproved in the EU.|NOT_APPROVED|EMA||true",
        "Drug X|Stage IV Cancer|Current status: Investigational; available only in clinical trials.|INVESTIGATIONAL|||true",
        "Drug X|Stage IV Cancer|Current status: In clinical trials only.|INVESTIGATIONAL|||true",
        "Drug X|Stage IV Cancer|The compound remains investigational.|INVESTIGATIONAL|||true",
        "Drug X|Stage IV Cancer|Current status: Experimental; in phase II trials.|INVESTIGATIONAL|||true",
        "Drug X|Stage IV Cancer|Drug X is an experimental drug available only through clinical trials.|INVESTIGATIONAL|||true",
        "Curcumin|Prostate Cancer|Current status: Available as a dietary supplement; not FDA-approved for any medical condition.|NOT_APPROVED|FDA||true",
        "Atezolizumab|Bladder Cancer|Approved by the FDA in 2016 for urothelial carcinoma, atezolizumab is widely used.|APPROVED|FDA|bladder|true",
        "Atezolizumab|Bladder Cancer|The FDA approved atezolizumab in 2016 for bladder cancer.|APPROVED|FDA|bladder|true",
        "Atezolizumab|Breast Cancer|Its approval for triple-negative breast cancer was withdrawn in 2021.|NOT_APPROVED||breast|true",
        "Curcumin|Stage IV Cancer|No regulatory agency has approved curcumin for cancer.|NOT_APPROVED|||true",
        "Atezolizumab|Lung Cancer|Atezolizumab is approved for patients with NSCLC who have progressed on chemotherapy.|APPROVED||lung|true",
        "Semaglutide|Obesity|Current status: FDA-approved for type 2 diabetes (as Ozempic) and chronic weight management (as Wegovy).|APPROVED|FDA||true",
    })
    void statusStatements(String compound, String condition, String sentence, ApprovalStatus status, String jurisdiction,
                          String sites, boolean covers) {
        assertThat(claims(compound, condition, sentence)).singleElement().satisfies(c -> {
            assertThat(c.status()).isEqualTo(status);
            assertThat(c.jurisdiction()).isEqualTo(jurisdiction == null ? "" : jurisdiction);
            assertThat(c.sites()).containsExactlyElementsOf(list(sites == null ? "" : sites));
            assertThat(c.coversCondition()).isEqualTo(covers);
            assertThat(c.sectionKey()).isEqualTo("status");
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "Where regulatory approval exists, it applies to specific indications and patient populations as described in the approval documents.",
        "Approved compounds may still carry significant risks and require physician oversight.",
        "Ask about access programs, compassionate use pathways, or clinical trial enrollment if the compound is not yet approved.",
        "Is atezolizumab approved for your cancer?",
        "A PD-L1 inhibitor (vs. PD-1) that blocks immune evasion from the tumor side, with approvals across lung, liver, and breast cancers.",
        "The company may seek FDA approval in 2027.",
        "Other PD-1 inhibitors are approved for melanoma.",
        "Experimental animal models suggest a benefit.",
        "Inquire about investigational therapies that may be relevant to your situation.",
        "If approved, it would be the first drug in its class.",
        "FDA-approved therapies for stage IV cancer include chemotherapy and immunotherapy.",
        "Ask your oncologist whether the drug is approved in your country.",
        "The approval process can take many years.",
        "Discuss potential interactions with your current treatment regimen.",
        "Even approved drugs can have serious side effects.",
        "Regulatory approval does not guarantee effectiveness for every patient.",
    })
    void notStatusStatements(String sentence) {
        assertThat(claims("Atezolizumab", "Stage IV Cancer", sentence)).isEmpty();
    }

    @Test
    void mixedSentenceGivesOneClaimPerStatus() {
        List<ApprovalClaim> c = claims("Metformin", "Prostate Cancer",
                "Metformin is FDA-approved for type 2 diabetes but is not approved for prostate cancer.");
        assertThat(c).extracting(ApprovalClaim::status).containsExactly(ApprovalStatus.APPROVED, ApprovalStatus.NOT_APPROVED);
        assertThat(c.get(0).indications()).containsExactly("type 2 diabetes");
        assertThat(c.get(0).coversCondition()).isFalse();
        assertThat(c.get(1).indications()).containsExactly("prostate cancer");
        assertThat(c.get(1).coversCondition()).isTrue();
    }

    @Test
    void listsKeepMultiWordIndicationsWhole() {
        List<ApprovalClaim> c = claims("Pembrolizumab", "Head and Neck Cancer",
                "Pembrolizumab is FDA-approved for head and neck squamous cell carcinoma and melanoma.");
        assertThat(c).singleElement().satisfies(a -> {
            assertThat(a.indications()).containsExactly("head and neck squamous cell carcinoma", "melanoma");
            assertThat(a.sites()).containsExactly("head-neck", "skin");
            assertThat(a.coversCondition()).isTrue();
        });
    }

    @Test
    void aWithdrawalThatNamesNoIndicationIsNoClaimOfItsOwn() {
        assertThat(claims("Atezolizumab", "Stage IV Cancer",
                "Current status: FDA-approved for NSCLC; this indication was later withdrawn in Europe."))
                .extracting(ApprovalClaim::status).containsExactly(ApprovalStatus.APPROVED);
    }

    @Test
    void evidenceLevelStatementIsNotAStatusStatement() {
        assertThat(claims("Atezolizumab", "Stage IV Cancer",
                "The available evidence for Atezolizumab in Stage IV Cancer is classified as: regulatory-approved with clinical trial data.")).isEmpty();
    }
}
