package dev.medlint.testing;

import dev.medlint.page.Block;
import dev.medlint.page.BlockKind;
import dev.medlint.page.LineIndex;
import dev.medlint.page.Link;
import dev.medlint.page.MappedText;
import dev.medlint.page.Page;
import dev.medlint.page.Role;
import dev.medlint.page.Section;
import dev.medlint.page.Sentence;
import dev.medlint.page.Span;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A deliberately simple page builder for annotator unit tests, independent of the real parser:
 * every non-blank line is a block; a line equal to a known section title (optionally with '#')
 * is a heading; "- " lines are list items; the first line is the title; a line starting
 * "Medical Disclaimer:" or "Disclaimer:" opens the disclaimer and lines after it are the footer;
 * sentences split after . ! ? followed by a space.
 */
public final class SimplePages {
    private static final Map<String, String> SECTIONS = new LinkedHashMap<>();
    static {
        SECTIONS.put("overview", "overview");
        SECTIONS.put("mechanism of action", "mechanism");
        SECTIONS.put("summary of published evidence", "evidence");
        SECTIONS.put("clinical and regulatory status", "status");
        SECTIONS.put("important limitations", "limitations");
        SECTIONS.put("what patients and caregivers should know", "patients");
        SECTIONS.put("medical disclaimer", "disclaimer");
        SECTIONS.put("disclaimer", "disclaimer");
        SECTIONS.put("references", "references");
        SECTIONS.put("sources", "references");
    }
    private static final Pattern TITLE = Pattern.compile("^#?\\s*(?:Overview:\\s*)?(.+?)\\s+and\\s+(.+?)\\s*$");
    private static final Pattern URL = Pattern.compile("https?://\\S+|www\\.\\S+");

    private SimplePages() {
    }

    public static Page page(String text) {
        return page("test.md", text, Map.of());
    }

    public static Page page(String path, String text, Map<String, Object> frontMatter) {
        LineIndex idx = new LineIndex(text);
        List<Section> sections = new ArrayList<>();
        String key = "overview";
        String title = "Overview";
        Span heading = Span.PAGE_START;
        List<Block> blocks = new ArrayList<>();
        String pageTitle = "";
        String compound = "";
        String condition = "";
        boolean afterDisclaimer = false;
        int offset = 0;
        String[] lines = text.split("\n", -1);
        for (int ln = 0; ln < lines.length; ln++) {
            String line = lines[ln];
            int lineStart = offset;
            offset += line.length() + 1;
            String content = line.stripTrailing();
            if (content.isBlank()) continue;
            int lead = content.length() - content.stripLeading().length();
            String bare = content.strip().replaceFirst("^#+\\s*", "").replaceFirst(":$", "");
            String k = SECTIONS.get(bare.toLowerCase(Locale.ROOT));
            if (ln == 0 || pageTitle.isEmpty() && blocks.isEmpty() && sections.isEmpty() && content.startsWith("# ")) {
                if (pageTitle.isEmpty()) {
                    pageTitle = bare;
                    Matcher m = TITLE.matcher(bare);
                    if (m.matches()) {
                        compound = m.group(1);
                        condition = m.group(2);
                    }
                    blocks.add(block(BlockKind.TITLE, Role.BODY, content, lineStart + lead, idx, key, title));
                    continue;
                }
            }
            if (k != null) {
                sections.add(new Section(key, title, heading, blocks));
                blocks = new ArrayList<>();
                key = k;
                title = bare;
                heading = idx.span(lineStart + lead, lineStart + content.length());
                afterDisclaimer = k.equals("disclaimer");
                continue;
            }
            Role role = Role.BODY;
            if (content.startsWith("Medical Disclaimer:") || content.startsWith("Disclaimer:")) {
                sections.add(new Section(key, title, heading, blocks));
                blocks = new ArrayList<>();
                key = "disclaimer";
                title = "Medical Disclaimer";
                heading = idx.span(lineStart, lineStart + content.length());
                afterDisclaimer = true;
                role = Role.DISCLAIMER;
            } else if (afterDisclaimer) {
                role = key.equals("disclaimer") && blocks.isEmpty() ? Role.DISCLAIMER : Role.FOOTER;
            } else if (key.equals("references")) {
                role = Role.REFERENCES;
            }
            BlockKind kind = BlockKind.PARAGRAPH;
            int start = lineStart + lead;
            String body = content.strip();
            if (body.startsWith("- ") || body.startsWith("* ")) {
                kind = BlockKind.LIST_ITEM;
                start += 2;
                body = body.substring(2);
            }
            blocks.add(block(kind, role, body, start, idx, key, title));
        }
        sections.add(new Section(key, title, heading, blocks));
        return new Page(path, text, idx, frontMatter, pageTitle, compound, condition, sections);
    }

    private static Block block(BlockKind kind, Role role, String body, int start, LineIndex idx, String key, String title) {
        MappedText mt = MappedText.verbatim(body, start, idx);
        Block.Ref ref = new Block.Ref(kind, role, key, title);
        List<Sentence> sentences = new ArrayList<>();
        Matcher m = Pattern.compile("[^.!?]+(?:[.!?]+|$)").matcher(body);
        while (m.find()) {
            int s = m.start();
            int e = m.end();
            while (s < e && Character.isWhitespace(body.charAt(s))) s++;
            while (e > s && Character.isWhitespace(body.charAt(e - 1))) e--;
            if (e > s) sentences.add(new Sentence(mt.sub(s, e), ref));
        }
        List<Link> links = new ArrayList<>();
        Matcher u = URL.matcher(body);
        while (u.find()) links.add(new Link(u.group(), mt.span(u.start(), u.end())));
        return new Block(kind, role, mt, sentences, links, key, title);
    }
}
