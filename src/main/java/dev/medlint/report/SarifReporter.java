package dev.medlint.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.medlint.engine.Finding;
import dev.medlint.engine.RelatedLocation;
import dev.medlint.engine.RuleMeta;
import dev.medlint.engine.Severity;
import dev.medlint.engine.Suppression;
import dev.medlint.page.Span;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * SARIF 2.1.0 for GitHub code scanning: one run whose driver lists every rule of the pack (sorted by
 * id), one result per finding (suppressed ones carry {@code suppressions}), file locations relative
 * to {@code %SRCROOT%} (the working directory), UTF-16 columns with an exclusive {@code endColumn}
 * (a point is an empty region, {@code endColumn == startColumn}), and one tool execution
 * notification per file that could not be read. Related locations are linked from the message
 * text ({@code [line N](id)}), the way GitHub renders them. No {@code partialFingerprints}: the
 * upload action computes those; medlint's own fingerprint goes in {@code fingerprints}.
 */
public final class SarifReporter implements Reporter {
    static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    static final String SRCROOT = "%SRCROOT%";
    static final String FINGERPRINT_KEY = "medlint/v1";
    private static final Pattern SEMVER = Pattern.compile(
            "^(0|[1-9]\\d*)\\.(0|[1-9]\\d*)\\.(0|[1-9]\\d*)(-[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?(\\+[0-9A-Za-z-]+(\\.[0-9A-Za-z-]+)*)?$");

    @Override
    public String name() {
        return "sarif";
    }

    @Override
    public void write(Report report, Writer out) throws IOException {
        ObjectNode root = Json.object();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        ObjectNode run = root.putArray("runs").addObject();

        List<RuleMeta> rules = new ArrayList<>(report.rules().values()); // sorted by id
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) ruleIndex.put(rules.get(i).id(), i);
        run.putObject("tool").set("driver", driver(report, rules));

        String srcRoot = Uris.directoryUri(report.workingDirectory());
        ObjectNode invocation = Json.object();
        invocation.put("executionSuccessful", true);
        invocation.putObject("workingDirectory").put("uri", srcRoot);
        ArrayNode notifications = Json.MAPPER.createArrayNode();

        Map<String, Integer> artifactIndex = new LinkedHashMap<>();
        for (FileResult file : report.files()) artifactIndex.putIfAbsent(file.path(), artifactIndex.size());

        ArrayNode results = Json.MAPPER.createArrayNode();
        for (FileResult file : report.files()) {
            int index = artifactIndex.get(file.path());
            file.error().ifPresent(reason -> {
                ObjectNode n = notifications.addObject();
                n.put("level", "error");
                n.putObject("message").put("text", file.path() + ": " + reason);
                n.putArray("locations").addObject().set("physicalLocation", physical(file.path(), index, null));
            });
            for (Finding f : Summary.sorted(file.findings())) {
                results.add(result(f, file.path(), index, ruleIndex));
            }
        }

        if (!notifications.isEmpty()) invocation.set("toolExecutionNotifications", notifications);
        run.putArray("invocations").add(invocation);
        run.putObject("originalUriBaseIds").putObject(SRCROOT).put("uri", srcRoot);
        ArrayNode artifacts = run.putArray("artifacts");
        for (String path : artifactIndex.keySet()) {
            ObjectNode a = artifacts.addObject();
            a.set("location", artifactLocation(path, -1));
            a.putArray("roles").add("analysisTarget");
        }
        report.sarifCategory().map(String::strip).filter(c -> !c.isEmpty()).ifPresent(c ->
                run.putObject("automationDetails").put("id", c.endsWith("/") ? c : c + "/"));
        run.put("columnKind", "utf16CodeUnits");
        run.set("results", results);
        Json.write(root, out);
    }

    private static ObjectNode driver(Report report, List<RuleMeta> rules) {
        ObjectNode d = Json.object();
        d.put("name", report.toolName());
        d.put("version", report.toolVersion());
        if (SEMVER.matcher(report.toolVersion()).matches()) d.put("semanticVersion", report.toolVersion());
        d.put("informationUri", report.informationUri());
        ArrayNode array = d.putArray("rules");
        for (RuleMeta r : rules) array.add(rule(r));
        return d;
    }

    private static ObjectNode rule(RuleMeta r) {
        ObjectNode o = Json.object();
        o.put("id", r.id());
        o.put("name", pascalCase(r.id()));
        String shortText = firstNonBlank(r.shortDescription(), r.fullDescription(), r.id());
        String fullText = firstNonBlank(r.fullDescription(), shortText);
        o.putObject("shortDescription").put("text", sentence(shortText));
        o.putObject("fullDescription").put("text", sentence(fullText));
        ObjectNode help = o.putObject("help");
        help.put("text", helpText(r, fullText, false));
        help.put("markdown", helpText(r, fullText, true));
        o.putObject("defaultConfiguration").put("level", level(r.severity()));
        ArrayNode tags = o.putObject("properties").putArray("tags");
        List<String> seen = new ArrayList<>();
        if (!r.category().isBlank()) seen.add(r.category());
        for (String t : r.tags()) if (!t.isBlank() && !seen.contains(t)) seen.add(t);
        seen.forEach(tags::add);
        return o;
    }

    private static String helpText(RuleMeta r, String fullText, boolean markdown) {
        List<String> parts = new ArrayList<>();
        parts.add(sentence(firstNonBlank(r.help(), fullText)));
        addLabelled(parts, "Fires when", r.fires(), markdown);
        addLabelled(parts, "Does not fire on", r.quiet(), markdown);
        addLabelled(parts, "Example", r.example(), markdown);
        return String.join(markdown ? "\n\n" : "\n", parts);
    }

    private static void addLabelled(List<String> parts, String label, String text, boolean markdown) {
        if (text.isBlank()) return;
        parts.add(markdown ? "**" + label + ":** " + text.strip() : label + ": " + text.strip());
    }

    private static ObjectNode result(Finding f, String path, int artifact, Map<String, Integer> ruleIndex) {
        ObjectNode o = Json.object();
        o.put("ruleId", f.ruleId());
        Integer idx = ruleIndex.get(f.ruleId());
        if (idx != null) o.put("ruleIndex", idx);
        o.put("level", level(f.severity()));
        o.putObject("message").put("text", messageText(f));
        ObjectNode loc = o.putArray("locations").addObject();
        loc.set("physicalLocation", physical(path, artifact, f.span()));
        if (!f.related().isEmpty()) {
            ArrayNode related = o.putArray("relatedLocations");
            int id = 1;
            for (RelatedLocation r : f.related()) {
                ObjectNode ro = related.addObject();
                ro.put("id", id++);
                ro.set("physicalLocation", physical(path, artifact, r.span()));
                ro.putObject("message").put("text", firstNonBlank(r.message(), "related location"));
            }
        }
        if (!f.fingerprint().isEmpty()) o.putObject("fingerprints").put(FINGERPRINT_KEY, f.fingerprint());
        f.suppression().ifPresent(s -> o.putArray("suppressions").add(suppression(s)));
        if (!f.section().isEmpty()) o.putObject("properties").put("section", f.section());
        return o;
    }

    /** The finding's message, plus a link to each related location GitHub can render. */
    private static String messageText(Finding f) {
        String text = f.message().strip();
        if (f.related().isEmpty()) return text;
        List<String> links = new ArrayList<>();
        for (int i = 0; i < f.related().size(); i++) {
            links.add("[line " + f.related().get(i).span().startLine() + "](" + (i + 1) + ")");
        }
        // A literal "[" or "]" in the message would be read as link syntax; SARIF escapes them with "\".
        return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")
                + " (see " + String.join(", ", links) + ")";
    }

    private static ObjectNode suppression(Suppression s) {
        ObjectNode o = Json.object();
        o.put("kind", "inSource".equals(s.kind()) ? "inSource" : "external");
        o.put("status", "accepted");
        if (!s.justification().isBlank()) o.put("justification", s.justification());
        return o;
    }

    private static ObjectNode physical(String path, int artifact, Span span) {
        ObjectNode p = Json.object();
        p.set("artifactLocation", artifactLocation(path, artifact));
        if (span != null) {
            ObjectNode region = p.putObject("region");
            region.put("startLine", span.startLine());
            region.put("startColumn", span.startColumn());
            region.put("endLine", span.endLine());
            region.put("endColumn", span.endColumn());
        }
        return p;
    }

    private static ObjectNode artifactLocation(String path, int index) {
        ObjectNode a = Json.object();
        if (Uris.isAbsolutePath(path)) {
            a.put("uri", Uris.fileUri(path));
        } else {
            a.put("uri", Uris.relative(path));
            a.put("uriBaseId", SRCROOT);
        }
        if (index >= 0) a.put("index", index);
        return a;
    }

    static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** "disclaimer-missing" -> "DisclaimerMissing". */
    static String pascalCase(String id) {
        StringBuilder b = new StringBuilder();
        for (String part : id.split("[^A-Za-z0-9]+")) {
            if (part.isEmpty()) continue;
            b.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
        }
        return b.toString();
    }

    /** Descriptions end with a full stop, as SARIF's style rules ask of plain-text messages. */
    private static String sentence(String text) {
        String t = text.strip();
        if (t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0) return t;
        return t + ".";
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) if (v != null && !v.isBlank()) return v.strip();
        return "";
    }
}
