package dev.medlint.page;

import dev.medlint.nlp.SentenceSplitter;
import dev.medlint.pack.Pack;
import dev.medlint.pack.SectionDef;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.Document;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Parses a {@link SourceText} into a {@link Page}: sections, blocks with roles, cleaned text with
 * exact source offsets, links and sentences. The CMS plain export and proper Markdown give the same
 * sections, blocks and sentences (see {@link SourceLines} for how the CMS shape is fed to
 * CommonMark).
 *
 * <p>Sections: a heading (ATX, Setext, or a plain line naming a pack section, optionally with
 * {@code #}s, bold or a trailing colon) starts a section; known headings get the pack's section id,
 * others the key "". Headings deeper than the one that opened the current section (e.g. an
 * {@code ###} under a {@code ##}) stay inside it as {@link BlockKind#HEADING} blocks. Section
 * headings are not blocks themselves: they are the section's title and heading span. The title (a
 * first H1 or first plain line) and any blocks before the first heading form the "overview"
 * section; an explicit "Overview" heading right after the title takes the title into its section.
 *
 * <p>Roles (rule catalogue, decision 2): a paragraph starting with a disclaimer label and a colon
 * ("Medical Disclaimer:", also in bold) is a {@link Role#DISCLAIMER} block that opens a "disclaimer"
 * section, and every block after it up to the next known heading is {@link Role#FOOTER}. Under a
 * disclaimer heading the first block is DISCLAIMER, and so are the following blocks while they read
 * like disclaimer text (advice, medical, physician, doctor, healthcare, professional, treatment,
 * information; no link, URL or domain); from the first that does not, blocks are FOOTER. After the
 * disclaimer a thematic break or an unknown heading also starts the footer. Blocks of a References
 * section are {@link Role#REFERENCES}; everything else is {@link Role#BODY}.
 *
 * <p>Blocks: titles, sub-headings, code and HTML blocks have no sentences. Block text is cleaned of
 * markup (list and heading markers, emphasis, code backticks, link syntax, images, inline HTML);
 * soft line breaks become one space mapped to the line end. Links: Markdown links, autolinks and
 * bare {@code http(s)://} or {@code www.} URLs.
 *
 * <p>Thread-safe: build once per pack and share; {@link #parse} keeps no state between calls.
 */
public final class PageParser {
    private static final String OVERVIEW = "overview";
    private static final String DISCLAIMER = "disclaimer";
    private static final String REFERENCES = "references";
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"'()\\[\\]{}]+");
    private static final Pattern DOMAIN = Pattern.compile(
            "(?i)(?<![\\w@.-])[a-z0-9][a-z0-9-]*(?:\\.[a-z0-9-]+)*\\.[a-z]{2,24}(?![\\w-])(?!\\.[a-z])");
    private static final Pattern DISCLAIMER_WORDS = Pattern.compile(
            "(?i)\\b(?:advice|medical|medicine|physicians?|doctors?|health\\s*care|healthcare|professionals?|treatments?|information)\\b");
    private static final Pattern TITLE_PREFIX = Pattern.compile("(?i)^\\s*overview\\s*:\\s*");
    private static final Pattern AND = Pattern.compile("(?i)\\s+and\\s+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?;,]\\s*$");

    private final Parser markdown;
    private final SentenceSplitter splitter;
    private final Map<String, String> headingKeys;
    private final int longestHeadingKey;
    private final Pattern disclaimerLabel;
    private final String overviewTitle;
    private final String disclaimerTitle;

    /** Builds a parser for the pack's sections and abbreviations. */
    public PageParser(Pack pack) {
        this.markdown = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES).build();
        this.splitter = new SentenceSplitter(pack.lexicon("abbreviations"));
        Map<String, String> keys = new HashMap<>();
        for (SectionDef s : pack.sections()) {
            keys.putIfAbsent(normalize(s.title()), s.key());
            for (String a : s.aliases()) keys.putIfAbsent(normalize(a), s.key());
        }
        this.headingKeys = Map.copyOf(keys);
        this.longestHeadingKey = keys.keySet().stream().mapToInt(String::length).max().orElse(0);
        Optional<SectionDef> disc = pack.section(DISCLAIMER);
        List<String> labels = new ArrayList<>(List.of("Medical Disclaimer", "Disclaimer"));
        disc.ifPresent(d -> {
            labels.add(d.title());
            labels.addAll(d.aliases());
        });
        String alternatives = labels.stream().distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(l -> Pattern.quote(l.strip()).replace(" ", "\\E\\s+\\Q"))
                .collect(Collectors.joining("|"));
        this.disclaimerLabel = Pattern.compile("^(?:" + alternatives + ")\\s*(?::|[\u2014\u2013]|-\\s)", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        this.overviewTitle = pack.section(OVERVIEW).map(SectionDef::title).orElse("Overview");
        this.disclaimerTitle = disc.map(SectionDef::title).orElse("Medical Disclaimer");
    }

    /**
     * Parses a decoded page. Never throws on any user text: pathologically nested Markdown that
     * overflows the stack is parsed again on a thread with a large stack, and if that fails too,
     * line by line without Markdown.
     */
    public Page parse(SourceText src) {
        try {
            return parseMarkdown(src);
        } catch (StackOverflowError first) {
            Page[] result = new Page[1];
            Thread t = new Thread(null, () -> {
                try {
                    result[0] = parseMarkdown(src);
                } catch (StackOverflowError again) {
                    result[0] = null;
                }
            }, "medlint-deep-parse", 1L << 30);
            t.start();
            try {
                t.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return result[0] != null ? result[0] : parseLines(src);
        }
    }

    /** The last resort: every non-blank line is a verbatim paragraph (or a plain-line heading). */
    private Page parseLines(SourceText src) {
        String text = src.text();
        LineIndex index = new LineIndex(text);
        List<Raw> raws = new ArrayList<>();
        int pos = src.bodyStart();
        while (pos < text.length()) {
            int end = PageSource.lineEnd(text, pos);
            String raw = text.substring(pos, end);
            if (!raw.isBlank()) {
                int lead = raw.length() - raw.stripLeading().length();
                MappedText mapped = MappedText.verbatim(raw.strip(), pos + lead, index);
                boolean heading = headingKey(raw).isPresent();
                Span line = mapped.span();
                raws.add(new Raw(heading ? RawKind.HEADING : RawKind.BLOCK, heading ? BlockKind.HEADING : BlockKind.PARAGRAPH,
                        mapped, List.of(), 2, true, heading, index.line(pos), line));
            }
            pos = PageSource.nextLineStart(text, end);
        }
        return assemble(src, index, raws, true);
    }

    private Page parseMarkdown(SourceText src) {
        String text = src.text();
        LineIndex index = new LineIndex(text);
        SourceLines lines = SourceLines.of(text, src.bodyStart(), raw -> headingKey(raw).isPresent(),
                raw -> disclaimerLabel.matcher(unwrapLabel(raw)).find());
        Node doc = markdown.parse(lines.text());
        Walker walker = new Walker(text, index, lines);
        walker.children(doc);
        return assemble(src, index, walker.out, lines.isCms());
    }

    // ---------------------------------------------------------------- block extraction

    private enum RawKind { BLOCK, HEADING, BREAK }

    /** A block as found in the document, before sections and roles. */
    private record Raw(RawKind raw, BlockKind kind, MappedText mapped, List<Link> links, int level,
                       boolean topLevel, boolean plainLine, int singleLine, Span lineSpan) {
    }

    private final class Walker {
        final String text;
        final LineIndex index;
        final SourceLines lines;
        final List<Raw> out = new ArrayList<>();

        Walker(String text, LineIndex index, SourceLines lines) {
            this.text = text;
            this.index = index;
            this.lines = lines;
        }

        void children(Node parent) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) block(n);
        }

        void block(Node n) {
            Node parent = n.getParent();
            boolean top = parent instanceof Document;
            if (n instanceof Heading h) {
                out.add(inline(RawKind.HEADING, BlockKind.HEADING, n, h.getLevel(), top, false));
            } else if (n instanceof Paragraph) {
                int single = singleLine(n);
                if (top && single >= 0 && lines.isPlainHeading(single)) {
                    out.add(inline(RawKind.HEADING, BlockKind.HEADING, n, 2, true, true));
                } else {
                    BlockKind kind = parent instanceof ListItem ? BlockKind.LIST_ITEM
                            : inQuote(n) ? BlockKind.QUOTE : BlockKind.PARAGRAPH;
                    out.add(inline(RawKind.BLOCK, kind, n, 0, top, false));
                }
            } else if (n instanceof ListBlock || n instanceof ListItem || n instanceof BlockQuote) {
                children(n);
            } else if (n instanceof FencedCodeBlock f) {
                List<SourceSpan> spans = n.getSourceSpans();
                int from = spans.isEmpty() ? 0 : 1;
                int to = spans.size();
                if (to - from >= 1 && isClosingFence(spans.get(to - 1), f)) to--;
                out.add(verbatim(BlockKind.CODE, stripNewline(f.getLiteral()), spans.subList(Math.min(from, to), to), n, top));
            } else if (n instanceof IndentedCodeBlock c) {
                out.add(verbatim(BlockKind.CODE, stripNewline(c.getLiteral()), n.getSourceSpans(), n, top));
            } else if (n instanceof HtmlBlock h) {
                out.add(verbatim(BlockKind.HTML, stripNewline(h.getLiteral()), n.getSourceSpans(), n, top));
            } else if (n instanceof ThematicBreak) {
                if (top) out.add(new Raw(RawKind.BREAK, BlockKind.PARAGRAPH, null, List.of(), 0, true, false, -1, null));
            } else if (n instanceof LinkReferenceDefinition) {
                // not content
            } else {
                children(n);
            }
        }

        boolean inQuote(Node n) {
            for (Node p = n.getParent(); p != null; p = p.getParent()) {
                if (p instanceof BlockQuote) return true;
            }
            return false;
        }

        boolean isClosingFence(SourceSpan span, FencedCodeBlock f) {
            String s = lines.line(span.getLineIndex()).strip();
            if (s.isEmpty()) return false;
            String fence = f.getOpeningFenceLength() == null ? "```" : String.valueOf(f.getFenceCharacter()).repeat(f.getOpeningFenceLength());
            return s.startsWith(fence) && s.chars().allMatch(ch -> ch == s.charAt(0));
        }

        int singleLine(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) return -1;
            int line = spans.get(0).getLineIndex();
            for (SourceSpan s : spans) if (s.getLineIndex() != line) return -1;
            return line;
        }

        Raw inline(RawKind raw, BlockKind kind, Node n, int level, boolean top, boolean plain) {
            TextBuilder tb = new TextBuilder();
            List<Link> links = new ArrayList<>();
            List<int[]> linkRanges = new ArrayList<>();
            inlines(n, tb, links, linkRanges);
            int start = startOffset(n);
            MappedText mapped = tb.build(index, start);
            int shift = tb.trimStart();
            if (kind != BlockKind.HEADING) addBareUrls(mapped, shift, links, linkRanges);
            links.sort(Comparator.comparing(Link::span));
            return new Raw(raw, kind, mapped, links, level, top, plain, singleLine(n), firstLineSpan(n));
        }

        void inlines(Node parent, TextBuilder tb, List<Link> links, List<int[]> linkRanges) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
                if (n instanceof Text t) {
                    Source s = source(n.getSourceSpans());
                    tb.appendAligned(t.getLiteral(), s.chars, s.offsets, true);
                } else if (n instanceof Code c) {
                    Source s = source(n.getSourceSpans()).stripBackticks();
                    tb.appendAligned(c.getLiteral(), s.chars, s.offsets, true);
                } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
                    int last = tb.lastOffset();
                    if (last >= 0) tb.lineBreak(PageSource.lineEnd(text, last));
                } else if (n instanceof org.commonmark.node.Link l) {
                    int from = tb.length();
                    inlines(n, tb, links, linkRanges);
                    linkRanges.add(new int[] {from, tb.length()});
                    List<SourceSpan> spans = n.getSourceSpans();
                    if (!spans.isEmpty()) {
                        SourceSpan a = spans.get(0);
                        SourceSpan b = spans.get(spans.size() - 1);
                        int s = lines.offset(a.getLineIndex(), a.getColumnIndex());
                        int e = lines.offset(b.getLineIndex(), b.getColumnIndex() + b.getLength());
                        links.add(new Link(l.getDestination() == null ? "" : l.getDestination(), index.span(s, e)));
                    }
                } else if (n instanceof Image || n instanceof HtmlInline) {
                    // images and inline HTML are not text
                } else {
                    inlines(n, tb, links, linkRanges);
                }
            }
        }

        void addBareUrls(MappedText mapped, int shift, List<Link> links, List<int[]> linkRanges) {
            if (!mayHoldUrl(mapped.text())) return;
            Matcher m = URL.matcher(mapped.text());
            outer:
            while (m.find()) {
                int s = m.start();
                int e = m.end();
                while (e > s && ".,;:!?'\"*_".indexOf(mapped.charAt(e - 1)) >= 0) e--;
                if (e <= s) continue;
                for (int[] r : linkRanges) {
                    if (s + shift < r[1] && e + shift > r[0]) continue outer;
                }
                links.add(new Link(mapped.text().substring(s, e), mapped.span(s, e)));
            }
        }

        Raw verbatim(BlockKind kind, String literal, List<SourceSpan> spans, Node n, boolean top) {
            TextBuilder tb = new TextBuilder();
            Source s = source(spans);
            tb.appendAligned(literal, s.chars, s.offsets);
            MappedText mapped = tb.build(index, startOffset(n));
            return new Raw(RawKind.BLOCK, kind, mapped, List.of(), 0, top, false, singleLine(n), firstLineSpan(n));
        }

        int startOffset(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) return 0;
            return lines.offset(spans.get(0).getLineIndex(), spans.get(0).getColumnIndex());
        }

        /** The first line of a node, from its first character to the end of that line's content. */
        Span firstLineSpan(Node n) {
            List<SourceSpan> spans = n.getSourceSpans();
            if (spans.isEmpty()) return Span.PAGE_START;
            SourceSpan first = spans.get(0);
            String line = lines.line(first.getLineIndex());
            int col = first.getColumnIndex();
            while (col < line.length() && Character.isWhitespace(line.charAt(col))) col++;
            int end = line.stripTrailing().length();
            int s = lines.offset(first.getLineIndex(), col);
            int e = lines.offset(first.getLineIndex(), Math.max(col, end));
            return index.span(s, e);
        }

        Source source(List<SourceSpan> spans) {
            int size = 0;
            for (SourceSpan sp : spans) size += Math.max(0, sp.getLength()) + 1;
            char[] chars = new char[size];
            int[] offs = new int[size];
            int n = 0;
            int prevLine = -1;
            for (SourceSpan sp : spans) {
                int t = sp.getLineIndex();
                if (prevLine >= 0 && t != prevLine) {
                    chars[n] = '\n';
                    offs[n++] = lines.lineEnd(prevLine);
                }
                String line = lines.line(t);
                int from = Math.max(0, Math.min(sp.getColumnIndex(), line.length()));
                int to = Math.max(from, Math.min(sp.getColumnIndex() + sp.getLength(), line.length()));
                for (int c = from; c < to; c++) {
                    chars[n] = line.charAt(c);
                    offs[n++] = lines.offset(t, c);
                }
                prevLine = t;
            }
            return new Source(java.util.Arrays.copyOf(chars, n), java.util.Arrays.copyOf(offs, n));
        }
    }

    /** Source characters of a node with their file offsets. */
    private record Source(char[] chars, int[] offsets) {
        Source stripBackticks() {
            int s = 0;
            while (s < chars.length && chars[s] == '`') s++;
            int e = chars.length;
            while (e > s && chars[e - 1] == '`') e--;
            return new Source(java.util.Arrays.copyOfRange(chars, s, e), java.util.Arrays.copyOfRange(offsets, s, e));
        }
    }

    private static String stripNewline(String s) {
        String r = s == null ? "" : s;
        while (r.endsWith("\n")) r = r.substring(0, r.length() - 1);
        return r;
    }

    // ---------------------------------------------------------------- sections and roles

    private enum Mode { BODY, REFS, DISC_HEADING, DISC_LABEL, FOOTER }

    private static final class SectionBuilder {
        String key;
        String title;
        Span headingSpan;
        final int level;
        final boolean implicit;
        final List<Raw> blocks = new ArrayList<>();
        final List<Role> roles = new ArrayList<>();

        SectionBuilder(String key, String title, Span headingSpan, int level, boolean implicit) {
            this.key = key;
            this.title = title;
            this.headingSpan = headingSpan;
            this.level = level;
            this.implicit = implicit;
        }

        void add(Raw r, Role role) {
            blocks.add(r);
            roles.add(role);
        }
    }

    private Page assemble(SourceText src, LineIndex index, List<Raw> raws, boolean cms) {
        int first = 0;
        while (first < raws.size() && raws.get(first).kind() == BlockKind.HTML) first++;
        int titleAt = first < raws.size() && isTitle(raws.get(first), cms) ? first : -1;

        List<SectionBuilder> done = new ArrayList<>();
        Span titleSpan = titleAt >= 0 ? raws.get(titleAt).mapped().span() : Span.PAGE_START;
        SectionBuilder cur = new SectionBuilder(OVERVIEW, overviewTitle, titleSpan, 2, true);
        Mode mode = Mode.BODY;
        int discBlocks = 0;
        String title = "";

        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            if (i == titleAt) {
                title = r.mapped().text();
                cur.add(new Raw(RawKind.BLOCK, BlockKind.TITLE, r.mapped(), r.links(), r.level(), true, false, r.singleLine(), r.lineSpan()), Role.BODY);
                continue;
            }
            if (r.raw() == RawKind.BREAK) {
                if (mode == Mode.DISC_HEADING || mode == Mode.DISC_LABEL) mode = Mode.FOOTER;
                continue;
            }
            if (r.raw() == RawKind.HEADING && r.topLevel()) {
                String headingTitle = headingTitle(r.mapped().text());
                Optional<String> key = Optional.ofNullable(headingKeys.get(normalize(headingTitle)));
                if (key.isPresent()) {
                    if (key.get().equals(OVERVIEW) && cur.implicit && cur.blocks.stream().allMatch(b -> b.kind() == BlockKind.TITLE || b.kind() == BlockKind.HTML)) {
                        cur.title = headingTitle;
                        cur.headingSpan = r.lineSpan();
                        cur = reopen(cur, r.level());
                    } else {
                        done.add(cur);
                        cur = new SectionBuilder(key.get(), headingTitle, r.lineSpan(), r.level(), false);
                    }
                    mode = key.get().equals(DISCLAIMER) ? Mode.DISC_HEADING : key.get().equals(REFERENCES) ? Mode.REFS : Mode.BODY;
                    discBlocks = 0;
                } else if (mode == Mode.DISC_HEADING || mode == Mode.DISC_LABEL || mode == Mode.FOOTER) {
                    done.add(cur);
                    cur = new SectionBuilder("", headingTitle, r.lineSpan(), r.level(), false);
                    mode = Mode.FOOTER;
                } else if (r.level() > cur.level) {
                    cur.add(r, passiveRole(mode));
                } else {
                    done.add(cur);
                    cur = new SectionBuilder("", headingTitle, r.lineSpan(), r.level(), false);
                    mode = Mode.BODY;
                }
                continue;
            }
            if (r.raw() == RawKind.HEADING || r.kind() == BlockKind.HTML) {
                cur.add(r, passiveRole(mode));
                continue;
            }
            if (r.kind() == BlockKind.PARAGRAPH && r.topLevel() && disclaimerLabel.matcher(r.mapped().text()).find()) {
                if (mode == Mode.DISC_HEADING && discBlocks == 0) {
                    cur.add(r, Role.DISCLAIMER);
                    discBlocks++;
                } else {
                    done.add(cur);
                    cur = new SectionBuilder(DISCLAIMER, disclaimerTitle, r.lineSpan(), 2, false);
                    cur.add(r, Role.DISCLAIMER);
                    mode = Mode.DISC_LABEL;
                }
                continue;
            }
            Role role;
            switch (mode) {
                case REFS -> role = Role.REFERENCES;
                case DISC_LABEL, FOOTER -> {
                    role = Role.FOOTER;
                    mode = Mode.FOOTER;
                }
                case DISC_HEADING -> {
                    if (discBlocks == 0 || readsLikeDisclaimer(r)) {
                        role = Role.DISCLAIMER;
                    } else {
                        role = Role.FOOTER;
                        mode = Mode.FOOTER;
                    }
                    discBlocks++;
                }
                default -> role = Role.BODY;
            }
            cur.add(r, role);
        }
        done.add(cur);
        markTrailingPromotion(done);

        List<Section> sections = new ArrayList<>();
        for (SectionBuilder sb : done) {
            if (sb.implicit && sb.blocks.isEmpty()) continue;
            List<Block> blocks = new ArrayList<>();
            for (int k = 0; k < sb.blocks.size(); k++) {
                Raw r = sb.blocks.get(k);
                if (r.mapped().text().isEmpty()) continue;
                blocks.add(block(r.kind(), sb.roles.get(k), r.mapped(), r.links(), sb.key, sb.title));
            }
            sections.add(new Section(sb.key, sb.title, sb.headingSpan, blocks));
        }

        if (title.isEmpty() && src.frontMatter().get("title") instanceof String fmTitle) title = fmTitle.strip();
        String[] cc = compoundAndCondition(title);
        return new Page(src.displayPath(), src.text(), index, src.frontMatter(), title, cc[0], cc[1], sections);
    }

    /** A call to action with a link or a domain: "Visit insightswarm.ai for a personalised report." */
    private static final Pattern CALL_TO_ACTION = Pattern.compile(
            "\\b(?:visit|get\\s+(?:a|an|your)|sign\\s+up|subscribe|order|buy|download|learn\\s+more|find\\s+out\\s+more|explore|check\\s+out|request|book|join)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * The promotional footer of a page without a disclaimer before it: the page's last paragraphs,
     * while each is a call to action with a link or a domain, are FOOTER, not body.
     */
    private static void markTrailingPromotion(List<SectionBuilder> sections) {
        for (int si = sections.size() - 1; si >= 0; si--) {
            SectionBuilder sb = sections.get(si);
            for (int k = sb.blocks.size() - 1; k >= 0; k--) {
                Raw r = sb.blocks.get(k);
                if (r.kind() == BlockKind.HTML || r.mapped() == null || r.mapped().text().isBlank()) continue;
                if (sb.roles.get(k) == Role.FOOTER) continue;
                String t = r.mapped().text();
                boolean promotional = sb.roles.get(k) == Role.BODY && r.kind() == BlockKind.PARAGRAPH
                        && CALL_TO_ACTION.matcher(t).find() && (!r.links().isEmpty() || DOMAIN.matcher(t).find());
                if (!promotional) return;
                sb.roles.set(k, Role.FOOTER);
            }
        }
    }

    private static SectionBuilder reopen(SectionBuilder old, int level) {
        SectionBuilder s = new SectionBuilder(old.key, old.title, old.headingSpan, level, false);
        for (int k = 0; k < old.blocks.size(); k++) s.add(old.blocks.get(k), old.roles.get(k));
        return s;
    }

    /** Role of a block that does not move the disclaimer/footer state (headings, HTML). */
    private static Role passiveRole(Mode mode) {
        return switch (mode) {
            case BODY -> Role.BODY;
            case REFS -> Role.REFERENCES;
            case DISC_HEADING -> Role.DISCLAIMER;
            case DISC_LABEL, FOOTER -> Role.FOOTER;
        };
    }

    private boolean isTitle(Raw r, boolean cms) {
        if (!r.topLevel() || r.mapped() == null || r.mapped().text().isBlank()) return false;
        String t = r.mapped().text();
        if (r.raw() == RawKind.HEADING) {
            if (r.plainLine()) return false;
            boolean known = headingKeys.containsKey(normalize(headingTitle(t)));
            return !known && (r.level() == 1 || TITLE_PREFIX.matcher(t).find());
        }
        if (r.kind() != BlockKind.PARAGRAPH || r.singleLine() < 0) return false;
        if (disclaimerLabel.matcher(t).find()) return false;
        if (cms || TITLE_PREFIX.matcher(t).find()) return true;
        return !SENTENCE_END.matcher(t).find() && !t.contains(":");
    }

    private boolean readsLikeDisclaimer(Raw r) {
        String t = r.mapped().text();
        return r.links().isEmpty() && DISCLAIMER_WORDS.matcher(t).find() && !DOMAIN.matcher(t).find();
    }

    private Block block(BlockKind kind, Role role, MappedText mapped, List<Link> links, String key, String title) {
        Block.Ref ref = new Block.Ref(kind, role, key, title);
        List<Sentence> sentences = new ArrayList<>();
        if (kind == BlockKind.PARAGRAPH || kind == BlockKind.LIST_ITEM || kind == BlockKind.QUOTE || kind == BlockKind.TABLE) {
            for (MappedText s : splitter.split(mapped)) sentences.add(new Sentence(s, ref));
        }
        return new Block(kind, role, mapped, sentences, links, key, title);
    }

    /** "Overview: Atezolizumab and Stage IV Cancer" gives {"Atezolizumab", "Stage IV Cancer"}. */
    static String[] compoundAndCondition(String title) {
        String t = title.strip();
        Matcher prefix = TITLE_PREFIX.matcher(t);
        boolean hasPrefix = prefix.find();
        if (hasPrefix) t = t.substring(prefix.end());
        Matcher and = AND.matcher(t);
        if (and.find()) {
            return new String[] {t.substring(0, and.start()).strip(), t.substring(and.end()).strip()};
        }
        return new String[] {hasPrefix ? t : "", ""};
    }

    /**
     * False when {@link #URL} cannot match: it needs "http" or "www." in some case (its (?i) folds
     * ASCII only, and regionMatches ignoring case accepts at least those). Most blocks have neither.
     */
    private static boolean mayHoldUrl(String t) {
        for (int i = 0; i + 4 <= t.length(); i++) {
            char c = t.charAt(i);
            if ((c == 'h' || c == 'H') && t.regionMatches(true, i, "http", 0, 4)) return true;
            if ((c == 'w' || c == 'W') && t.regionMatches(true, i, "www.", 0, 4)) return true;
        }
        return false;
    }

    // ---------------------------------------------------------------- heading matching

    private Optional<String> headingKey(String rawLine) {
        if (!mayBeHeading(rawLine)) return Optional.empty();
        String s = rawLine.strip();
        boolean hashed = false;
        while (s.startsWith("#")) {
            s = s.substring(1);
            hashed = true;
        }
        if (hashed) s = CLOSING_HASHES.matcher(s).replaceFirst("");
        return Optional.ofNullable(headingKeys.get(normalize(stripColon(unwrap(s.strip())))));
    }

    /**
     * False for a line too long to normalise to any heading key: normalising drops whitespace, '#',
     * '*', '_', ':' and '.' marks and at most four letters or digits of numbering ("xiv."), never
     * any other letter or digit, and lower-casing never shortens a string; so a line with more
     * than {@code longest + 4} letters and digits cannot become a key of length {@code longest}.
     * Body lines of a CMS page (most of its lines) stop here after a few dozen characters.
     */
    private boolean mayBeHeading(String rawLine) {
        int limit = longestHeadingKey + 4;
        int letters = 0;
        for (int i = 0; i < rawLine.length(); i++) {
            if (Character.isLetterOrDigit(rawLine.charAt(i)) && ++letters > limit) return false;
        }
        return true;
    }

    /** A heading's cleaned text without stray leading/closing '#'s and trailing colons. */
    private static String headingTitle(String cleaned) {
        String s = cleaned.strip();
        if (s.startsWith("#")) s = CLOSING_HASHES.matcher(LEADING_HASHES.matcher(s).replaceFirst("")).replaceFirst("");
        return stripColon(s);
    }

    private static String unwrap(String s) {
        String r = s.strip();
        for (int k = 0; k < 2; k++) {
            r = stripColon(r);
            if (r.length() > 4 && ((r.startsWith("**") && r.endsWith("**")) || (r.startsWith("__") && r.endsWith("__")))) {
                r = r.substring(2, r.length() - 2).strip();
            }
        }
        return stripColon(r);
    }

    /** A raw line without leading bold markers, for the disclaimer label test. */
    private static String unwrapLabel(String raw) {
        return raw.replace("**", "").replace("__", "").strip();
    }

    private static String stripColon(String s) {
        String r = s.strip();
        while (r.endsWith(":")) r = r.substring(0, r.length() - 1).strip();
        return r;
    }

    /**
     * Heading text as compared with the pack's titles: case, spacing, "&", numbering and a final
     * period do not count. Written out by hand because it runs on every line of a CMS page; it does
     * exactly what {@code strip, replaceFirst("^(?:\\d{1,2}|[ivx]{1,4})[.)]\\s+", ""),
     * replace("&", " and "), replaceFirst("[.]+$", ""), replaceAll("\\s+", " "), strip, lowerCase}
     * does (PageParserNormalizeTest holds it to that on random input).
     */
    static String normalize(String s) {
        String t = s.strip();
        t = t.substring(numberingLength(t));
        if (t.indexOf('&') >= 0) t = t.replace("&", " and ");
        // [.]+$ : the last run of dots, at the end or just before a final line terminator.
        int end = t.length();
        if (end >= 2 && t.charAt(end - 2) == '\r' && t.charAt(end - 1) == '\n') end -= 2;
        else if (end > 0 && isFinalTerminator(t.charAt(end - 1))) end--;
        int dots = end;
        while (dots > 0 && t.charAt(dots - 1) == '.') dots--;
        if (dots < end) t = t.substring(0, dots) + t.substring(end);
        StringBuilder b = new StringBuilder(t.length());
        boolean inSpace = false;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isRegexSpace(c)) {
                if (!inSpace) b.append(' ');
                inSpace = true;
            } else {
                b.append(c);
                inSpace = false;
            }
        }
        return b.toString().strip().toLowerCase(Locale.ROOT);
    }

    /** Length of a leading {@code (?:\d{1,2}|[ivx]{1,4})[.)]\s+}, or 0. */
    private static int numberingLength(String t) {
        int i = 0;
        int n = t.length();
        int digits = 0;
        while (i < n && digits < 2 && t.charAt(i) >= '0' && t.charAt(i) <= '9') {
            i++;
            digits++;
        }
        if (digits == 0) {
            while (i < n && i < 4 && (t.charAt(i) == 'i' || t.charAt(i) == 'v' || t.charAt(i) == 'x')) i++;
            if (i == 0) return 0;
        }
        if (i >= n || (t.charAt(i) != '.' && t.charAt(i) != ')')) return 0;
        i++;
        int spaceStart = i;
        while (i < n && isRegexSpace(t.charAt(i))) i++;
        return i > spaceStart ? i : 0;
    }

    /** {@code \s} in a Java regex without UNICODE_CHARACTER_CLASS. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A line terminator before which {@code $} also matches (without MULTILINE or UNIX_LINES). */
    private static boolean isFinalTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static final Pattern LEADING_HASHES = Pattern.compile("^#+\\s*");
    private static final Pattern CLOSING_HASHES = Pattern.compile("\\s+#+$");
}
