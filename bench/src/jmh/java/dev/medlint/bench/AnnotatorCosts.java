package dev.medlint.bench;

import dev.medlint.engine.FindingSink;
import dev.medlint.engine.RuleEngine;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Annotators;
import dev.medlint.pack.BundledPack;
import dev.medlint.pack.Pack;
import dev.medlint.page.Page;
import dev.medlint.page.PageParser;
import dev.medlint.page.PageSource;
import dev.medlint.page.SourceText;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Where a page's time goes, annotator by annotator: parses every page of a folder, then runs each
 * annotator over all of them in turn, then the rules, and prints CPU milliseconds per page and shares,
 * from the last of several rounds (the earlier ones warm the JIT up). One thread; a coarse tool for
 * finding the next thing to make faster, not a substitute for the JMH stages or bench/run.sh.
 * Usage: {@code mvn -B -Pbench test-compile exec:exec -Dbench.main=dev.medlint.bench.AnnotatorCosts
 * -Djmh.args="DIR [ROUNDS]"} (DIR, say, bench/.corpus/n1000-seed42 from bench/run.sh).
 */
public final class AnnotatorCosts {
    private AnnotatorCosts() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: AnnotatorCosts DIR [ROUNDS]");
            System.exit(2);
        }
        Path dir = Path.of(args[0]);
        // CPU time of this thread, not wall time: on a shared machine wall time swings 2-4x.
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 4;
        Pack pack = BundledPack.load();
        PageParser parser = new PageParser(pack);
        List<Annotator> annotators = Annotators.create(pack);
        RuleEngine engine = RuleEngine.compile(pack);
        List<SourceText> sources = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList()) {
                sources.add(PageSource.read(f, f.getFileName().toString()));
            }
        }
        if (sources.isEmpty()) {
            System.err.println(dir + ": no .md or .txt pages");
            System.exit(2);
        }
        Map<String, Long> nanos = new LinkedHashMap<>();
        for (int r = 0; r < rounds; r++) {
            nanos.clear();
            long t = cpu.getCurrentThreadCpuTime();
            List<Page> pages = new ArrayList<>(sources.size());
            for (SourceText s : sources) pages.add(parser.parse(s));
            nanos.put("parse (incl. sentences)", cpu.getCurrentThreadCpuTime() - t);
            List<List<Object>> facts = new ArrayList<>(pages.size());
            for (int i = 0; i < pages.size(); i++) facts.add(new ArrayList<>());
            for (Annotator a : annotators) {
                t = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < pages.size(); i++) a.annotate(pages.get(i), facts.get(i)::add);
                nanos.merge(a.getClass().getSimpleName(), cpu.getCurrentThreadCpuTime() - t, Long::sum);
            }
            t = cpu.getCurrentThreadCpuTime();
            for (int i = 0; i < pages.size(); i++) engine.run(new FindingSink(pages.get(i), engine.rules()), facts.get(i));
            nanos.put("rules (one session a page)", cpu.getCurrentThreadCpuTime() - t);
        }
        long total = nanos.values().stream().mapToLong(Long::longValue).sum();
        int n = sources.size();
        System.out.printf("%d pages, round %d of %d%n", n, rounds, rounds);
        nanos.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue()))
                .forEach(e -> System.out.printf("%-36s %8.3f ms/page %5.1f%%%n", e.getKey(), e.getValue() / 1e6 / n, 100.0 * e.getValue() / total));
        System.out.printf("%-36s %8.3f ms/page%n", "total", total / 1e6 / n);
    }
}
