package dev.medlint.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * The parse-only floor the benchmark compares medlint with: read every {@code .md}/{@code .txt}
 * file under the given paths and parse it with CommonMark-java, nothing else, on as many threads
 * as medlint uses (one per core). Prints the number of files and text nodes so no work is skipped.
 *
 * <pre>java -cp commonmark.jar:bench-classes dev.medlint.bench.ParseFloor PATH...</pre>
 */
public final class ParseFloor {
    private ParseFloor() {
    }

    public static void main(String[] args) throws Exception {
        List<Path> files = new ArrayList<>();
        for (String a : args) {
            Path p = Path.of(a);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> f.toString().endsWith(".md") || f.toString().endsWith(".txt")).sorted().forEach(files::add);
                }
            } else {
                files.add(p);
            }
        }
        Parser parser = Parser.builder().build(); // thread-safe: parse() keeps its state per call
        int threads = Math.max(1, Math.min(files.size(), Runtime.getRuntime().availableProcessors()));
        long nodes = 0;
        if (threads == 1) {
            for (Path f : files) nodes += parse(parser, f);
        } else {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                List<Future<Integer>> futures = new ArrayList<>(files.size());
                for (Path f : files) futures.add(pool.submit(() -> parse(parser, f)));
                for (Future<Integer> fu : futures) nodes += fu.get();
            } finally {
                pool.shutdown();
            }
        }
        System.out.println(files.size() + " files, " + nodes + " text nodes");
    }

    private static int parse(Parser parser, Path file) throws IOException {
        Node doc = parser.parse(Files.readString(file, StandardCharsets.UTF_8));
        int[] count = {0};
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                count[0]++;
            }
        });
        return count[0];
    }
}
