package dev.medlint.pack;

import java.io.IOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.zip.ZipFile;

/** The rule pack shipped with medlint, read from the classpath (the jar or target/classes). */
public final class BundledPack {
    public static final String NAME = "medical-summary";
    public static final String DISPLAY_DIR = "rules/" + NAME;

    private BundledPack() {
    }

    public static Pack load() throws PackException {
        URL url = BundledPack.class.getResource("/" + DISPLAY_DIR + "/pack.yml");
        if (url == null) throw new PackException(DISPLAY_DIR + ": the bundled pack is missing from the medlint build");
        try {
            if ("file".equals(url.getProtocol())) {
                return Pack.load(Path.of(url.toURI()).getParent(), DISPLAY_DIR);
            }
            Path jar = codeSource();
            try (ZipFile zip = new ZipFile(jar.toFile())) {
                return Pack.load(PackFiles.jar(zip, DISPLAY_DIR + "/"), DISPLAY_DIR);
            }
        } catch (URISyntaxException | IOException e) {
            throw new PackException(DISPLAY_DIR + ": cannot open the bundled pack: " + e.getMessage(), e);
        }
    }

    /** The jar medlint runs from. */
    private static Path codeSource() throws URISyntaxException, IOException {
        CodeSource cs = BundledPack.class.getProtectionDomain().getCodeSource();
        if (cs == null || cs.getLocation() == null) throw new IOException("cannot tell which jar medlint runs from");
        Path p = Path.of(cs.getLocation().toURI());
        if (!Files.isRegularFile(p)) throw new IOException(p + " is not a jar");
        return p;
    }
}
