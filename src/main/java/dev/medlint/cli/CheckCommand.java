package dev.medlint.cli;

import dev.medlint.baseline.Baseline;
import dev.medlint.baseline.BaselineEntry;
import dev.medlint.baseline.BaselineException;
import dev.medlint.baseline.BaselineMatch;
import dev.medlint.config.Config;
import dev.medlint.config.ConfigException;
import dev.medlint.config.ConfigResolver;
import dev.medlint.config.FailOn;
import dev.medlint.config.RuleLevels;
import dev.medlint.engine.Finding;
import dev.medlint.engine.RuleMeta;
import dev.medlint.engine.RuleEngineException;
import dev.medlint.engine.Severity;
import dev.medlint.lint.FileOutcome;
import dev.medlint.lint.Linter;
import dev.medlint.lint.Target;
import dev.medlint.pack.PackException;
import dev.medlint.report.FileResult;
import dev.medlint.report.Report;
import dev.medlint.report.Reporter;
import dev.medlint.report.Reporters;
import dev.medlint.suppress.SuppressionRules;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Lowest severity that makes the exit code 1: error, warning, info or never (default: the config's fail-on, else error). Given here, it wins over every config.",
            converter = FailOnConverter.class)
    FailOn failOn;

    @Option(names = "--max-warnings", paramLabel = "N", defaultValue = "-1",
            description = "Also exit 1 when there are more than N warnings (default: no limit).")
    int maxWarnings;

    @Option(names = "--include", paramLabel = "GLOB", description = "Glob of files to lint inside folders (repeatable; default: **/*.md, **/*.markdown, **/*.txt).")
    List<String> includes = new ArrayList<>();

    @Option(names = "--exclude", paramLabel = "GLOB", description = "Glob of files or folders to skip (repeatable).")
    List<String> excludes = new ArrayList<>();

    @Mixin
    PackOption pack;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Use this config file for every page instead of the nearest " + ConfigResolver.FILE_NAME + " above each page.")
    Path configFile;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Hide findings recorded in this baseline file (see --write-baseline); entries that no longer occur are counted on stderr.")
    Path baselineFile;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Write the unsuppressed findings to this baseline file and exit 0 (unless a page or config cannot be read).")
    Path writeBaselineFile;

    @Option(names = "--prune-baseline", description = "With --baseline: rewrite the baseline file without the entries that no longer occur.")
    boolean pruneBaseline;

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
        Optional<FailOn> cliFailOn = Optional.ofNullable(failOn);
        Optional<Reporter> reporter = Reporters.forName(format.toLowerCase(Locale.ROOT));
        if (reporter.isEmpty()) {
            err.println("medlint: --format must be one of " + String.join(", ", Reporters.names()) + ", not '" + format + "'");
            return ExitCodes.ERROR;
        }
        if (pruneBaseline && baselineFile == null) {
            err.println("medlint: --prune-baseline needs --baseline FILE");
            return ExitCodes.ERROR;
        }
        if (writeBaselineFile != null && baselineFile != null) {
            err.println("medlint: use either --baseline or --write-baseline (to start a baseline afresh, use --write-baseline alone)");
            return ExitCodes.ERROR;
        }
        Path cwd = Path.of("").toAbsolutePath();
        ConfigResolver resolver = new ConfigResolver(cwd, Optional.ofNullable(configFile));
        Optional<Baseline> baseline = Optional.empty();
        if (baselineFile != null) {
            try {
                baseline = Optional.of(Baseline.read(baselineFile, resolver.shown(baselineFile)));
            } catch (BaselineException e) {
                err.println("medlint: " + e.getMessage());
                return ExitCodes.ERROR;
            }
        }

        FileCollector.Result collected = new FileCollector(cwd, includes, excludes).collect(paths.isEmpty() ? List.of(".") : paths);
        boolean inputError = false;
        for (String e : collected.errors()) {
            err.println("medlint: " + e);
            inputError = true;
        }

        // Config and pack for every page; a broken config or pack stops the run.
        Linters linters = new Linters(pack, resolver::shown);
        Map<Target, Config> configs = new HashMap<>();
        Map<Linter, List<Target>> byLinter = new LinkedHashMap<>();
        Map<Target, RuleLevels> levels = new HashMap<>();
        try {
            if (configFile != null && collected.targets().isEmpty()) linters.forConfig(resolver.forFile(configFile));
            for (Target t : collected.targets()) {
                Config c = resolver.forFile(t.file());
                configs.put(t, c);
                levels.put(t, c.levelsFor(t.file()));
                byLinter.computeIfAbsent(linters.forConfig(c), k -> new ArrayList<>()).add(t);
            }
            if (linters.all().isEmpty()) linters.fallback();
        } catch (ConfigException | PackException | RuleEngineException e) {
            err.println("medlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }

        Map<Target, FileOutcome> byTarget = new HashMap<>();
        for (Map.Entry<Linter, List<Target>> group : byLinter.entrySet()) {
            Linter linter = group.getKey();
            FindingPolicy policy = new FindingPolicy(levels, linter);
            List<FileOutcome> outs = linter.lintAll(group.getValue(), Math.max(1, threads), policy);
            for (int i = 0; i < outs.size(); i++) byTarget.put(group.getValue().get(i), outs.get(i));
        }

        // Rule bases and annotators build while the first pages are read and parsed; a pack that
        // cannot be used reports its own error, not one per page.
        try {
            for (Linter l : linters.all()) l.awaitReady();
        } catch (RuleEngineException | PackException e) {
            err.println("medlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }

        Optional<BaselineMatch> match = baseline.map(BaselineMatch::new);
        List<FileResult> results = new ArrayList<>();
        List<Finding> all = new ArrayList<>();
        int blocking = 0;
        int warnings = 0;
        for (Target t : collected.targets()) {
            FileOutcome o = byTarget.get(t);
            if (o.error().isPresent()) {
                err.println("medlint: " + o.error().get());
                inputError = true;
                results.add(new FileResult(o.path(), o.findings(), o.error()));
                continue;
            }
            List<Finding> findings = match.isPresent() ? match.get().apply(o.path(), o.findings()) : o.findings();
            FailOn threshold = cliFailOn.or(() -> configs.get(t).failOn()).orElse(FailOn.DEFAULT);
            for (Finding f : findings) {
                if (f.isSuppressed()) continue;
                if (threshold.blocks(f.severity())) blocking++;
                if (f.severity() == Severity.WARNING) warnings++;
            }
            all.addAll(findings);
            results.add(new FileResult(o.path(), findings, o.error()));
        }

        Report report = new Report("medlint", Version.get(), Version.INFORMATION_URI, rulesFor(linters.all(), all), results,
                cwd, showSuppressed, Optional.ofNullable(sarifCategory));
        try {
            write(reporter.get(), report);
        } catch (IOException e) {
            err.println("medlint: " + (output != null ? output + ": " : "") + "cannot write the report: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (inputError) return ExitCodes.ERROR;

        try {
            if (writeBaselineFile != null) {
                Baseline written = Baseline.of(all);
                written.write(writeBaselineFile, resolver.shown(writeBaselineFile));
                err.println("medlint: wrote " + plural(written.entries().size(), "finding") + " to the baseline "
                        + resolver.shown(writeBaselineFile));
                return ExitCodes.OK;
            }
            if (match.isPresent()) {
                List<BaselineEntry> stale = match.get().stale();
                String shownBaseline = resolver.shown(baselineFile);
                if (pruneBaseline) {
                    if (!stale.isEmpty()) baseline.get().without(stale).write(baselineFile, shownBaseline);
                    err.println("medlint: pruned " + plural(stale.size(), "baseline entry") + " from " + shownBaseline);
                } else if (!stale.isEmpty()) {
                    err.println("medlint: " + plural(stale.size(), "baseline entry") + (stale.size() == 1 ? " no longer occurs" : " no longer occur")
                            + "; run with --prune-baseline to drop " + (stale.size() == 1 ? "it" : "them"));
                }
            }
        } catch (BaselineException e) {
            err.println("medlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        if (blocking > 0 || (maxWarnings >= 0 && warnings > maxWarnings)) return ExitCodes.FINDINGS;
        return ExitCodes.OK;
    }

    /** Every rule of the packs used, plus the tool's suppression rules that have findings in this run. */
    private static Map<String, RuleMeta> rulesFor(List<Linter> linters, List<Finding> findings) {
        Map<String, RuleMeta> rules = new TreeMap<>();
        for (Linter l : linters) l.engine().rules().forEach(rules::putIfAbsent);
        for (Finding f : findings) {
            RuleMeta tool = SuppressionRules.META.get(f.ruleId());
            if (tool != null) rules.putIfAbsent(f.ruleId(), tool);
        }
        return rules;
    }

    private static String plural(int n, String what) {
        if (n == 1) return "1 " + what;
        return n + " " + (what.endsWith("entry") ? what.substring(0, what.length() - 1) + "ies" : what + "s");
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
