package dev.medlint.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** medlint's version, from the build (Maven filters it into medlint.properties). */
public final class Version implements CommandLine.IVersionProvider {
    public static final String INFORMATION_URI = "https://github.com/medlint/medlint";

    public static String get() {
        Properties p = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/dev/medlint/medlint.properties")) {
            if (in != null) p.load(in);
        } catch (IOException e) {
            return "unknown";
        }
        return p.getProperty("version", "unknown");
    }

    @Override
    public String[] getVersion() {
        return new String[] {"medlint " + get()};
    }
}
