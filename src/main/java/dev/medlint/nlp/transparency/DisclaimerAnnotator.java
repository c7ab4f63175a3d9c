package dev.medlint.nlp.transparency;

import dev.medlint.facts.DisclaimerFact;
import dev.medlint.nlp.Annotator;
import dev.medlint.pack.Pack;
import dev.medlint.page.Block;
import dev.medlint.page.Page;
import dev.medlint.page.Role;
import dev.medlint.page.Section;
import dev.medlint.page.Span;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * One {@link DisclaimerFact} per labelled disclaimer: a section with the pack's {@code disclaimer}
 * key (a "Medical Disclaimer"/"Disclaimer" heading or labelled paragraph, as the parser marks it)
 * or, failing that, the {@link Role#DISCLAIMER} blocks of another section. The three required
 * elements are looked for in the disclaimer blocks only (catalogue decision 2), each with the
 * patterns of its lexicon:
 * <ul>
 *   <li>{@code lexicons/disclaimer-not-advice.txt}: (a) the page is not medical advice;</li>
 *   <li>{@code lexicons/disclaimer-professional.txt}: (b) refers to a qualified healthcare professional;</li>
 *   <li>{@code lexicons/disclaimer-treatment-change.txt}: (c) do not start, stop or change treatment
 *       based on the page.</li>
 * </ul>
 * The span is the section's heading span, or the first line of the first disclaimer block when the
 * disclaimer has no section of its own. Thread-safe: the patterns are immutable.
 */
public final class DisclaimerAnnotator implements Annotator {
    /** The pack's section id of the disclaimer. */
    public static final String SECTION_KEY = "disclaimer";

    private final List<Pattern> notAdvice;
    private final List<Pattern> professional;
    private final List<Pattern> treatmentChange;

    public DisclaimerAnnotator(Pack pack) {
        this.notAdvice = Lexicons.patterns(pack, "disclaimer-not-advice");
        this.professional = Lexicons.patterns(pack, "disclaimer-professional");
        this.treatmentChange = Lexicons.patterns(pack, "disclaimer-treatment-change");
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        for (Section section : page.sections()) {
            List<Block> blocks = section.blocks().stream().filter(b -> b.role() == Role.DISCLAIMER).toList();
            boolean own = section.key().equals(SECTION_KEY);
            if (!own && blocks.isEmpty()) continue;
            Span span = own ? section.headingSpan() : firstLine(blocks.get(0));
            facts.accept(assess(span, blocks));
        }
    }

    /** The fact for a disclaimer made of these blocks. */
    DisclaimerFact assess(Span span, List<Block> blocks) {
        return new DisclaimerFact(span, any(notAdvice, blocks), any(professional, blocks), any(treatmentChange, blocks));
    }

    private static boolean any(List<Pattern> patterns, List<Block> blocks) {
        for (Block b : blocks) {
            // sentence splitting does not matter here, but line breaks inside a paragraph must
            String text = b.text().replace('\n', ' ');
            for (Pattern p : patterns) {
                if (p.matcher(text).find()) return true;
            }
        }
        return false;
    }

    static Span firstLine(Block b) {
        String text = b.text();
        int nl = text.indexOf('\n');
        return b.mapped().span(0, nl < 0 ? text.length() : nl);
    }
}
