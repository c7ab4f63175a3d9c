package dev.medlint.pack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The bundled pack read from inside a jar is the same pack as read from its folder. */
class PackFilesTest {
    private static final Path FOLDER = Path.of("rules/medical-summary");

    @Test
    void aPackInsideAJarLoadsLikeTheFolder(@TempDir Path tmp) throws Exception {
        Path jar = tmp.resolve("medlint.jar");
        try (OutputStream out = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(out);
             Stream<Path> files = Files.walk(FOLDER)) {
            zip.putNextEntry(new ZipEntry("dev/medlint/Other.class")); // entries outside the pack are ignored
            zip.closeEntry();
            for (Path p : files.sorted().toList()) {
                String name = "rules/medical-summary/" + FOLDER.relativize(p).toString().replace('\\', '/');
                if (Files.isDirectory(p)) {
                    if (!p.equals(FOLDER)) zip.putNextEntry(new ZipEntry(name + "/"));
                } else {
                    zip.putNextEntry(new ZipEntry(name));
                    zip.write(Files.readAllBytes(p));
                }
                zip.closeEntry();
            }
        }
        Pack fromFolder = Pack.load(FOLDER, BundledPack.DISPLAY_DIR);
        Pack fromJar;
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            fromJar = Pack.load(PackFiles.jar(zip, "rules/medical-summary/"), BundledPack.DISPLAY_DIR);
        }
        assertThat(fromJar.name()).isEqualTo(fromFolder.name());
        assertThat(fromJar.version()).isEqualTo(fromFolder.version());
        assertThat(fromJar.sections()).isEqualTo(fromFolder.sections());
        assertThat(fromJar.settings()).isEqualTo(fromFolder.settings());
        assertThat(fromJar.lexicons()).isEqualTo(fromFolder.lexicons()).isNotEmpty();
        assertThat(fromJar.mappings()).isEqualTo(fromFolder.mappings());
        assertThat(fromJar.ruleFiles()).isEqualTo(fromFolder.ruleFiles()).isNotEmpty();
        assertThat(fromJar.ruleFiles()).extracting(RuleFile::display).allMatch(d -> d.startsWith("rules/medical-summary/"));
        assertThat(fromJar.evidenceLevels()).extracting(EvidenceLevelDef::id)
                .isEqualTo(fromFolder.evidenceLevels().stream().map(EvidenceLevelDef::id).toList());
    }

    @Test
    void aFolderWithoutPackYmlIsNotAPack(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("rules.drl"), "package x;");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Pack.load(tmp, "mine"))
                .isInstanceOf(PackException.class).hasMessage("mine: not a rule pack (no pack.yml)");
        assertThat(PackFiles.folder(tmp).list("lexicons")).isEqualTo(List.of());
    }
}
