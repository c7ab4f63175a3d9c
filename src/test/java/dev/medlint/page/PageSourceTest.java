package dev.medlint.page;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageSourceTest {

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    @Test
    void invalidUtf8NamesTheOffsetOfTheFirstBadByte() {
        byte[] bytes = concat(utf8("Title é\nline "), new byte[] {(byte) 0xFF}, utf8(" more"));
        assertThatThrownBy(() -> PageSource.of("pages/x.md", bytes))
                .isInstanceOf(InputException.class)
                .hasMessage("pages/x.md: invalid UTF-8 at byte offset 14");
    }

    @Test
    void truncatedSequenceAndEncodedSurrogateAreInvalid() {
        byte[] truncated = concat(utf8("abc"), new byte[] {(byte) 0xC3});
        assertThatThrownBy(() -> PageSource.of("t.md", truncated)).hasMessage("t.md: invalid UTF-8 at byte offset 3");
        byte[] surrogate = concat(utf8("ab"), new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, utf8("c"));
        assertThatThrownBy(() -> PageSource.of("s.md", surrogate)).hasMessage("s.md: invalid UTF-8 at byte offset 2");
        byte[] latin1 = "café\n".getBytes(StandardCharsets.ISO_8859_1);
        assertThatThrownBy(() -> PageSource.of("l.md", latin1)).hasMessage("l.md: invalid UTF-8 at byte offset 3");
    }

    @Test
    void bomIsRemovedAndLineEndingsKept() throws Exception {
        SourceText s = PageSource.of("b.md", concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, utf8("a\r\nb\rc")));
        assertThat(s.text()).isEqualTo("a\r\nb\rc");
        assertThat(s.bodyStart()).isZero();
        assertThat(s.frontMatter()).isEmpty();
    }

    @Test
    void emptyFileIsAValidEmptySource() throws Exception {
        SourceText s = PageSource.of("e.md", new byte[0]);
        assertThat(s.text()).isEmpty();
        assertThat(s.frontMatter()).isEmpty();
        assertThat(s.bodyStart()).isZero();
    }

    @Test
    void frontMatterIsParsedAndTheBodyStartsAfterIt() throws Exception {
        String text = "---\r\ntitle: \"Overview: X and Y\"\r\nreviewed: 2026-10-01\r\nempty:\r\ntags: [a, b]\r\n...\r\n# Body\r\n";
        SourceText s = PageSource.of("f.md", utf8(text));
        assertThat(s.frontMatter()).containsEntry("title", "Overview: X and Y")
                .containsEntry("reviewed", "2026-10-01")
                .containsEntry("empty", "")
                .containsEntry("tags", List.of("a", "b"));
        assertThat(text.substring(s.bodyStart())).isEqualTo("# Body\r\n");
    }

    @Test
    void emptyFrontMatterGivesAnEmptyMap() throws Exception {
        SourceText s = PageSource.of("f.md", utf8("---\n---\nBody"));
        assertThat(s.frontMatter()).isEmpty();
        assertThat(s.text().substring(s.bodyStart())).isEqualTo("Body");
    }

    @Test
    void malformedFrontMatterNamesFileAndLine() {
        String text = "---\ntitle: ok\nlist: [a, b\nother: x\n---\nBody\n";
        assertThatThrownBy(() -> PageSource.of("m.md", utf8(text)))
                .isInstanceOf(InputException.class)
                .hasMessageStartingWith("m.md:")
                .hasMessageContaining(": front matter: ")
                .satisfies(e -> {
                    assertThat(e.getMessage()).doesNotContain("\n");
                    int line = Integer.parseInt(e.getMessage().split(":")[1]);
                    assertThat(line).isBetween(3, 5);
                });
        String badIndent = "---\ntitle: ok\n  bad: : x\n---\n";
        assertThatThrownBy(() -> PageSource.of("m.md", utf8(badIndent))).hasMessageStartingWith("m.md:3: front matter: ");
    }

    @Test
    void frontMatterMustBeAMappingAndClosed() {
        assertThatThrownBy(() -> PageSource.of("n.md", utf8("---\n- a\n- b\n---\nBody")))
                .isInstanceOf(InputException.class).hasMessage("n.md:2: front matter: must be a mapping of keys to values");
        assertThatThrownBy(() -> PageSource.of("u.md", utf8("---\ntitle: x\nBody text\n")))
                .isInstanceOf(InputException.class).hasMessageStartingWith("u.md:1: front matter: ");
        assertThatThrownBy(() -> PageSource.of("d.md", utf8("---\na: 1\na: 2\n---\n")))
                .isInstanceOf(InputException.class).hasMessageStartingWith("d.md:");
    }

    @Test
    void aThematicBreakLaterInTheFileIsNotFrontMatter() throws Exception {
        SourceText s = PageSource.of("t.md", utf8("Title\n---\ntext\n"));
        assertThat(s.frontMatter()).isEmpty();
        assertThat(s.bodyStart()).isZero();
    }

    @Test
    void readReportsDirectoriesAndMissingFiles(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> PageSource.read(dir, "pages"))
                .isInstanceOf(InputException.class).hasMessageStartingWith("pages: ");
        assertThatThrownBy(() -> PageSource.read(dir.resolve("nope.md"), "nope.md"))
                .isInstanceOf(InputException.class).hasMessage("nope.md: no such file");
        Path f = dir.resolve("ok.md");
        Files.writeString(f, "Title\nText.", StandardCharsets.UTF_8);
        SourceText s = PageSource.read(f, "ok.md");
        assertThat(s.displayPath()).isEqualTo("ok.md");
        assertThat(s.text()).isEqualTo("Title\nText.");
        assertThat(s.frontMatter()).isEqualTo(Map.of());
    }
}
