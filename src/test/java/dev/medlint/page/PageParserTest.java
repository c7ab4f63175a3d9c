package dev.medlint.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.pack.Pack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PageParserTest {
    static Pack pack;
    static PageParser parser;

    @BeforeAll
    static void load() throws Exception {
        pack = Pack.load(Path.of("rules/medical-summary"), "rules/medical-summary");
        parser = new PageParser(pack);
    }

    static Page parse(String text) throws InputException {
        return parser.parse(PageSource.of("test.md", text.getBytes(StandardCharsets.UTF_8)));
    }

    static Page resource(String name) throws Exception {
        Path p = Path.of("src/test/resources/pages", name);
        return parser.parse(PageSource.read(p, name));
    }

    static List<String> keys(Page p) {
        return p.sections().stream().map(Section::key).toList();
    }

    static Block block(Page p, String startsWith) {
        return p.blocks().filter(b -> b.text().startsWith(startsWith)).findFirst().orElseThrow();
    }

    static Sentence sentence(Page p, String startsWith) {
        return p.sentences().filter(s -> s.text().startsWith(startsWith)).findFirst().orElseThrow();
    }

    /** What both shapes must agree on: sections, blocks (kind, role, text) and sentences. */
    static List<String> structure(Page p) {
        List<String> out = new ArrayList<>();
        for (Section s : p.sections()) {
            out.add("section " + s.key() + " " + s.title());
            for (Block b : s.blocks()) {
                out.add("  " + b.kind() + " " + b.role() + " " + b.sectionKey() + " " + b.text());
                for (Sentence x : b.sentences()) out.add("    " + x.text());
                for (Link l : b.links()) out.add("    link " + l.destination());
            }
        }
        return out;
    }

    @Test
    void referencePageHasTheKnownSectionsDisclaimerAndFooter() throws Exception {
        Page p = resource("atezolizumab.txt");
        assertThat(keys(p)).containsExactly("overview", "mechanism", "evidence", "status", "limitations", "patients", "disclaimer");
        assertThat(p.title()).isEqualTo("Overview: Atezolizumab and Stage IV Cancer");
        assertThat(p.compound()).isEqualTo("Atezolizumab");
        assertThat(p.condition()).isEqualTo("Stage IV Cancer");
        assertThat(p.sections().get(0).blocks().get(0).kind()).isEqualTo(BlockKind.TITLE);
        assertThat(p.sections().get(0).headingSpan()).isEqualTo(new Span(1, 1, 1, 43));
        assertThat(p.sections().get(1).headingSpan()).isEqualTo(new Span(3, 1, 3, 20));

        Block insight = block(p, "Insight Swarm aggregates");
        assertThat(insight.role()).isEqualTo(Role.BODY);
        assertThat(insight.sectionKey()).isEqualTo("patients");
        assertThat(insight.kind()).isEqualTo(BlockKind.PARAGRAPH);

        Block disclaimer = block(p, "Medical Disclaimer:");
        assertThat(disclaimer.role()).isEqualTo(Role.DISCLAIMER);
        assertThat(disclaimer.sectionKey()).isEqualTo("disclaimer");
        Section disc = p.sections().get(6);
        assertThat(disc.title()).isEqualTo("Medical Disclaimer");
        assertThat(disc.headingSpan()).isEqualTo(new Span(27, 1, 27, 315));
        Block footer = block(p, "Get a personalized research report");
        assertThat(footer.role()).isEqualTo(Role.FOOTER);
        assertThat(disc.blocks()).containsExactly(disclaimer, footer);

        List<Block> limitations = p.sections().get(4).blocks();
        assertThat(limitations).hasSize(5).allMatch(b -> b.kind() == BlockKind.LIST_ITEM && b.role() == Role.BODY);
        assertThat(limitations.get(0).span()).isEqualTo(new Span(15, 3, 15, 139));
        assertThat(p.blocks().filter(b -> b.kind() == BlockKind.TITLE)).hasSize(1);
        assertThat(p.blocks().filter(b -> b.kind() == BlockKind.TITLE).findFirst().orElseThrow().sentences()).isEmpty();
    }

    @Test
    void referenceSentencesAndSpans() throws Exception {
        Page p = resource("atezolizumab.txt");
        Sentence vs = sentence(p, "A PD-L1 inhibitor (vs. PD-1)");
        assertThat(vs.text()).endsWith("breast cancers.");
        assertThat(vs.span()).isEqualTo(new Span(2, 85, 2, 216));
        Sentence dosing = sentence(p, "Dosing is determined");
        assertThat(dosing.span()).isEqualTo(new Span(19, 50, 19, 134));
        assertThat(dosing.block().kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(dosing.block().sectionKey()).isEqualTo("limitations");
        // an em dash (one UTF-16 unit each) before the end of line 17
        Sentence dash = sentence(p, "Individual patient factors");
        assertThat(dash.span()).isEqualTo(new Span(17, 3, 17, 175));
        assertThat(p.sentences().map(Sentence::text)).noneMatch(t -> t.contains("\n") || t.contains("\r"));
    }

    @Test
    void markdownTwinGivesTheSameStructure() throws Exception {
        Page cms = resource("atezolizumab.txt");
        Page md = resource("atezolizumab.md");
        assertThat(structure(md)).containsExactlyElementsOf(structure(cms));
        assertThat(md.title()).isEqualTo(cms.title());
        assertThat(md.compound()).isEqualTo("Atezolizumab");
        assertThat(md.condition()).isEqualTo("Stage IV Cancer");
        assertThat(md.frontMatter()).containsEntry("compound", "Atezolizumab");
        // the soft-wrapped paragraph joins its lines with single spaces and maps back over lines
        Sentence wrapped = sentence(md, "This approach preserves PD-L2");
        assertThat(wrapped.span()).isEqualTo(new Span(17, 8, 18, 20));
        Section mechanism = md.sections().get(1);
        assertThat(mechanism.headingSpan()).isEqualTo(new Span(11, 1, 11, 23));
        assertThat(block(md, "Medical Disclaimer:").span().startColumn()).isEqualTo(3);
    }

    @Test
    void disclaimerHeadingVariantSplitsDisclaimerFromFooter() throws Exception {
        String text = """
                # Overview: Metformin and Prostate Cancer

                Text about research.

                ## Medical Disclaimer

                This page is not medical advice. Talk to a qualified healthcare professional.

                Never start, stop, or change any treatment based on information found online.

                Get your own report at [our site](https://example.ai/report) today.

                Follow us for more.
                """;
        Page p = parse(text);
        assertThat(keys(p)).containsExactly("overview", "disclaimer");
        Section disc = p.sections().get(1);
        assertThat(disc.title()).isEqualTo("Medical Disclaimer");
        assertThat(disc.headingSpan()).isEqualTo(new Span(5, 1, 5, 22));
        assertThat(disc.blocks()).extracting(Block::role)
                .containsExactly(Role.DISCLAIMER, Role.DISCLAIMER, Role.FOOTER, Role.FOOTER);
        Block footer = block(p, "Get your own report");
        assertThat(footer.text()).isEqualTo("Get your own report at our site today.");
        assertThat(footer.links()).containsExactly(new Link("https://example.ai/report", new Span(11, 24, 11, 61)));
    }

    @Test
    void plainLineAndSetextDisclaimerHeadingsAndThematicBreak() throws Exception {
        Page plain = parse("Overview: A and B\nText.\nDisclaimer\nThis is not medical advice.\nVisit insightswarm.ai for more.");
        assertThat(keys(plain)).containsExactly("overview", "disclaimer");
        assertThat(plain.sections().get(1).blocks()).extracting(Block::role).containsExactly(Role.DISCLAIMER, Role.FOOTER);

        Page setext = parse("Title here\n\nSome text.\n\nMedical Disclaimer\n------------------\n\nNot medical advice; ask your doctor.\n\n***\n\nAsk your doctor about our treatment information app.\n");
        assertThat(keys(setext)).containsExactly("overview", "disclaimer");
        assertThat(setext.sections().get(1).blocks()).extracting(Block::role).containsExactly(Role.DISCLAIMER, Role.FOOTER);
        assertThat(setext.title()).isEqualTo("Title here");
    }

    @Test
    void labelledDisclaimerInBoldStartsADisclaimerSectionAndFooterRunsToTheNextKnownHeading() throws Exception {
        Page p = parse("# T\n\nBody text.\n\n**Disclaimer**: not medical advice.\n\nBuy now.\n\n## Extra\n\nMore promo.\n\n## References\n\n1. Smith J. A study. 2020.\n");
        assertThat(keys(p)).containsExactly("overview", "disclaimer", "", "references");
        assertThat(block(p, "Disclaimer: not medical advice.").role()).isEqualTo(Role.DISCLAIMER);
        assertThat(block(p, "Buy now.").role()).isEqualTo(Role.FOOTER);
        assertThat(block(p, "More promo.").role()).isEqualTo(Role.FOOTER);
        assertThat(p.sections().get(2).title()).isEqualTo("Extra");
        Block ref = block(p, "Smith J.");
        assertThat(ref.role()).isEqualTo(Role.REFERENCES);
        assertThat(ref.kind()).isEqualTo(BlockKind.LIST_ITEM);
    }

    @Test
    void headingsMatchCaseInsensitivelyWithHashesBoldOrColonAndExtraSectionsAreKept() throws Exception {
        Page p = parse("Overview: X and Y\nIntro.\nMECHANISM OF ACTION:\nHow.\n**Important Limitations**\nFew.\n#Clinical and Regulatory Status\nApproved.\n## Background\nOld.\n### Detail\nDeep.\n");
        assertThat(keys(p)).containsExactly("overview", "mechanism", "limitations", "status", "");
        assertThat(p.sections().get(1).title()).isEqualTo("MECHANISM OF ACTION");
        assertThat(p.sections().get(4).title()).isEqualTo("Background");
        Block detail = block(p, "Detail");
        assertThat(detail.kind()).isEqualTo(BlockKind.HEADING);
        assertThat(detail.sentences()).isEmpty();
        assertThat(detail.sectionKey()).isEmpty();
        assertThat(block(p, "Deep.").sectionTitle()).isEqualTo("Background");
    }

    @Test
    void shortLinesAreNotGuessedToBeHeadings() throws Exception {
        Page p = parse("Overview: X and Y\nShort line\nMechanism of Action\nAnother short one\n");
        assertThat(keys(p)).containsExactly("overview", "mechanism");
        assertThat(block(p, "Short line").kind()).isEqualTo(BlockKind.PARAGRAPH);
        assertThat(block(p, "Another short one").sectionKey()).isEqualTo("mechanism");
    }

    @Test
    void explicitOverviewHeadingAfterTheTitleIsOneSection() throws Exception {
        Page p = parse("# Overview: Aspirin and Pain\n\n## Overview\n\nAspirin is old.\n\n## Mechanism of Action\n\nIt works.\n");
        assertThat(keys(p)).containsExactly("overview", "mechanism");
        assertThat(p.sections().get(0).blocks()).extracting(Block::kind).containsExactly(BlockKind.TITLE, BlockKind.PARAGRAPH);
        assertThat(p.sections().get(0).headingSpan()).isEqualTo(new Span(3, 1, 3, 12));
        assertThat(p.compound()).isEqualTo("Aspirin");
        assertThat(p.condition()).isEqualTo("Pain");
    }

    @Test
    void markdownPlainLineHeadingsWithoutBlankLinesAroundThem() throws Exception {
        Page p = parse("# Overview: A and B\n\nFirst paragraph\ncontinues here.\nMechanism of Action\nIt binds.\n\nMore.\n");
        assertThat(keys(p)).containsExactly("overview", "mechanism");
        assertThat(block(p, "First paragraph").text()).isEqualTo("First paragraph continues here.");
        assertThat(p.sections().get(1).blocks()).extracting(Block::text).containsExactly("It binds.", "More.");
    }

    @Test
    void frontMatterTitleIsUsedWhenTheBodyHasNone() throws Exception {
        Page p = parse("---\ntitle: 'Overview: Statins and Heart Disease'\n---\n## Mechanism of Action\n\nThey lower LDL.\n");
        assertThat(p.title()).isEqualTo("Overview: Statins and Heart Disease");
        assertThat(p.compound()).isEqualTo("Statins");
        assertThat(p.condition()).isEqualTo("Heart Disease");
        assertThat(keys(p)).containsExactly("mechanism");
        assertThat(block(p, "They lower").span()).isEqualTo(new Span(6, 1, 6, 16));
    }

    @Test
    void titleWithoutOverviewPrefix() throws Exception {
        Page p = parse("Aspirin and Headache\nText.");
        assertThat(p.compound()).isEqualTo("Aspirin");
        assertThat(p.condition()).isEqualTo("Headache");
    }

    @Test
    void emptyAndFrontMatterOnlyPagesAreEmpty() throws Exception {
        Page empty = parse("");
        assertThat(empty.isEmpty()).isTrue();
        assertThat(empty.sections()).isEmpty();
        assertThat(empty.title()).isEmpty();
        assertThat(parse("---\nreviewed: 2026-01-01\n---\n").isEmpty()).isTrue();
        assertThat(parse("\n\n  \n").isEmpty()).isTrue();
    }

    @Test
    void inlineMarkupIsCleanedWithExactOffsets() throws Exception {
        String line = "Some **bold** and [link text](https://example.org/x) with `code` and <b>html</b> here &amp; \\*there\\*.";
        Page p = parse("# T\n\n" + line + "\n\nSee ![an image](i.png) and <https://auto.link/p> or www.bare.org/page.\n");
        Block b = block(p, "Some bold");
        assertThat(b.text()).isEqualTo("Some bold and link text with code and html here & *there*.");
        Sentence s = b.sentences().get(0);
        int bold = s.text().indexOf("bold");
        assertThat(s.span(bold, bold + 4)).isEqualTo(new Span(3, 8, 3, 12));
        int link = s.text().indexOf("link text");
        assertThat(s.span(link, link + 9)).isEqualTo(new Span(3, 20, 3, 29));
        int code = s.text().indexOf("code");
        assertThat(s.span(code, code + 4)).isEqualTo(new Span(3, line.indexOf("code") + 1, 3, line.indexOf("code") + 5));
        int amp = s.text().indexOf("&");
        assertThat(s.span(amp, amp + 1)).isEqualTo(new Span(3, line.indexOf("&amp;") + 1, 3, line.indexOf("&amp;") + 2));
        int there = s.text().indexOf("there");
        assertThat(s.span(there, there + 5)).isEqualTo(new Span(3, line.indexOf("there") + 1, 3, line.indexOf("there") + 6));
        assertThat(b.links()).containsExactly(new Link("https://example.org/x", new Span(3, 19, 3, 53)));

        Block see = block(p, "See");
        assertThat(see.text()).isEqualTo("See and https://auto.link/p or www.bare.org/page.");
        assertThat(see.links()).extracting(Link::destination).containsExactly("https://auto.link/p", "www.bare.org/page");
        assertThat(see.links().get(1).span()).isEqualTo(new Span(5, 53, 5, 70));
    }

    @Test
    void blockKindsForQuotesCodeHtmlAndNestedLists() throws Exception {
        String text = """
                # T

                > Quoted claim here.

                Para.

                    indented code

                ```
                code line. Another.
                ```

                <!-- medlint-disable hype-language -->

                - outer item
                  - nested item
                1. first
                """;
        Page p = parse(text);
        assertThat(block(p, "Quoted").kind()).isEqualTo(BlockKind.QUOTE);
        assertThat(block(p, "Quoted").sentences()).hasSize(1);
        Block code = block(p, "code line");
        assertThat(code.kind()).isEqualTo(BlockKind.CODE);
        assertThat(code.sentences()).isEmpty();
        assertThat(code.span()).isEqualTo(new Span(10, 1, 10, 20));
        Block html = block(p, "<!--");
        assertThat(html.kind()).isEqualTo(BlockKind.HTML);
        assertThat(html.text()).isEqualTo("<!-- medlint-disable hype-language -->");
        assertThat(html.sentences()).isEmpty();
        assertThat(block(p, "outer item").kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(block(p, "nested item").kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(block(p, "nested item").span()).isEqualTo(new Span(16, 5, 16, 16));
        assertThat(block(p, "first").kind()).isEqualTo(BlockKind.LIST_ITEM);
        assertThat(block(p, "indented code").kind()).isEqualTo(BlockKind.CODE);
    }

    @Test
    void spansCountTabsAndEmojiInUtf16Units() throws Exception {
        // CMS shape: a tab inside the line and leading indentation
        Page p = parse("Overview: A and B\n\tA tab\there. Next one.\nGreat 😀 news here. Then more.");
        assertThat(sentence(p, "A tab").text()).isEqualTo("A tab\there.");
        assertThat(sentence(p, "A tab").span()).isEqualTo(new Span(2, 2, 2, 13));
        assertThat(sentence(p, "Next one").span()).isEqualTo(new Span(2, 14, 2, 23));
        assertThat(sentence(p, "Great").span()).isEqualTo(new Span(3, 1, 3, 20));
        assertThat(sentence(p, "Then more").span()).isEqualTo(new Span(3, 21, 3, 31));
        // Markdown shape: tab in a list item, emoji in a paragraph
        Page md = parse("# T\n\n-\tItem\twith tab. Second.\n\n😀😀 Smile. End.\n");
        assertThat(sentence(md, "Item").span()).isEqualTo(new Span(3, 3, 3, 17));
        assertThat(sentence(md, "Second").span()).isEqualTo(new Span(3, 18, 3, 25));
        assertThat(sentence(md, "End").span()).isEqualTo(new Span(5, 13, 5, 17));
    }

    @Test
    void spansWithCrlfCrOnlyAndBom() throws Exception {
        for (String nl : List.of("\r\n", "\r", "\n")) {
            String text = "Overview: A and B" + nl + "Mechanism of Action" + nl + "First one. Second one." + nl;
            Page cms = parse(text);
            assertThat(keys(cms)).as(nl.replace("\r", "CR").replace("\n", "LF")).containsExactly("overview", "mechanism");
            assertThat(sentence(cms, "Second").span()).isEqualTo(new Span(3, 12, 3, 23));
            assertThat(cms.sections().get(1).headingSpan()).isEqualTo(new Span(2, 1, 2, 20));

            String md = "# T" + nl + nl + "Soft wrapped" + nl + "paragraph here. Next" + nl + "one." + nl;
            Page m = parse(md);
            Block b = block(m, "Soft");
            assertThat(b.text()).isEqualTo("Soft wrapped paragraph here. Next one.");
            assertThat(sentence(m, "Soft").span()).isEqualTo(new Span(3, 1, 4, 16));
            assertThat(sentence(m, "Next").span()).isEqualTo(new Span(4, 17, 5, 5));
        }
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = "Overview: A and B\r\nText here. More.".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, all, 0, 3);
        System.arraycopy(body, 0, all, 3, body.length);
        Page p = parser.parse(PageSource.of("bom.txt", all));
        assertThat(p.sections().get(0).blocks().get(0).span()).isEqualTo(new Span(1, 1, 1, 18));
        assertThat(sentence(p, "More").span()).isEqualTo(new Span(2, 12, 2, 17));
    }

    @Test
    void abbreviationsDoNotSplitSentences() throws Exception {
        Page p = parse("Overview: A and B\n"
                + "Several drugs, e.g. statins, were tested by Smith et al. in 2020. "
                + "Drug A vs. drug B was compared in Fig. 2 of the paper. "
                + "It was approx. five times better, i.e. much better. The end.");
        assertThat(p.sentences().map(Sentence::text)).containsExactly(
                "Several drugs, e.g. statins, were tested by Smith et al. in 2020.",
                "Drug A vs. drug B was compared in Fig. 2 of the paper.",
                "It was approx. five times better, i.e. much better.",
                "The end.");
    }

    @Test
    void parserIsSafeToShareBetweenThreads() throws Exception {
        Page expected = resource("atezolizumab.txt");
        byte[] bytes = Files.readAllBytes(Path.of("src/test/resources/pages/atezolizumab.txt"));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Page>> futures = new ArrayList<>();
            for (int i = 0; i < 16; i++) futures.add(pool.submit(() -> parser.parse(PageSource.of("atezolizumab.txt", bytes))));
            for (Future<Page> f : futures) {
                Page got = f.get();
                assertThat(structure(got)).containsExactlyElementsOf(structure(expected));
                assertThat(got.sentences().map(Sentence::span).toList()).isEqualTo(expected.sentences().map(Sentence::span).toList());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void oddInputNeverThrows() throws Exception {
        List<String> odd = List.of("#", "- ", "```", "> ", "<div>", "[x]: http://a", "&#0; &bogus; &", "\\", "***", "---\n...\n",
                "|a|b|\n|-|-|\n|1|2|", "Medical Disclaimer:", "**", "`x", "<!--", "\t\tcode", "\u0000\u0001", "1.\n2.\n\n");
        for (String s : odd) {
            Page p = parse(s);
            p.sentences().forEach(x -> assertThat(x.span()).isNotNull());
        }
    }

    @Test
    void pathologicallyNestedMarkdownDoesNotOverflow() throws Exception {
        Page quotes = parse("# T\n\n" + "> ".repeat(20000) + "deep text.\n\nAfter.\n");
        assertThat(quotes.blocks().map(Block::text)).contains("After.");
        Page emphasis = parse("*".repeat(30000) + "a" + "*".repeat(30000) + "\n\nAfter.\n");
        assertThat(emphasis.blocks().map(Block::text)).contains("After.");
    }
}
