package dev.medlint.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.medlint.engine.Finding;
import dev.medlint.engine.RuleEngineException;
import dev.medlint.lint.FileOutcome;
import dev.medlint.lint.Linter;
import dev.medlint.lint.Target;
import dev.medlint.pack.PackException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Measures precision and recall per rule over a labelled folder of pages. Labels are a JSON object
 * mapping each page's file name (relative to the folder) to {"fires": [ids], "must_not": [ids]};
 * ids in neither list are not scored. With --fixtures the labels come from a fixtures folder's
 * layout instead (fixtures/RULE/fire-* must fire RULE, pass-* must not).
 */
@Command(name = "accuracy", mixinStandardHelpOptions = true,
        description = "Per-rule precision and recall over a labelled folder of pages.")
public final class AccuracyCommand implements Callable<Integer> {
    @Mixin
    PackOption pack;

    @Parameters(paramLabel = "DIR", description = "The folder of labelled pages.")
    Path dir;

    @Option(names = "--labels", paramLabel = "FILE", description = "Labels JSON (default: DIR/labels.json).")
    Path labelsFile;

    @Option(names = "--fixtures", description = "DIR is a fixtures folder: labels come from its RULE/fire-* and RULE/pass-* pages.")
    boolean fixtures;

    @Option(names = "--markdown", description = "Print the table as Markdown.")
    boolean markdown;

    @Option(names = "--verbose", description = "List every wrong label (file, rule, expected).")
    boolean verbose;

    @Spec
    CommandSpec spec;

    /** One page's labels. */
    record Labels(Set<String> fires, Set<String> mustNot) {
    }

    /** Counts for one rule. */
    static final class Score {
        int tp;
        int fp;
        int fn;
        int tn;

        double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        void add(Score o) {
            tp += o.tp;
            fp += o.fp;
            fn += o.fn;
            tn += o.tn;
        }
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Map<String, Labels> labels;
        try {
            labels = fixtures ? fixtureLabels(dir) : readLabels(labelsFile != null ? labelsFile : dir.resolve("labels.json"));
        } catch (IOException | IllegalArgumentException e) {
            err.println("medlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        Linter linter;
        try {
            linter = Linter.create(pack.load());
        } catch (PackException | RuleEngineException e) {
            err.println("medlint: " + e.getMessage());
            return ExitCodes.ERROR;
        }
        List<Target> targets = new ArrayList<>();
        for (String name : labels.keySet()) {
            Path f = dir.resolve(name);
            if (!Files.isRegularFile(f)) {
                err.println("medlint: " + f + ": labelled page not found");
                return ExitCodes.ERROR;
            }
            targets.add(new Target(f, name));
        }
        List<FileOutcome> outcomes = linter.lintAll(targets, Runtime.getRuntime().availableProcessors());
        Map<String, Score> byRule = new TreeMap<>();
        List<String> wrong = new ArrayList<>();
        for (FileOutcome o : outcomes) {
            if (o.error().isPresent()) {
                err.println("medlint: " + o.error().get());
                return ExitCodes.ERROR;
            }
            Set<String> fired = o.findings().stream().map(Finding::ruleId).collect(Collectors.toSet());
            Labels l = labels.get(o.path());
            for (String id : l.fires()) {
                Score s = byRule.computeIfAbsent(id, k -> new Score());
                if (fired.contains(id)) s.tp++;
                else {
                    s.fn++;
                    wrong.add(o.path() + ": " + id + " should fire but did not");
                }
            }
            for (String id : l.mustNot()) {
                Score s = byRule.computeIfAbsent(id, k -> new Score());
                if (fired.contains(id)) {
                    s.fp++;
                    wrong.add(o.path() + ": " + id + " fired but must not");
                } else s.tn++;
            }
        }
        Score total = new Score();
        byRule.values().forEach(total::add);
        print(out, byRule, total, outcomes.size());
        if (verbose) wrong.forEach(out::println);
        out.flush();
        return ExitCodes.OK;
    }

    private void print(PrintWriter out, Map<String, Score> byRule, Score total, int pages) {
        String fmt = markdown ? "| %s | %d | %d | %d | %d | %s | %s |%n" : "%-34s %5d %5d %5d %5d %9s %7s%n";
        if (markdown) {
            out.println("| rule | TP | FP | FN | TN | precision | recall |");
            out.println("|---|---:|---:|---:|---:|---:|---:|");
        } else {
            out.printf("%-34s %5s %5s %5s %5s %9s %7s%n", "rule", "TP", "FP", "FN", "TN", "precision", "recall");
        }
        for (Map.Entry<String, Score> e : byRule.entrySet()) {
            Score s = e.getValue();
            out.printf(fmt, markdown ? "`" + e.getKey() + "`" : e.getKey(), s.tp, s.fp, s.fn, s.tn, pct(s.precision()), pct(s.recall()));
        }
        out.printf(fmt, markdown ? "**all rules**" : "ALL", total.tp, total.fp, total.fn, total.tn, pct(total.precision()), pct(total.recall()));
        out.println((markdown ? "\n" : "") + pages + " pages, " + (total.tp + total.fp + total.fn + total.tn) + " labels scored.");
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3f", v);
    }

    static Map<String, Labels> readLabels(Path file) throws IOException {
        if (!Files.isRegularFile(file)) throw new IOException(file + ": labels file not found");
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(file.toFile());
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException(file + ": not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw new IOException(file + ": labels must be a JSON object of page -> {fires, must_not}");
        Map<String, Labels> out = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = root.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            out.put(e.getKey(), new Labels(ids(e.getValue().get("fires")), ids(e.getValue().get("must_not"))));
        }
        return out;
    }

    private static Set<String> ids(JsonNode n) {
        Set<String> s = new TreeSet<>();
        if (n != null && n.isArray()) n.forEach(x -> s.add(x.asText()));
        return s;
    }

    static Map<String, Labels> fixtureLabels(Path root) throws IOException {
        Map<String, Labels> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root, 2)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                if (f.getParent() == null || f.getParent().equals(root)) continue;
                String name = f.getFileName().toString();
                if (!(name.endsWith(".md") || name.endsWith(".txt") || name.endsWith(".markdown"))) continue;
                String rule = f.getParent().getFileName().toString();
                String rel = root.relativize(f).toString().replace('\\', '/');
                if (name.startsWith("fire-")) out.put(rel, new Labels(Set.of(rule), Set.of()));
                else if (name.startsWith("pass-")) out.put(rel, new Labels(Set.of(), Set.of(rule)));
            }
        }
        return out;
    }
}
