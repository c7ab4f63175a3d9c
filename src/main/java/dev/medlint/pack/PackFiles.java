package dev.medlint.pack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a rule pack, by name relative to the pack's folder ({@code "pack.yml"},
 * {@code "lexicons/hype.txt"}): a folder on disk, or a folder inside the medlint jar. The jar is read
 * with {@link ZipFile}, which shares the central directory the class loader already read, rather
 * than a zip file system, which indexes all of the jar's ten thousand entries again (about a tenth
 * of a second of every run's start).
 */
interface PackFiles {
    boolean isFile(String name);

    /** Names of the regular files directly inside {@code folder} ({@code ""} for the pack's own), sorted. */
    List<String> list(String folder) throws IOException;

    String read(String name) throws IOException;

    static PackFiles folder(Path dir) {
        return new PackFiles() {
            @Override
            public boolean isFile(String name) {
                return Files.isRegularFile(dir.resolve(name));
            }

            @Override
            public List<String> list(String folder) throws IOException {
                Path d = folder.isEmpty() ? dir : dir.resolve(folder);
                if (!Files.isDirectory(d)) return List.of();
                String prefix = folder.isEmpty() ? "" : folder + "/";
                try (Stream<Path> s = Files.list(d)) {
                    return s.filter(Files::isRegularFile).map(p -> prefix + p.getFileName()).sorted().toList();
                }
            }

            @Override
            public String read(String name) throws IOException {
                return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
            }
        };
    }

    /** The entries under {@code prefix} (ending in '/') of an open jar, which the caller keeps open. */
    static PackFiles jar(ZipFile zip, String prefix) {
        TreeMap<String, ZipEntry> entries = new TreeMap<>();
        zip.stream().filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                .forEach(e -> entries.put(e.getName().substring(prefix.length()), e));
        return new PackFiles() {
            @Override
            public boolean isFile(String name) {
                return entries.containsKey(name);
            }

            @Override
            public List<String> list(String folder) {
                String p = folder.isEmpty() ? "" : folder + "/";
                List<String> out = new ArrayList<>();
                for (String name : entries.keySet()) {
                    if (name.startsWith(p) && name.indexOf('/', p.length()) < 0) out.add(name);
                }
                return out;
            }

            @Override
            public String read(String name) throws IOException {
                ZipEntry e = entries.get(name);
                if (e == null) throw new IOException("no such file in the medlint jar");
                try (InputStream in = zip.getInputStream(e)) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        };
    }
}
