package dev.medlint.bench;

import dev.medlint.engine.Finding;
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
import dev.medlint.report.FileResult;
import dev.medlint.report.Report;
import dev.medlint.report.Reporter;
import dev.medlint.report.Reporters;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Per-page cost of each pipeline stage, on pages from {@link CorpusGenerator} (both shapes, every
 * rule's violations): read (bytes to text), parse (CommonMark or plain lines, sections, sentences),
 * annotate (all annotators), rules (one Drools session over the page's facts) and report (the JSON
 * reporter writing one page's findings). Each invocation handles the next page of the corpus.
 * Run with {@code mvn -B -Pbench test-compile exec:exec} (see docs/performance.md).
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@State(Scope.Benchmark)
public class StagesBenchmark {
    @Param("200")
    public int pages;

    private Path dir;
    private Pack pack;
    private PageParser parser;
    private List<Annotator> annotators;
    private RuleEngine engine;
    private Reporter json;
    private List<Path> files;
    private List<SourceText> sources;
    private List<Page> parsed;
    private List<List<Object>> facts;
    private List<List<Finding>> findings;

    /** The next page index, per benchmark thread. */
    @State(Scope.Thread)
    public static class Cursor {
        int next;

        int take(int size) {
            int i = next;
            next = (next + 1) % size;
            return i;
        }
    }

    @Setup(Level.Trial)
    public void setUp() throws Exception {
        dir = Files.createTempDirectory("medlint-jmh");
        CorpusGenerator.generate(dir, pages, 42L, 1.0);
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().toList();
        }
        pack = BundledPack.load();
        parser = new PageParser(pack);
        annotators = Annotators.create(pack);
        engine = RuleEngine.compile(pack);
        json = Reporters.forName("json").orElseThrow();
        sources = new ArrayList<>();
        parsed = new ArrayList<>();
        facts = new ArrayList<>();
        findings = new ArrayList<>();
        for (Path f : files) {
            SourceText src = PageSource.read(f, f.getFileName().toString());
            Page page = parser.parse(src);
            List<Object> pageFacts = new ArrayList<>();
            for (Annotator a : annotators) a.annotate(page, pageFacts::add);
            sources.add(src);
            parsed.add(page);
            facts.add(pageFacts);
            findings.add(engine.run(new FindingSink(page, engine.rules()), pageFacts));
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    @Benchmark
    public SourceText read(Cursor c) throws Exception {
        Path f = files.get(c.take(files.size()));
        return PageSource.read(f, f.getFileName().toString());
    }

    @Benchmark
    public Page parse(Cursor c) {
        return parser.parse(sources.get(c.take(sources.size())));
    }

    @Benchmark
    public void annotate(Cursor c, Blackhole bh) {
        Page page = parsed.get(c.take(parsed.size()));
        for (Annotator a : annotators) a.annotate(page, bh::consume);
    }

    @Benchmark
    public List<Finding> rules(Cursor c) {
        int i = c.take(parsed.size());
        return engine.run(new FindingSink(parsed.get(i), engine.rules()), facts.get(i));
    }

    @Benchmark
    public void report(Cursor c, Blackhole bh) throws IOException {
        int i = c.take(findings.size());
        Report report = Report.of("bench", "https://example.org", engine.rules(),
                List.of(FileResult.checked(files.get(i).getFileName().toString(), findings.get(i))), dir);
        CountingWriter out = new CountingWriter();
        json.write(report, out);
        bh.consume(out.count);
    }

    /** Discards what is written, counting characters so the work is not optimised away. */
    static final class CountingWriter extends Writer {
        long count;

        @Override
        public void write(char[] buf, int off, int len) {
            count += len;
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
