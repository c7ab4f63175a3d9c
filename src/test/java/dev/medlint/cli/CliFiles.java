package dev.medlint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Helpers for end-to-end CLI tests in temp folders: the reference page in both shapes, JSON reports. */
final class CliFiles {
    static final Path TXT = Path.of("examples/atezolizumab-stage-iv-cancer.txt");
    static final Path MD = Path.of("examples/atezolizumab-stage-iv-cancer.md");

    private CliFiles() {
    }

    static Path copy(Path source, Path target) {
        try {
            Files.createDirectories(target.getParent());
            return Files.copy(source, target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path write(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            return Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Inserts lines above the first line that contains {@code containing} (which must exist). */
    static String insertAbove(String text, String containing, String... lines) {
        List<String> all = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).contains(containing)) {
                all.addAll(i, List.of(lines));
                return String.join("\n", all);
            }
        }
        throw new AssertionError("no line contains '" + containing + "'");
    }

    /** Runs check with --format json and returns the parsed report. */
    static JsonNode json(CliTest.Run r) {
        try {
            return new ObjectMapper().readTree(r.out());
        } catch (IOException e) {
            throw new AssertionError("not JSON (exit " + r.code() + ", stderr " + r.err() + "):\n" + r.out(), e);
        }
    }

    /** The findings of the one file in a JSON report whose path ends with {@code name}. */
    static List<JsonNode> findings(JsonNode report, String name) {
        for (JsonNode f : report.get("files")) {
            if (f.get("path").asText().endsWith(name)) {
                List<JsonNode> out = new ArrayList<>();
                f.get("findings").forEach(out::add);
                return out;
            }
        }
        throw new AssertionError("no file " + name + " in the report");
    }

    static List<String> ruleIds(List<JsonNode> findings) {
        return findings.stream().map(f -> f.get("ruleId").asText()).toList();
    }

    /** The severities a rule's findings have. */
    static List<String> severities(List<JsonNode> findings, String ruleId) {
        return findings.stream().filter(f -> f.get("ruleId").asText().equals(ruleId)).map(f -> f.get("severity").asText()).toList();
    }

    static void assertExit(CliTest.Run r, int code) {
        assertThat(r.code()).as("exit code; stderr: %s", r.err()).isEqualTo(code);
    }
}
