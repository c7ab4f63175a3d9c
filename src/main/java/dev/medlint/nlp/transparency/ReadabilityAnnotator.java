package dev.medlint.nlp.transparency;

import dev.medlint.facts.Readability;
import dev.medlint.nlp.Annotator;
import dev.medlint.page.Block;
import dev.medlint.page.MappedText;
import dev.medlint.page.Page;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * One {@link Readability} fact for {@code reading-level-high} (catalogue decision 10): the
 * Flesch-Kincaid grade {@code 0.39 * words/sentences + 11.8 * syllables/words - 15.59} over the
 * sentences of the body's prose blocks ({@link Block#isProse()}: paragraphs, list items and quotes
 * with role BODY; title, headings, disclaimer, footer and reference lists excluded). A word is a
 * whitespace-separated token with a letter or digit in it; syllables come from {@link Syllables}.
 * No fact when there is no scored sentence (an empty page). The span runs from the first scored
 * sentence's start to the last one's end. Stateless and thread-safe.
 */
public final class ReadabilityAnnotator implements Annotator {
    public ReadabilityAnnotator() {
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        score(page.blocks().filter(Block::isProse).flatMap(b -> TextUnits.sentences(b).stream()).toList())
                .ifPresent(facts);
    }

    /** Whitespace as in regular expressions ({@code \s}: space, tab, newline, vertical tab, form feed, return). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The figures for these sentences; empty when none has a word. */
    static java.util.Optional<Readability> score(List<MappedText> sentences) {
        int scored = 0;
        int words = 0;
        int syllables = 0;
        MappedText first = null; // spans are looked up only for the first and last scored sentence
        MappedText last = null;
        // Syllables.count is a pure function of the token; pages repeat most of their words, so
        // memoise it for this call only (no state outlives the page).
        Map<String, Integer> memo = new HashMap<>(1024);
        for (MappedText s : sentences) {
            int w = 0;
            String text = s.text();
            int i = 0;
            while (true) {
                // the next token: a maximal run of non-whitespace, as the regex \S+
                while (i < text.length() && isSpace(text.charAt(i))) i++;
                if (i == text.length()) break;
                int start = i;
                while (i < text.length() && !isSpace(text.charAt(i))) i++;
                int n = memo.computeIfAbsent(text.substring(start, i), Syllables::count);
                if (n == 0) continue; // punctuation only: "—", "+", "&"
                w++;
                syllables += n;
            }
            if (w == 0) continue;
            words += w;
            scored++;
            if (first == null) first = s;
            last = s;
        }
        if (scored == 0) return java.util.Optional.empty();
        double grade = 0.39 * words / scored + 11.8 * syllables / words - 15.59;
        return java.util.Optional.of(new Readability(first.span().union(last.span()), grade, scored, words, syllables));
    }
}
