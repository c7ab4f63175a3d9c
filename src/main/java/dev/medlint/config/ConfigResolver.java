package dev.medlint.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the config for each linted file: the nearest {@value #FILE_NAME} in the file's folder or
 * any folder above it, up to the filesystem root (nearest wins; configs are not merged), or the
 * one given with {@code --config} for every file. Each config file is parsed once. One resolver
 * per run, used from one thread.
 */
public final class ConfigResolver {
    public static final String FILE_NAME = ".medlint.yml";

    private final Path workingDirectory;
    private final Optional<Path> explicit;
    private final Map<Path, Optional<Path>> nearestByDir = new HashMap<>();
    private final Map<Path, Config> parsed = new HashMap<>();

    /**
     * @param workingDirectory what shown paths are relative to
     * @param explicit         the {@code --config} file, if given
     */
    public ConfigResolver(Path workingDirectory, Optional<Path> explicit) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.explicit = explicit.map(p -> this.workingDirectory.resolve(p).normalize());
    }

    /** The config that applies to {@code file}; the defaults when no config file is found. */
    public Config forFile(Path file) throws ConfigException {
        Path abs = workingDirectory.resolve(file).normalize();
        Optional<Path> configFile;
        if (explicit.isPresent()) {
            if (!Files.isRegularFile(explicit.get())) {
                throw new ConfigException(shown(explicit.get()) + ": no such config file");
            }
            configFile = explicit;
        } else {
            configFile = nearest(abs.getParent());
        }
        if (configFile.isEmpty()) return Config.defaults(abs.getParent() == null ? workingDirectory : abs.getParent());
        Config c = parsed.get(configFile.get());
        if (c == null) {
            c = ConfigParser.parse(configFile.get(), shown(configFile.get()));
            parsed.put(configFile.get(), c);
        }
        return c;
    }

    private Optional<Path> nearest(Path dir) {
        if (dir == null) return Optional.empty();
        Optional<Path> known = nearestByDir.get(dir);
        if (known != null) return known;
        Path candidate = dir.resolve(FILE_NAME);
        Optional<Path> found = Files.isRegularFile(candidate) ? Optional.of(candidate) : nearest(dir.getParent());
        nearestByDir.put(dir, found);
        return found;
    }

    /** A path as messages show it: relative to the working directory when inside it, "/"-separated. */
    public String shown(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        Path s = abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs;
        return s.toString().replace('\\', '/');
    }
}
