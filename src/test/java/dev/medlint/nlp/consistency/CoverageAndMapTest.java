package dev.medlint.nlp.consistency;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoverageAndMapTest {
    private final IndicationMap map = new IndicationMap(Fixtures.PACK.mapping("indication-sites"));
    private final ConditionCoverage coverage = new ConditionCoverage(map,
            new TermIndex(Fixtures.PACK.mapping("condition-sites"), 4), Fixtures.PACK.lexicon("consistency-cancer-terms"));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
        "NSCLC, SCLC, hepatocellular carcinoma, urothelial carcinoma, and melanoma|lung;liver;bladder;skin",
        "lung, liver, and breast cancers|lung;liver;breast",
        "non-small-cell lung cancer and triple negative breast cancer|lung;breast",
        "TNBC and HCC|breast;liver",
        "ovarian and breast cancers|ovary;breast",
        "hepatocellular and urothelial carcinomas|liver;bladder",
        "mCRPC|prostate",
        "head and neck cancer|head-neck",
        "the gist of the study on lung function and all patients|",
        "a skin rash and liver enzymes|",
    })
    void sites(String text, String expected) {
        List<String> want = expected == null ? List.of() : Arrays.asList(expected.split(";"));
        assertThat(map.sites(text)).containsExactlyElementsOf(want);
    }

    @ParameterizedTest(name = "{0} on {1} -> {2}")
    @CsvSource(delimiter = '|', value = {
        "|Prostate Cancer|true",
        "type 2 diabetes|Prostate Cancer|false",
        "type 2 diabetes|Type 2 Diabetes|true",
        "chronic weight management;type 2 diabetes|Obesity|true",
        "type 2 diabetes|Obesity|false",
        "NSCLC|Non-Small Cell Lung Cancer|true",
        "melanoma|NSCLC|false",
        "metastatic castration-resistant prostate cancer|Prostate Cancer|true",
        "melanoma|Metastatic Melanoma|true",
        "melanoma|Stage IV Cancer|true",
        "several cancers|Advanced Cancer|true",
        "type 2 diabetes|Solid Tumors|false",
        "HCC|Liver Cancer|true",
        "severe asthma|Asthma|true",
        "rheumatoid arthritis|Psoriasis|false",
        "anything|''|true",
    })
    void coverage(String indications, String condition, boolean covers) {
        List<String> ind = indications == null ? List.of() : Arrays.asList(indications.split(";"));
        assertThat(coverage.covers(ind, condition)).isEqualTo(covers);
    }
}
