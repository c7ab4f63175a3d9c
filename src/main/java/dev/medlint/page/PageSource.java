package dev.medlint.page;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;

/**
 * Reads a page file into a {@link SourceText}: strict UTF-8 (the first invalid byte is reported by
 * its 0-based offset), a leading BOM removed, line endings kept as they are, and optional YAML front
 * matter (a first line {@code ---}, closed by {@code ---} or {@code ...}) split off and parsed.
 * Every problem with the user's file is an {@link InputException} with a one-line message naming
 * the file. Stateless and thread-safe.
 */
public final class PageSource {
    private static final int MAX_YAML_CODE_POINTS = 1 << 20;

    private PageSource() {
    }

    /** Reads and decodes {@code file}; {@code displayPath} is how messages name it. */
    public static SourceText read(Path file, String displayPath) throws InputException {
        if (Files.isDirectory(file)) {
            throw new InputException(displayPath + ": is a directory, not a page file");
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InputException(displayPath + ": no such file");
        } catch (AccessDeniedException e) {
            throw new InputException(displayPath + ": cannot read: permission denied");
        } catch (IOException | RuntimeException | OutOfMemoryError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException(displayPath + ": cannot read: " + oneLine(why));
        }
        return of(displayPath, bytes);
    }

    /** Decodes a page's bytes; {@code displayPath} is how messages name it. */
    public static SourceText of(String displayPath, byte[] bytes) throws InputException {
        String text = decode(displayPath, bytes);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        return splitFrontMatter(displayPath, text);
    }

    private static String decode(String displayPath, byte[] bytes) throws InputException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new InputException(displayPath + ": invalid UTF-8 at byte offset " + in.position());
        }
        r = decoder.flush(out);
        if (r.isError()) {
            throw new InputException(displayPath + ": invalid UTF-8 at byte offset " + in.position());
        }
        out.flip();
        return out.toString();
    }

    private static SourceText splitFrontMatter(String displayPath, String text) throws InputException {
        int firstEnd = lineEnd(text, 0);
        if (!text.substring(0, firstEnd).stripTrailing().equals("---")) {
            return new SourceText(displayPath, text, Map.of(), 0);
        }
        int pos = nextLineStart(text, firstEnd);
        int yamlStart = pos;
        while (pos < text.length()) {
            int end = lineEnd(text, pos);
            String content = text.substring(pos, end).stripTrailing();
            if (content.equals("---") || content.equals("...")) {
                Map<String, Object> fm = parseYaml(displayPath, text.substring(yamlStart, pos));
                return new SourceText(displayPath, text, fm, nextLineStart(text, end));
            }
            pos = nextLineStart(text, end);
        }
        throw new InputException(displayPath + ":1: front matter: no closing '---' line");
    }

    private static Map<String, Object> parseYaml(String displayPath, String yaml) throws InputException {
        Object doc;
        try {
            LoadSettings settings = LoadSettings.builder().setLabel(displayPath)
                    .setCodePointLimit(MAX_YAML_CODE_POINTS).setAllowDuplicateKeys(false).build();
            doc = new Load(settings).loadFromString(yaml);
        } catch (MarkedYamlEngineException e) {
            // front matter starts on the file's line 2
            int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 2).orElse(2);
            String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
            throw new InputException(displayPath + ":" + line + ": front matter: " + oneLine(problem));
        } catch (RuntimeException | StackOverflowError e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            throw new InputException(displayPath + ":2: front matter: " + oneLine(why));
        }
        if (doc == null) return Map.of();
        if (!(doc instanceof Map<?, ?> m)) {
            throw new InputException(displayPath + ":2: front matter: must be a mapping of keys to values");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : m.entrySet()) {
            out.put(String.valueOf(e.getKey()), e.getValue() == null ? "" : e.getValue());
        }
        return out;
    }

    /** Offset of the line terminator (or end of text) of the line starting at {@code start}. */
    static int lineEnd(String text, int start) {
        int i = start;
        while (i < text.length() && text.charAt(i) != '\n' && text.charAt(i) != '\r') i++;
        return i;
    }

    /** Offset just after the terminator that starts at {@code end}. */
    static int nextLineStart(String text, int end) {
        if (end >= text.length()) return text.length();
        if (text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n') return end + 2;
        return end + 1;
    }

    private static String oneLine(String s) {
        String first = s.strip().lines().findFirst().orElse("");
        return first.isEmpty() ? "malformed" : first;
    }
}
