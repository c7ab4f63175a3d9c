package dev.medlint.pack;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * A rule pack: a folder with {@code pack.yml} (sections, evidence-level vocabulary, settings),
 * {@code *.drl} rule files and {@code lexicons/} (word lists as {@code NAME.txt}, one entry a line,
 * {@code #} comments; and mappings as {@code NAME.yml}, a flat map of strings). Everything a
 * compliance reviewer may want to tune is data here, not Java.
 *
 * @param displayDir how the pack's folder is named in messages ("rules/medical-summary")
 */
public record Pack(String name, String version, String displayDir, List<SectionDef> sections,
                   List<EvidenceLevelDef> evidenceLevels, Map<String, Double> settings,
                   Map<String, List<String>> lexicons, Map<String, Map<String, String>> mappings,
                   List<RuleFile> ruleFiles) {

    public Pack {
        sections = List.copyOf(sections);
        evidenceLevels = List.copyOf(evidenceLevels);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
        lexicons = Collections.unmodifiableMap(new TreeMap<>(lexicons));
        mappings = Collections.unmodifiableMap(new TreeMap<>(mappings));
        ruleFiles = List.copyOf(ruleFiles);
    }

    /** A word list from {@code lexicons/NAME.txt}; empty when the pack has none. */
    public List<String> lexicon(String name) {
        return lexicons.getOrDefault(name, List.of());
    }

    /** A mapping from {@code lexicons/NAME.yml} (keys lower-cased); empty when the pack has none. */
    public Map<String, String> mapping(String name) {
        return mappings.getOrDefault(name, Map.of());
    }

    public double setting(String name, double fallback) {
        return settings.getOrDefault(name, fallback);
    }

    public Optional<SectionDef> section(String key) {
        return sections.stream().filter(s -> s.key().equals(key)).findFirst();
    }

    /** A file of the pack as messages show it, e.g. {@code rules/medical-summary/lexicons/hype.txt}. */
    public String display(String name) {
        return displayDir + "/" + name;
    }

    /** Loads a pack folder on disk. */
    public static Pack load(Path dir, String displayDir) throws PackException {
        return load(PackFiles.folder(dir), displayDir);
    }

    /** Loads a pack from its files (a folder on disk, or one inside the medlint jar). */
    static Pack load(PackFiles files, String displayDir) throws PackException {
        String shown = displayDir + "/pack.yml";
        if (!files.isFile("pack.yml")) {
            throw new PackException(displayDir + ": not a rule pack (no pack.yml)");
        }
        Map<String, Object> root = asMap(loadYaml(read(files, "pack.yml", shown), shown), shown, "the document");
        String name = str(root.get("name"), displayDir);
        String version = str(root.get("version"), "0");

        List<SectionDef> sections = new ArrayList<>();
        for (Object o : list(root.get("sections"), shown, "sections")) {
            Map<String, Object> m = asMap(o, shown, "a section");
            String key = require(m, "id", shown, "section");
            String title = require(m, "title", shown, "section " + key);
            List<String> aliases = new ArrayList<>();
            for (Object a : list(m.get("aliases"), shown, "aliases of " + key)) aliases.add(String.valueOf(a));
            sections.add(new SectionDef(key, title, aliases, Boolean.TRUE.equals(m.get("required"))));
        }

        List<EvidenceLevelDef> levels = new ArrayList<>();
        int rank = 0;
        for (Object o : list(root.get("evidence-levels"), shown, "evidence-levels")) {
            Map<String, Object> m = asMap(o, shown, "an evidence level");
            String id = require(m, "id", shown, "evidence level");
            List<Pattern> phrases = new ArrayList<>();
            phrases.add(Pattern.compile("\\b" + Pattern.quote(id) + "\\b", Pattern.CASE_INSENSITIVE));
            for (Object p : list(m.get("phrases"), shown, "phrases of " + id)) {
                try {
                    phrases.add(Pattern.compile(String.valueOf(p), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
                } catch (PatternSyntaxException e) {
                    throw new PackException(shown + ": evidence level " + id + ": bad pattern '" + p + "': " + e.getDescription());
                }
            }
            levels.add(new EvidenceLevelDef(id, ++rank, phrases));
        }

        Map<String, Double> settings = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : asMap(root.getOrDefault("settings", Map.of()), shown, "settings").entrySet()) {
            if (!(e.getValue() instanceof Number n)) {
                throw new PackException(shown + ": setting " + e.getKey() + " must be a number");
            }
            settings.put(e.getKey(), n.doubleValue());
        }

        Map<String, List<String>> lexicons = new TreeMap<>();
        Map<String, Map<String, String>> mappings = new TreeMap<>();
        for (String f : list(files, "lexicons", displayDir)) {
            String file = f.substring("lexicons/".length());
            String shownLex = displayDir + "/" + f;
            if (file.endsWith(".txt")) {
                lexicons.put(file.substring(0, file.length() - 4), readList(read(files, f, shownLex)));
            } else if (file.endsWith(".yml") || file.endsWith(".yaml")) {
                Map<String, String> map = new LinkedHashMap<>();
                for (Map.Entry<String, Object> e : asMap(loadYaml(read(files, f, shownLex), shownLex), shownLex, "the document").entrySet()) {
                    map.put(e.getKey().toLowerCase(Locale.ROOT), str(e.getValue(), ""));
                }
                mappings.put(file.substring(0, file.lastIndexOf('.')), map);
            }
        }

        List<RuleFile> drl = new ArrayList<>();
        for (String f : list(files, "", displayDir)) {
            if (f.endsWith(".drl")) drl.add(new RuleFile(f, displayDir + "/" + f, read(files, f, displayDir + "/" + f)));
        }
        if (drl.isEmpty()) throw new PackException(displayDir + ": the pack has no .drl rule files");
        return new Pack(name, version, displayDir, sections, levels, settings, lexicons, mappings, drl);
    }

    private static List<String> list(PackFiles files, String folder, String displayDir) throws PackException {
        try {
            return files.list(folder);
        } catch (IOException e) {
            throw new PackException(displayDir + (folder.isEmpty() ? "" : "/" + folder) + ": cannot list: " + e.getMessage(), e);
        }
    }

    private static String read(PackFiles files, String name, String shown) throws PackException {
        try {
            return files.read(name);
        } catch (IOException e) {
            throw new PackException(shown + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Lines as Files.readAllLines splits them (\n, \r\n or \r), stripped, without blanks and # comments. */
    private static List<String> readList(String text) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int e = i;
            while (e < n && text.charAt(e) != '\n' && text.charAt(e) != '\r') e++;
            String t = text.substring(i, e).strip();
            if (!t.isEmpty() && !t.startsWith("#")) out.add(t);
            i = e < n && text.charAt(e) == '\r' && e + 1 < n && text.charAt(e + 1) == '\n' ? e + 2 : e + 1;
        }
        return List.copyOf(out);
    }

    private static Object loadYaml(String text, String shown) throws PackException {
        try {
            Object doc = new Load(LoadSettings.builder().setLabel(shown).build()).loadFromString(text);
            return doc == null ? Map.of() : doc;
        } catch (MarkedYamlEngineException e) {
            int line = e.getProblemMark().map(m -> m.getLine() + 1).orElse(1);
            throw new PackException(shown + ":" + line + ": " + e.getProblem(), e);
        } catch (YamlEngineException e) {
            throw new PackException(shown + ": " + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object o, String file, String what) throws PackException {
        if (o instanceof Map<?, ?> m) return (Map<String, Object>) m;
        throw new PackException(file + ": " + what + " must be a mapping");
    }

    private static List<?> list(Object o, String file, String what) throws PackException {
        if (o == null) return List.of();
        if (o instanceof List<?> l) return l;
        throw new PackException(file + ": " + what + " must be a list");
    }

    private static String require(Map<String, Object> m, String key, String file, String what) throws PackException {
        Object v = m.get(key);
        if (v == null) throw new PackException(file + ": " + what + " has no '" + key + "'");
        return String.valueOf(v);
    }

    private static String str(Object o, String fallback) {
        return o == null ? fallback : String.valueOf(o);
    }
}
