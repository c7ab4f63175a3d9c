package dev.medlint.cli;

import dev.medlint.engine.Finding;
import dev.medlint.engine.RuleEngineException;
import dev.medlint.engine.Severity;
import dev.medlint.lint.FileOutcome;
import dev.medlint.lint.Linter;
import dev.medlint.pack.PackException;
import dev.medlint.report.FileResult;
import dev.medlint.report.Report;
import dev.medlint.report.Reporter;
import dev.medlint.report.Reporters;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code medlint check}: lint files and folders, report, and exit by the contract. */
@Command(name = "check", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Lint pages (files, or folders searched recursively) and report findings.",
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 usage, config, rule or input error."})
public final class CheckCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders to lint (default: the current folder).")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", defaultValue = "text",
            description = "Output format: text, json, sarif or github (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of standard output.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
            description = "Lowest severity that makes the exit code 1: error, warning, info or never (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Also exit 1 when there are more than N warnings (default: no limit).")
    int maxWarnings;

    @Option(names = "--include", paramLabel = "GLOB", description = "Glob of files to lint inside folders (repeatable; default: **/*.md, **/*.markdown, **/*.txt).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Glob of files or folders to skip (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Mixin
    PackOption pack;

    @Option(names = "--show-suppressed", description = "Show suppressed findings in text output too.")
    boolean showSuppressed;

    @Option(names = "--sarif-category", paramLabel = "CATEGORY", description = "SARIF runAutomationDetails.id, to tell several uploads apart in GitHub code scanning.")
    String sarifCategory;

    @Option(names = "--threads", paramLabel = "N", description = "Pages linted in parallel (default: the number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        Optional<Severity> threshold = Optional.empty();
        if (!failOn.equalsIgnoreCase("never")) {
            threshold = Severity.parse(failOn);
            if (threshold.isEmpty()) {
                err.println("medlint: --fail-on must be error, warning, info or never, not '" + failOn + "'");
                return ExitCodes.ERROR;
            }
        }
        Optional<Reporter> reporter = Reporters.forName(format.toLowerCase(Locale.ROOT));
        if (reporter.isEmpty()) {
            err.println("medlint: --format must be one of " + String.join(", ", Reporters.names()) + ", not '" + format + "'");
            return ExitCodes.ERROR;
        }
        Linter linter;
        try {
            linter = Linter.create(pack.load());
        } catch (PackException | RuleEngineException e) {
            err.println("medlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        Path cwd = Path.of("").toAbsolutePath();
        FileCollector.Result collected = new FileCollector(cwd, includes, excludes).collect(paths.isEmpty() ? List.of(".") : paths);
        boolean inputError = false;
        for (String e : collected.errors()) {
            err.println("medlint: " + e);
            inputError = true;
        }
        List<FileOutcome> outcomes = linter.lintAll(collected.targets(), Math.max(1, threads));
        List<FileResult> results = new ArrayList<>();
        int blocking = 0;
        int warnings = 0;
        for (FileOutcome o : outcomes) {
            if (o.error().isPresent()) {
                err.println("medlint: " + o.error().get());
                inputError = true;
            }
            for (Finding f : o.findings()) {
                if (f.isSuppressed()) continue;
                if (threshold.isPresent() && f.severity().atLeast(threshold.get())) blocking++;
                if (f.severity() == Severity.WARNING) warnings++;
            }
            results.add(new FileResult(o.path(), o.findings(), o.error()));
        }
        Report report = new Report("medlint", Version.get(), Version.INFORMATION_URI, linter.engine().rules(), results,
                cwd, showSuppressed, Optional.ofNullable(sarifCategory));
        try {
            write(reporter.get(), report);
        } catch (IOException e) {
            err.println("medlint: " + (output != null ? output + ": " : "") + "cannot write the report: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (inputError) return ExitCodes.ERROR;
        if (blocking > 0 || (maxWarnings >= 0 && warnings > maxWarnings)) return ExitCodes.FINDINGS;
        return ExitCodes.OK;
    }

    private void write(Reporter reporter, Report report) throws IOException {
        if (output == null) {
            PrintWriter out = spec.commandLine().getOut();
            reporter.write(report, out);
            out.flush();
            return;
        }
        Path parent = output.toAbsolutePath().getParent();
        if (parent != null) Files.createDirectories(parent);
        try (Writer w = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(output), StandardCharsets.UTF_8))) {
            reporter.write(report, w);
        }
    }
}
