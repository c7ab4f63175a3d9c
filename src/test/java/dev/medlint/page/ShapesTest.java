package dev.medlint.page;

import static dev.medlint.page.PageParserTest.parse;
import static dev.medlint.page.PageParserTest.structure;
import static org.assertj.core.api.Assertions.assertThat;

import dev.medlint.pack.Pack;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ShapesTest {
    static Pack pack;

    @BeforeAll
    static void load() throws Exception {
        pack = Pack.load(Path.of("rules/medical-summary"), "rules/medical-summary");
        PageParserTest.load();
    }

    static String read(String name) throws Exception {
        return Files.readString(Path.of("src/test/resources/pages", name), StandardCharsets.UTF_8);
    }

    @Test
    void referenceToMarkdownHasHeadingsAndBlankLines() throws Exception {
        String md = Shapes.toMarkdown(read("atezolizumab.txt"), pack);
        assertThat(md).startsWith("# Overview: Atezolizumab and Stage IV Cancer\n\nPublished research");
        assertThat(md).contains("\n\n## Mechanism of Action\n\n")
                .contains("\n\n## What Patients and Caregivers Should Know\n\n")
                .contains("oncologist:\n\n- Ask specifically")
                .contains("situation.\n- Discuss potential")
                .endsWith("patient-clinician dialogue.\n");
        assertThat(md).doesNotContain("## Medical Disclaimer").doesNotContain("\n\n\n");
    }

    @Test
    void roundTripGivesTheReferenceBackByteForByte() throws Exception {
        String ref = read("atezolizumab.txt");
        assertThat(Shapes.toCms(Shapes.toMarkdown(ref, pack), pack)).isEqualTo(ref);
    }

    @Test
    void bothConversionsParseToTheSameStructure() throws Exception {
        String ref = read("atezolizumab.txt");
        assertThat(structure(parse(Shapes.toMarkdown(ref, pack)))).containsExactlyElementsOf(structure(parse(ref)));
        String md = read("atezolizumab.md");
        String cms = Shapes.toCms(md, pack);
        assertThat(cms).startsWith("---\n").doesNotContain("\n\n").doesNotEndWith("\n")
                .contains("\nOverview: Atezolizumab and Stage IV Cancer\n")
                .contains("\nMechanism of Action\n");
        assertThat(structure(parse(cms))).containsExactlyElementsOf(structure(parse(md)));
        assertThat(parse(cms).frontMatter()).isEqualTo(parse(md).frontMatter());
    }

    @Test
    void toCmsJoinsSoftWrapsKeepsUnknownHeadingsAndHandlesSetextListsAndQuotes() throws Exception {
        String md = """
                Overview: Aspirin and Pain
                ==========================

                A soft
                wrapped paragraph.

                Mechanism of Action
                -------------------

                * star item
                  continued here
                + plus item
                2. ordered

                ### Background

                > quoted
                > text

                **Medical Disclaimer:** not advice.
                Footer line.
                """;
        String cms = Shapes.toCms(md, pack);
        assertThat(cms).isEqualTo(String.join("\n",
                "Overview: Aspirin and Pain",
                "A soft wrapped paragraph.",
                "Mechanism of Action",
                "- star item continued here",
                "- plus item",
                "2. ordered",
                "### Background",
                "> quoted text",
                "**Medical Disclaimer:** not advice. Footer line."));
        assertThat(structure(parse(cms))).containsExactlyElementsOf(structure(parse(md)));
    }

    @Test
    void toMarkdownKeepsFrontMatterAndParsesTheSame() throws Exception {
        String cms = "---\nreviewed: 2026-01-01\n---\nOverview: A and B\nText here.\nImportant Limitations:\n- One.\n- Two.\nMedical Disclaimer: Not advice.\nBuy.";
        String md = Shapes.toMarkdown(cms, pack);
        assertThat(md).startsWith("---\nreviewed: 2026-01-01\n---\n\n# Overview: A and B\n\nText here.\n\n## Important Limitations:\n\n- One.\n- Two.\n\n");
        assertThat(structure(parse(md))).containsExactlyElementsOf(structure(parse(cms)));
        assertThat(parse(md).frontMatter()).containsEntry("reviewed", "2026-01-01");
    }
}
