package dev.medlint.report;

import dev.medlint.engine.RuleMeta;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Everything a {@link Reporter} needs to write one run's output: the tool, every rule of the pack,
 * and the result for each file checked, in the order the files were given.
 *
 * @param toolName         the tool's name as outputs show it ("medlint")
 * @param toolVersion      the tool's version, ideally a semantic version ("0.1.0")
 * @param informationUri   where to read about the tool (an absolute URI)
 * @param rules            all rules of the pack by id (copied, kept sorted by id)
 * @param files            one result per file, in the order given
 * @param workingDirectory the directory the file paths are relative to (SARIF's {@code %SRCROOT%})
 * @param showSuppressed   whether the text format lists suppressed findings (JSON and SARIF always do)
 * @param sarifCategory    SARIF {@code run.automationDetails.id}, the GitHub code-scanning category
 */
public record Report(String toolName, String toolVersion, String informationUri, Map<String, RuleMeta> rules,
                     List<FileResult> files, Path workingDirectory, boolean showSuppressed,
                     Optional<String> sarifCategory) {

    public Report {
        Objects.requireNonNull(toolName, "toolName");
        Objects.requireNonNull(toolVersion, "toolVersion");
        Objects.requireNonNull(informationUri, "informationUri");
        Objects.requireNonNull(workingDirectory, "workingDirectory");
        Objects.requireNonNull(sarifCategory, "sarifCategory");
        rules = java.util.Collections.unmodifiableMap(new TreeMap<>(rules));
        files = List.copyOf(files);
    }

    /** A report with the usual tool name, no suppressed findings shown and no SARIF category. */
    public static Report of(String toolVersion, String informationUri, Map<String, RuleMeta> rules,
                            List<FileResult> files, Path workingDirectory) {
        return new Report("medlint", toolVersion, informationUri, rules, files, workingDirectory, false, Optional.empty());
    }

    public Report withShowSuppressed(boolean show) {
        return new Report(toolName, toolVersion, informationUri, rules, files, workingDirectory, show, sarifCategory);
    }

    public Report withSarifCategory(Optional<String> category) {
        return new Report(toolName, toolVersion, informationUri, rules, files, workingDirectory, showSuppressed, category);
    }
}
