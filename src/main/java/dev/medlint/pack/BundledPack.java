package dev.medlint.pack;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

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
            URI uri = url.toURI();
            Path packYml;
            if ("jar".equals(uri.getScheme())) {
                FileSystem fs;
                try {
                    fs = FileSystems.newFileSystem(uri, Map.of());
                } catch (FileSystemAlreadyExistsException e) {
                    fs = FileSystems.getFileSystem(uri);
                }
                packYml = fs.provider().getPath(uri);
            } else {
                packYml = Path.of(uri);
            }
            return Pack.load(packYml.getParent(), DISPLAY_DIR);
        } catch (URISyntaxException | IOException e) {
            throw new PackException(DISPLAY_DIR + ": cannot open the bundled pack: " + e.getMessage(), e);
        }
    }
}
