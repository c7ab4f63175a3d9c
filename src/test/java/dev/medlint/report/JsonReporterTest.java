package dev.medlint.report;

import static dev.medlint.report.ReportTesting.render;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.medlint.engine.Finding;
import dev.medlint.engine.RelatedLocation;
import dev.medlint.engine.Severity;
import dev.medlint.page.Span;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class JsonReporterTest {
    private final JsonReporter json = new JsonReporter();

    @Test
    void oneDocumentWithEveryFileFindingAndTheSummary() {
        assertThat(render(json, SampleReport.report())).isEqualTo("""
                {
                  "tool": {
                    "name": "medlint",
                    "version": "0.1.0"
                  },
                  "files": [
                    {
                      "path": "pages/a b.md",
                      "findings": [
                        {
                          "ruleId": "disclaimer-missing",
                          "severity": "error",
                          "message": "The page has no medical disclaimer.",
                          "path": "pages/a b.md",
                          "startLine": 1,
                          "startColumn": 1,
                          "endLine": 1,
                          "endColumn": 1,
                          "section": "",
                          "fingerprint": "fp-disc",
                          "related": []
                        },
                        {
                          "ruleId": "approval-contradiction",
                          "severity": "warning",
                          "message": "Says \\"FDA-approved\\" but also that no randomized trial confirmed efficacy.",
                          "path": "pages/a b.md",
                          "startLine": 5,
                          "startColumn": 3,
                          "endLine": 5,
                          "endColumn": 20,
                          "section": "Clinical and Regulatory Status",
                          "fingerprint": "fp-contra",
                          "related": [
                            {
                              "startLine": 2,
                              "startColumn": 1,
                              "endLine": 2,
                              "endColumn": 15,
                              "message": "no randomized trial"
                            }
                          ]
                        },
                        {
                          "ruleId": "readability-grade",
                          "severity": "info",
                          "message": "Reading level is grade 12; aim for 8 or lower.",
                          "path": "pages/a b.md",
                          "startLine": 7,
                          "startColumn": 1,
                          "endLine": 8,
                          "endColumn": 4,
                          "section": "Overview",
                          "fingerprint": "fp-read",
                          "related": []
                        },
                        {
                          "ruleId": "dosing-advice",
                          "severity": "error",
                          "message": "Gives a dose: 5 mg.",
                          "path": "pages/a b.md",
                          "startLine": 9,
                          "startColumn": 1,
                          "endLine": 9,
                          "endColumn": 10,
                          "section": "What Patients and Caregivers Should Know",
                          "fingerprint": "fp-dose",
                          "related": [],
                          "suppressed": {
                            "kind": "inSource",
                            "justification": "reviewed by compliance"
                          }
                        }
                      ]
                    },
                    {
                      "path": "pages/café ü.md",
                      "findings": [
                        {
                          "ruleId": "dosing-advice",
                          "severity": "error",
                          "message": "Gives a dose: 100% of 5 mg, twice\\ndaily.",
                          "path": "pages/café ü.md",
                          "startLine": 3,
                          "startColumn": 5,
                          "endLine": 3,
                          "endColumn": 9,
                          "section": "Overview",
                          "fingerprint": "",
                          "related": []
                        }
                      ]
                    },
                    {
                      "path": "missing.md",
                      "error": "cannot read: No such file or directory",
                      "findings": []
                    }
                  ],
                  "summary": {
                    "errors": 2,
                    "warnings": 1,
                    "infos": 1,
                    "files": 3,
                    "filesWithErrors": 1,
                    "suppressed": 1
                  }
                }
                """);
    }

    @Test
    void suppressedFindingsAreIncludedWhetherOrNotTheyAreShown() {
        assertThat(render(json, SampleReport.report().withShowSuppressed(true)))
                .isEqualTo(render(json, SampleReport.report()));
    }

    @Test
    void writesUtf8ThroughAUtf8Writer() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            json.write(SampleReport.report(), w);
        }
        JsonNode doc = new ObjectMapper().readTree(bytes.toByteArray());
        assertThat(doc.at("/files/1/path").asText()).isEqualTo("pages/café ü.md");
        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("\"pages/café ü.md\"");
    }

    @Test
    void severalRelatedLocationsKeepTheirOrderAndMessages() throws IOException {
        Finding f = new Finding("approval-contradiction", Severity.WARNING, "Contradiction.", "p.md", new Span(4, 2, 4, 9),
                "", List.of(new RelatedLocation(new Span(9, 1, 9, 3), "b"), new RelatedLocation(new Span(3, 1, 3, 3), "a")),
                "", Optional.empty());
        Report report = Report.of("0.1.0", "https://x.test", SampleReport.rules(),
                List.of(FileResult.checked("p.md", List.of(f))), SampleReport.CWD);
        JsonNode doc = new ObjectMapper().readTree(render(json, report));
        assertThat(doc.at("/files/0/findings/0/related").toString()).isEqualTo(
                "[{\"startLine\":9,\"startColumn\":1,\"endLine\":9,\"endColumn\":3,\"message\":\"b\"},"
                + "{\"startLine\":3,\"startColumn\":1,\"endLine\":3,\"endColumn\":3,\"message\":\"a\"}]");
        assertThat(doc.at("/summary").toString()).isEqualTo(
                "{\"errors\":0,\"warnings\":1,\"infos\":0,\"files\":1,\"filesWithErrors\":0,\"suppressed\":0}");
    }
}
