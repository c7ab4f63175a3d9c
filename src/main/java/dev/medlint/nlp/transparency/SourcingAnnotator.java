package dev.medlint.nlp.transparency;

import dev.medlint.nlp.Keywords;
import dev.medlint.facts.Citation;
import dev.medlint.facts.ResearchAppeal;
import dev.medlint.nlp.Annotator;
import dev.medlint.nlp.Negation;
import dev.medlint.pack.Pack;
import dev.medlint.page.Block;
import dev.medlint.page.Link;
import dev.medlint.page.MappedText;
import dev.medlint.page.Page;
import dev.medlint.page.Role;
import dev.medlint.page.Section;
import dev.medlint.page.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Facts for {@code citations-missing} (catalogue decision 7).
 *
 * <p>{@link ResearchAppeal}: a body sentence (running text with role BODY; not the title, headings,
 * disclaimer, footer or reference list) that mentions research, studies, trials, literature or peer
 * review, from {@code lexicons/citations-appeal-terms.txt}; a negated mention ("no trial has ...")
 * is not an appeal. One fact per sentence, spanning the sentence.
 *
 * <p>{@link Citation}, kinds:
 * <ul>
 *   <li>{@code doi}, {@code pmid}, {@code nct}: an identifier anywhere in the page's text
 *       ("10.1056/NEJMoa1809064", "PMID: 12345678", a PubMed link, "NCT01234567");</li>
 *   <li>{@code url}: an http(s) or www link in a body or reference block (links in the disclaimer
 *       and the promotional footer are not citations, nor is a bare domain such as "example.ai");</li>
 *   <li>{@code references}: a References/Sources section with at least one entry (span: its
 *       heading), reference-role blocks, or a paragraph labelled "References:"/"Sources:".</li>
 * </ul>
 * Thread-safe.
 */
public final class SourcingAnnotator implements Annotator {
    /** The pack's section id of the reference list. */
    public static final String REFERENCES_KEY = "references";

    private static final Pattern DOI = Pattern.compile("(?<![\\w.])10\\.\\d{4,9}/[^\\s\"<>]+");
    private static final Pattern PMID = Pattern.compile(
            "\\bPMID\\s*:?\\s*\\d{1,8}\\b|\\bPMCID\\s*:?\\s*PMC\\d{4,}\\b|\\bPMC\\d{5,}\\b|\\bPubMed\\s+(?:ID\\s*:?\\s*)?\\d{5,8}\\b"
                    + "|pubmed\\.ncbi\\.nlm\\.nih\\.gov/\\d+|ncbi\\.nlm\\.nih\\.gov/(?:pubmed|pmc/articles)/\\w+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NCT = Pattern.compile("\\bNCT\\d{8}\\b");
    private static final Pattern URL = Pattern.compile(
            "\\bhttps?://[^\\s<>()\\[\\]\"]+|(?<![\\w./@])www\\.[\\w-]+(?:\\.[\\w-]+)+[^\\s<>()\\[\\]\"]*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern REFERENCE_LABEL = Pattern.compile(
            "^[\\W_]{0,3}((?:references?|sources?|citations?|bibliography|further\\s+reading)\\s*:)\\s*\\S",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_PUNCT = Pattern.compile("[.,;:!?)\\]}>'\"*_]+$");

    /**
     * Keywords of which every match of {@link #PMID} has one (case-insensitively, ASCII only, so in
     * folded text): "PMID", "PMCID"/"PMC", "PubMed", and the NCBI host of the two link forms.
     */
    private static final Keywords PMID_KEYWORDS = Keywords.of("pmid", "pmc", "pubmed", "ncbi.nlm.nih.gov/");

    private final PhraseSet appealTerms;
    private final Negation negation = Negation.builtIn();

    public SourcingAnnotator(Pack pack) {
        this.appealTerms = Lexicons.phrases(pack, "citations-appeal-terms");
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        appeals(page, facts);
        identifiers(page, facts);
        links(page, facts);
        referenceLists(page, facts);
    }

    private void appeals(Page page, Consumer<Object> facts) {
        page.blocks().filter(b -> b.role() == Role.BODY && TextUnits.isRunningText(b)).forEach(b -> {
            for (MappedText s : TextUnits.sentences(b)) {
                PhraseSet.Scan m = appealTerms.scan(s);
                while (m.find()) {
                    if (!negation.isNegated(s.text(), m.start(), m.end())) {
                        facts.accept(new ResearchAppeal(s.span(), s.text()));
                        break;
                    }
                }
            }
        });
    }

    private static void identifiers(Page page, Consumer<Object> facts) {
        page.blocks().filter(TextUnits::isText).forEach(b -> {
            MappedText t = b.mapped();
            // each pattern runs only on blocks holding a literal that all its matches contain
            if (t.text().contains("10.")) emit(t, DOI.matcher(t.text()), "doi", facts);
            if (PMID_KEYWORDS.anyIn(t.folded())) emit(t, PMID.matcher(t.text()), "pmid", facts);
            if (t.text().contains("NCT")) emit(t, NCT.matcher(t.text()), "nct", facts);
        });
    }

    private static void emit(MappedText t, Matcher m, String kind, Consumer<Object> facts) {
        while (m.find()) {
            int end = m.start() + trim(m.group()).length();
            facts.accept(new Citation(t.span(m.start(), end), kind, t.text().substring(m.start(), end)));
        }
    }

    private static void links(Page page, Consumer<Object> facts) {
        page.blocks().filter(b -> (b.role() == Role.BODY || b.role() == Role.REFERENCES) && TextUnits.isText(b)).forEach(b -> {
            Set<Span> seen = new HashSet<>();
            for (Link l : b.links()) {
                if (isWebAddress(l.destination())) {
                    seen.add(l.span());
                    facts.accept(new Citation(l.span(), "url", trim(l.destination().strip())));
                }
            }
            // a URL match has "://" (http, https) or, case-insensitively, "www."
            if (!b.text().contains("://") && !b.mapped().folded().contains("www.")) return;
            Matcher m = URL.matcher(b.text());
            while (m.find()) {
                int end = m.start() + trim(m.group()).length();
                Span span = b.mapped().span(m.start(), end);
                if (seen.stream().noneMatch(s -> overlaps(s, span))) {
                    facts.accept(new Citation(span, "url", b.text().substring(m.start(), end)));
                }
            }
        });
    }

    private static void referenceLists(Page page, Consumer<Object> facts) {
        for (Section section : page.sections()) {
            List<Block> entries = section.blocks().stream().filter(b -> !b.text().isBlank() && TextUnits.isText(b)).toList();
            if (section.key().equals(REFERENCES_KEY)) {
                if (!entries.isEmpty()) facts.accept(new Citation(section.headingSpan(), "references", section.title()));
                continue;
            }
            entries.stream().filter(b -> b.role() == Role.REFERENCES).findFirst()
                    .ifPresent(b -> facts.accept(new Citation(DisclaimerAnnotator.firstLine(b), "references", section.title())));
        }
        page.blocks().filter(b -> TextUnits.isRunningText(b) && b.role() != Role.DISCLAIMER).forEach(b -> {
            Matcher m = REFERENCE_LABEL.matcher(b.text());
            if (m.find()) facts.accept(new Citation(b.mapped().span(m.start(1), m.end(1)), "references", m.group(1)));
        });
    }

    static boolean isWebAddress(String destination) {
        String d = destination.strip().toLowerCase(Locale.ROOT);
        return d.startsWith("http://") || d.startsWith("https://") || d.startsWith("www.");
    }

    private static String trim(String s) {
        return TRAILING_PUNCT.matcher(s).replaceFirst("");
    }

    private static boolean overlaps(Span a, Span b) {
        return pos(a.startLine(), a.startColumn()) < pos(b.endLine(), b.endColumn())
                && pos(b.startLine(), b.startColumn()) < pos(a.endLine(), a.endColumn());
    }

    private static long pos(int line, int column) {
        return ((long) line << 32) | column;
    }
}
