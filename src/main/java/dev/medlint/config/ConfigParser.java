package dev.medlint.config;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.nodes.Tag;

/**
 * Reads a {@code .medlint.yml}. The YAML is composed into a node tree (not loaded into maps) so every
 * error names the line it is on: {@code PATH:LINE: message}. Unknown keys, bad values and malformed
 * globs are errors; rule ids are checked later against the pack ({@link Config#checkRuleIds}).
 * Stateless and thread-safe.
 */
public final class ConfigParser {
    static final String KEYS = "pack, fail-on, rules, overrides";

    private ConfigParser() {
    }

    /**
     * Parses a config file.
     *
     * @param file  the file (its folder is what the pack and the globs are relative to)
     * @param shown the file as messages show it
     */
    public static Config parse(Path file, String shown) throws ConfigException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ConfigException(shown + ": cannot read the config file: " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new ConfigException(shown + ": the config file is not valid UTF-8", e);
        }
        return parse(text, file.toAbsolutePath().normalize(), shown);
    }

    /** Parses config text as if it were the file {@code file} (absolute). */
    public static Config parse(String text, Path file, String shown) throws ConfigException {
        return new ConfigParser.Reader(shown).read(text, file);
    }

    /** One parse: knows the file name for messages. */
    private record Reader(String shown) {
        Config read(String text, Path file) throws ConfigException {
            Optional<Node> root;
            try {
                root = new Compose(LoadSettings.builder().setLabel(shown).build()).composeString(text);
            } catch (MarkedYamlEngineException e) {
                int line = e.getProblemMark().or(e::getContextMark).map(m -> m.getLine() + 1).orElse(1);
                throw new ConfigException(shown + ":" + line + ": not valid YAML: " + oneLine(e.getProblem()), e);
            } catch (YamlEngineException e) {
                throw new ConfigException(shown + ": not valid YAML: " + oneLine(e.getMessage()), e);
            }
            Path dir = file.getParent();
            Config empty = new Config(Optional.of(file), shown, dir, Optional.empty(), Optional.empty(), List.of(), List.of());
            if (root.isEmpty() || isNull(root.get())) return empty;
            MappingNode map = mapping(root.get(), "the config file", "a mapping of " + KEYS);
            Optional<PackRef> pack = Optional.empty();
            Optional<FailOn> failOn = Optional.empty();
            List<RuleSetting> rules = List.of();
            List<ConfigOverride> overrides = List.of();
            for (NodeTuple t : entries(map)) {
                String key = key(t);
                Node value = t.getValueNode();
                switch (key) {
                    case "pack" -> {
                        String v = scalar(value, "pack", "a rule pack folder");
                        if (v.isBlank()) throw error(value, "pack must be a rule pack folder, not empty");
                        pack = Optional.of(new PackRef(dir.resolve(v.strip()).normalize(), v.strip(), line(t.getKeyNode())));
                    }
                    case "fail-on" -> {
                        String v = scalar(value, "fail-on", "error, warning, info or never");
                        failOn = Optional.of(FailOn.parse(v).orElseThrow(() ->
                                error(value, "fail-on must be error, warning, info or never, not '" + v + "'")));
                    }
                    case "rules" -> rules = rules(value, "rules");
                    case "overrides" -> overrides = overrides(value);
                    default -> throw error(t.getKeyNode(), "unknown key '" + key + "' (expected " + KEYS + ")");
                }
            }
            return new Config(Optional.of(file), shown, dir, pack, failOn, rules, overrides);
        }

        private List<RuleSetting> rules(Node value, String where) throws ConfigException {
            if (isNull(value)) return List.of();
            MappingNode map = mapping(value, where, "a mapping of rule-id: off | on | error | warning | info");
            List<RuleSetting> out = new ArrayList<>();
            for (NodeTuple t : entries(map)) {
                String id = key(t);
                Node v = t.getValueNode();
                String level = scalar(v, "rule '" + id + "'", "off, on, error, warning or info");
                RuleLevel l = RuleLevel.parse(level).orElseThrow(() ->
                        error(v, "rule '" + id + "' must be off, on, error, warning or info, not '" + level + "'"));
                out.add(new RuleSetting(id, l, line(t.getKeyNode())));
            }
            return out;
        }

        private List<ConfigOverride> overrides(Node value) throws ConfigException {
            if (isNull(value)) return List.of();
            if (!(value instanceof SequenceNode seq)) {
                throw error(value, "overrides must be a list of {files: [globs], rules: {...}}");
            }
            List<ConfigOverride> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                MappingNode map = mapping(item, "each override", "a mapping with files and rules");
                List<String> files = null;
                List<RuleSetting> rules = List.of();
                for (NodeTuple t : entries(map)) {
                    String key = key(t);
                    switch (key) {
                        case "files" -> files = globs(t.getValueNode());
                        case "rules" -> rules = rules(t.getValueNode(), "an override's rules");
                        default -> throw error(t.getKeyNode(), "unknown key '" + key + "' in an override (expected files, rules)");
                    }
                }
                if (files == null) throw error(item, "an override needs files: [globs]");
                out.add(new ConfigOverride(files, rules, line(item)));
            }
            return out;
        }

        private List<String> globs(Node value) throws ConfigException {
            List<Node> items;
            if (value instanceof SequenceNode seq) {
                items = seq.getValue();
            } else if (value instanceof ScalarNode && !isNull(value)) {
                items = List.of(value);
            } else {
                throw error(value, "files must be a glob or a list of globs");
            }
            if (items.isEmpty()) throw error(value, "files must name at least one glob");
            List<String> out = new ArrayList<>();
            for (Node n : items) {
                String g = scalar(n, "each glob in files", "a glob such as 'drafts/**/*.md'");
                if (g.isBlank()) throw error(n, "a glob in files is empty");
                try {
                    ConfigOverride.matchers(List.of(g));
                } catch (IllegalArgumentException e) {
                    throw error(n, "bad glob '" + g + "': " + oneLine(e.getMessage()));
                }
                out.add(g.strip());
            }
            return out;
        }

        private List<NodeTuple> entries(MappingNode map) throws ConfigException {
            Set<String> seen = new HashSet<>();
            for (NodeTuple t : map.getValue()) {
                String k = key(t);
                if (!seen.add(k)) throw error(t.getKeyNode(), "'" + k + "' is given twice");
            }
            return map.getValue();
        }

        private String key(NodeTuple t) throws ConfigException {
            if (!(t.getKeyNode() instanceof ScalarNode s) || isNull(s)) {
                throw error(t.getKeyNode(), "keys must be plain names");
            }
            return s.getValue().strip();
        }

        private MappingNode mapping(Node n, String what, String expected) throws ConfigException {
            if (n instanceof MappingNode m) return m;
            throw error(n, what + " must be " + expected);
        }

        private String scalar(Node n, String what, String expected) throws ConfigException {
            if (n instanceof ScalarNode s && !isNull(s)) return s.getValue();
            throw error(n, what + " must be " + expected);
        }

        private ConfigException error(Node n, String message) {
            return new ConfigException(shown + ":" + line(n) + ": " + message);
        }
    }

    private static boolean isNull(Node n) {
        return n instanceof ScalarNode && Tag.NULL.equals(n.getTag());
    }

    private static int line(Node n) {
        return n.getStartMark().map(Mark::getLine).orElse(0) + 1;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
