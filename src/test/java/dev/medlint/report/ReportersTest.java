package dev.medlint.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportersTest {
    @Test
    void everyNamedFormatHasItsReporter() {
        assertThat(Reporters.names()).containsExactly("text", "json", "sarif", "github");
        for (String name : Reporters.names()) {
            assertThat(Reporters.forName(name)).get().extracting(Reporter::name).isEqualTo(name);
        }
        assertThat(Reporters.forName("xml")).isEmpty();
        assertThat(Reporters.forName("SARIF")).isEmpty();
    }
}
