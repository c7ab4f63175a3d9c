package dev.medlint.config;

import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * One entry of a config file's {@code overrides}: rule settings for the files its globs match.
 * Globs are relative to the config file's folder and use Java's glob syntax ({@code *}, {@code **},
 * {@code ?}, {@code {a,b}}, {@code [..]}); a glob without "/" matches a file name in any folder
 * (like {@code .gitignore}), and a leading {@code **}{@code /} also matches no folder at all.
 *
 * @param files the globs as written
 * @param rules the settings, in file order
 * @param line  the 1-based line the entry starts on
 */
public record ConfigOverride(List<String> files, List<RuleSetting> rules, int line) {
    public ConfigOverride {
        files = List.copyOf(files);
        rules = List.copyOf(rules);
    }

    /**
     * Whether a file matches one of the globs.
     *
     * @param directory the config file's folder (absolute)
     * @param file      the file (absolute)
     */
    public boolean matches(Path directory, Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path rel = abs.startsWith(directory) ? directory.relativize(abs) : abs;
        Path name = abs.getFileName();
        for (PathMatcher m : matchers(files)) {
            Path subject = m instanceof NameMatcher ? name : rel;
            if (subject != null && m.matches(subject)) return true;
        }
        return false;
    }

    /** Compiles globs; throws IllegalArgumentException for a malformed one. */
    static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String raw : globs) {
            String g = raw.strip();
            while (g.startsWith("./")) g = g.substring(2);
            PathMatcher m = FileSystems.getDefault().getPathMatcher("glob:" + g);
            if (!g.contains("/")) {
                out.add(new NameMatcher(m));
                continue;
            }
            out.add(m);
            if (g.startsWith("**/")) out.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
        }
        return out;
    }

    /** A glob without "/" that is tried on the file name. */
    private record NameMatcher(PathMatcher glob) implements PathMatcher {
        @Override
        public boolean matches(Path path) {
            return glob.matches(path);
        }
    }
}
