package dev.medlint.lint;

import static org.assertj.core.api.Assertions.assertThatCode;

import dev.medlint.pack.BundledPack;
import dev.medlint.page.InputException;
import dev.medlint.page.PageSource;
import dev.medlint.page.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pages written by others are messy. Seeded mutations of the fixture pages (markup junk, cut and
 * shuffled lines, other line endings, emoji, zero-width spaces) must lint without any exception:
 * either findings or a clean input error, never a crash.
 */
class RobustnessTest {
    private static final String[] JUNK = {"# ", "## ", "- ", "1. ", "> ", "```", "***", "<!--", "-->", "[x](", "](http://a)",
        "|a|b|", "\t", "*", "_", "`", "<div>", "---", "===", "\\", "&amp;", "\uD83D\uDE00", "\u200b", "(", ")", "NSCLC (", "mg",
        "every 3 weeks", "Medical Disclaimer:", "classified as:", "e", "a.", "e.g.", ""};

    @Test
    void mutatedPagesNeverCrashTheLinter() throws Exception {
        Linter linter = Linter.create(BundledPack.load());
        List<Path> pages = new ArrayList<>();
        try (Stream<Path> s = Files.walk(Path.of("fixtures"))) {
            s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).sorted().forEach(pages::add);
        }
        Random random = new Random(20261127L);
        for (int i = 0; i < 150; i++) {
            Path source = pages.get(random.nextInt(pages.size()));
            String page = mutate(Files.readString(source, StandardCharsets.UTF_8), random);
            String name = "mutation-" + i + "-of-" + source.getFileName();
            SourceText src;
            try {
                src = PageSource.of(name, page.getBytes(StandardCharsets.UTF_8));
            } catch (InputException e) {
                continue; // e.g. front matter opened by a junk '---': a clean input error is fine
            }
            assertThatCode(() -> linter.lint(src)).as("%s:%n%s", name, page).doesNotThrowAnyException();
        }
    }

    private static String mutate(String text, Random r) throws IOException {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            double x = r.nextDouble();
            if (x < 0.05) continue;
            if (x < 0.15) line = JUNK[r.nextInt(JUNK.length)] + line;
            else if (x < 0.20) line = line + JUNK[r.nextInt(JUNK.length)];
            else if (x < 0.25) line = line.substring(0, r.nextInt(line.length() + 1));
            out.add(line);
            if (r.nextDouble() < 0.05) out.add(JUNK[r.nextInt(JUNK.length)]);
        }
        if (r.nextDouble() < 0.3) Collections.shuffle(out, r);
        String[] seps = {"\n", "\r\n", "\r"};
        return String.join(seps[r.nextInt(seps.length)], out);
    }
}
