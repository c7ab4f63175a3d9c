package dev.medlint.cli;

import dev.medlint.lint.Target;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Turns the command line's paths into files to lint. A file named on the command line is always
 * linted; directories are walked recursively for the include globs (default *.md, *.markdown,
 * *.txt) minus the exclude globs, skipping hidden folders (.git ...) and node_modules. Globs match
 * the path relative to the directory walked, with or without a leading "**&#47;".
 */
public final class FileCollector {
    public static final List<String> DEFAULT_INCLUDES = List.of("**/*.md", "**/*.markdown", "**/*.txt");

    /** What was found and the paths that do not exist. */
    public record Result(List<Target> targets, List<String> errors) {
    }

    private final Path workingDirectory;
    private final List<PathMatcher> includes;
    private final List<PathMatcher> excludes;

    public FileCollector(Path workingDirectory, List<String> includes, List<String> excludes) {
        this.workingDirectory = workingDirectory.toAbsolutePath().normalize();
        this.includes = matchers(includes.isEmpty() ? DEFAULT_INCLUDES : includes);
        this.excludes = matchers(excludes);
    }

    private static List<PathMatcher> matchers(List<String> globs) {
        List<PathMatcher> out = new ArrayList<>();
        for (String g : globs) {
            out.add(FileSystems.getDefault().getPathMatcher("glob:" + g));
            if (g.startsWith("**/")) out.add(FileSystems.getDefault().getPathMatcher("glob:" + g.substring(3)));
        }
        return out;
    }

    public Result collect(List<String> paths) {
        Set<Path> files = new LinkedHashSet<>();
        List<String> errors = new ArrayList<>();
        for (String p : paths) {
            Path path = workingDirectory.resolve(p).normalize();
            if (Files.isDirectory(path)) {
                TreeSet<Path> found = new TreeSet<>();
                walk(path, found, errors, p);
                files.addAll(found);
            } else if (Files.exists(path, LinkOption.NOFOLLOW_LINKS) || Files.exists(path)) {
                files.add(path);
            } else {
                errors.add(p + ": no such file or directory");
            }
        }
        List<Target> targets = files.stream().map(f -> new Target(f, display(f))).toList();
        return new Result(targets, errors);
    }

    private void walk(Path root, Set<Path> found, List<String> errors, String shown) {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                    if (!dir.equals(root) && (name.startsWith(".") || name.equals("node_modules"))) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    Path rel = root.relativize(dir);
                    if (!dir.equals(root) && matchesAny(excludes, rel)) return FileVisitResult.SKIP_SUBTREE;
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    Path rel = root.relativize(file);
                    if (attrs.isRegularFile() && matchesAny(includes, rel) && !matchesAny(excludes, rel)) found.add(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    errors.add(display(file) + ": cannot read: " + e.getClass().getSimpleName());
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            errors.add(shown + ": cannot read directory: " + e.getMessage());
        }
    }

    private static boolean matchesAny(List<PathMatcher> ms, Path rel) {
        for (PathMatcher m : ms) if (m.matches(rel)) return true;
        return false;
    }

    /** The path as reports show it: relative to the working directory when inside it, "/"-separated. */
    public String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
