package dev.medlint.baseline;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.medlint.engine.Finding;
import dev.medlint.engine.Suppression;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A set of accepted findings, by fingerprint, for adopting medlint on pages that already have
 * findings: they are hidden (suppressed as {@code external}, justification "baseline") while new
 * ones still fail the build. The file is JSON:
 * <pre>
 * {
 *   "version": 1,
 *   "tool": "medlint",
 *   "findings": [
 *     {"fingerprint": "...", "ruleId": "...", "path": "...", "message": "..."}
 *   ]
 * }
 * </pre>
 * entries sorted by {@link BaselineEntry#ORDER}, two-space indent, "\n" line ends and a final
 * newline, so it diffs well in version control.
 */
public record Baseline(List<BaselineEntry> entries) {
    public static final int VERSION = 1;
    public static final String TOOL = "medlint";
    /** What baseline-suppressed findings carry. */
    public static final Suppression SUPPRESSION = new Suppression("external", "baseline");

    private static final ObjectMapper MAPPER = new ObjectMapper();

    public Baseline {
        List<BaselineEntry> sorted = new ArrayList<>(entries);
        sorted.sort(BaselineEntry.ORDER);
        entries = List.copyOf(sorted);
    }

    /** A baseline of the given findings, leaving out suppressed ones. */
    public static Baseline of(Collection<Finding> findings) {
        List<BaselineEntry> out = new ArrayList<>();
        for (Finding f : findings) {
            if (f.isSuppressed()) continue;
            out.add(new BaselineEntry(f.fingerprint(), f.ruleId(), f.path(), f.message()));
        }
        return new Baseline(out);
    }

    public Set<String> fingerprints() {
        Set<String> s = new HashSet<>();
        for (BaselineEntry e : entries) s.add(e.fingerprint());
        return s;
    }

    /** This baseline without the given entries. */
    public Baseline without(Collection<BaselineEntry> drop) {
        List<BaselineEntry> keep = new ArrayList<>(entries);
        keep.removeAll(drop);
        return new Baseline(keep);
    }

    /** Reads a baseline file; a missing file or anything but the format above is an error. */
    public static Baseline read(Path file, String shown) throws BaselineException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new BaselineException(shown + ": no such baseline file (create it with --write-baseline)", e);
        } catch (IOException e) {
            throw new BaselineException(shown + ": cannot read the baseline: " + e.getMessage(), e);
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new BaselineException(shown + (line > 0 ? ":" + line : "") + ": not a medlint baseline: invalid JSON: "
                    + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) throw malformed(shown, "expected a JSON object");
        JsonNode version = root.get("version");
        if (version == null || !version.isInt()) throw malformed(shown, "'version' must be " + VERSION);
        if (version.asInt() != VERSION) {
            throw malformed(shown, "version " + version.asInt() + " is not supported (this medlint reads version " + VERSION + ")");
        }
        JsonNode tool = root.get("tool");
        if (tool == null || !TOOL.equals(tool.asText())) throw malformed(shown, "'tool' must be \"" + TOOL + "\"");
        JsonNode findings = root.get("findings");
        if (findings == null || !findings.isArray()) throw malformed(shown, "'findings' must be a list");
        List<BaselineEntry> out = new ArrayList<>();
        int i = 0;
        for (JsonNode n : findings) {
            String where = "findings[" + i++ + "]";
            if (!n.isObject()) throw malformed(shown, where + " must be an object");
            out.add(new BaselineEntry(text(n, "fingerprint", where, shown, true), text(n, "ruleId", where, shown, false),
                    text(n, "path", where, shown, false), text(n, "message", where, shown, false)));
        }
        return new Baseline(out);
    }

    private static String text(JsonNode n, String key, String where, String shown, boolean required) throws BaselineException {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            if (required) throw malformed(shown, where + " has no '" + key + "'");
            return "";
        }
        if (!v.isTextual()) throw malformed(shown, where + "." + key + " must be a string");
        if (required && v.asText().isBlank()) throw malformed(shown, where + "." + key + " is empty");
        return v.asText();
    }

    private static BaselineException malformed(String shown, String why) {
        return new BaselineException(shown + ": not a medlint baseline: " + why);
    }

    /** The file's text (see the class comment). */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("version", VERSION);
        root.put("tool", TOOL);
        ArrayNode array = root.putArray("findings");
        for (BaselineEntry e : entries) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("fingerprint", e.fingerprint());
            fields.put("ruleId", e.ruleId());
            fields.put("path", e.path());
            fields.put("message", e.message());
            ObjectNode o = array.addObject();
            fields.forEach(o::put);
        }
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                        .withObjectEmptySeparator("")
                        .withArrayEmptySeparator(""));
        printer.indentObjectsWith(indenter);
        printer.indentArraysWith(indenter);
        StringWriter w = new StringWriter();
        try {
            MAPPER.writer(printer).writeValue(w, root);
        } catch (IOException e) {
            throw new IllegalStateException("writing JSON to a string cannot fail", e);
        }
        return w + "\n";
    }

    /** Writes the file, creating its folder if needed. */
    public void write(Path file, String shown) throws BaselineException {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) Files.createDirectories(parent);
            Files.writeString(file, toJson(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BaselineException(shown + ": cannot write the baseline: " + e.getMessage(), e);
        }
    }
}
