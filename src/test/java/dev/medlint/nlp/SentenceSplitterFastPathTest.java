package dev.medlint.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.pack.BundledPack;
import dev.medlint.pack.Pack;
import dev.medlint.page.Block;
import dev.medlint.page.PageParser;
import dev.medlint.page.PageSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Skipping the sentence model where it has no choice gives exactly the model's sentences. */
class SentenceSplitterFastPathTest {
    private static final Pack PACK = load();
    private final SentenceSplitter fast = new SentenceSplitter(PACK.lexicon("abbreviations"), false);
    private final SentenceSplitter model = new SentenceSplitter(PACK.lexicon("abbreviations"), true);

    private static Pack load() {
        try {
            return BundledPack.load();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void everyBlockOfTheFixturesCorpusAndExamples() throws Exception {
        PageParser parser = new PageParser(PACK);
        List<String> texts = new ArrayList<>();
        for (String dir : List.of("fixtures", "corpus/pages", "examples")) {
            try (Stream<Path> s = Files.walk(Path.of(dir))) {
                for (Path f : s.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).toList()) {
                    parser.parse(PageSource.read(f, f.toString())).blocks().map(Block::text).forEach(texts::add);
                }
            }
        }
        assertThat(texts).hasSizeGreaterThan(2000);
        int shortcut = 0;
        for (String t : texts) {
            if (SentenceSplitter.isOneSentence(t)) shortcut++;
            assertThat(fast.ranges(t)).as(t).isEqualTo(model.ranges(t));
        }
        assertThat(shortcut).as("blocks that take the shortcut").isGreaterThan(texts.size() / 4);
    }

    @Test
    void randomText() {
        String[] words = {"Ask", "your", "doctor", "e.g.", "Dr.", "trial", "5", "mg", "(", ")", "\"", "no", "U.S.", "FDA"};
        String[] glue = {" ", "  ", "\u00a0", "\t", ".", "!", "?", "...", ", ", "\n", "\u2009"};
        Random rnd = new Random(11L);
        for (int n = 0; n < 3_000; n++) {
            StringBuilder b = new StringBuilder();
            int len = 1 + rnd.nextInt(8);
            for (int i = 0; i < len; i++) {
                b.append(words[rnd.nextInt(words.length)]);
                if (rnd.nextInt(3) > 0) b.append(glue[rnd.nextInt(glue.length)]);
            }
            String t = b.toString();
            assertThat(fast.ranges(t)).as("'%s'", t).isEqualTo(model.ranges(t));
        }
    }
}
