package dev.medlint.report;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** RFC 3986 URI references for file paths, as SARIF artifact locations need them. */
final class Uris {
    private static final String UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
    private static final String SUB_DELIMS = "!$&'()*+,;=";

    private Uris() {
    }

    /** True for "/x", "C:/x" and "C:\x": paths SARIF must give as absolute file URIs. */
    static boolean isAbsolutePath(String path) {
        return path.startsWith("/") || path.matches("^[A-Za-z]:[/\\\\].*");
    }

    /**
     * A relative reference for a forward-slash relative path: every segment percent-encoded (UTF-8)
     * except unreserved characters, sub-delims and "@". ":" is encoded too, so that a first segment
     * such as "a:b.md" is never read as a scheme. A leading "./" is dropped.
     */
    static String relative(String path) {
        String p = path;
        while (p.startsWith("./")) p = p.substring(2);
        return encodePath(p, false);
    }

    /** "file:///..." for an absolute file path given with "/" (or a drive letter). */
    static String fileUri(String absolutePath) {
        String p = absolutePath.replace('\\', '/');
        if (!p.startsWith("/")) p = "/" + p;
        return "file://" + encodePath(p, true);
    }

    /** The absolute file URI of a directory, always ending in "/" (as SARIF's uriBaseIds require). */
    static String directoryUri(Path dir) {
        String p = dir.toAbsolutePath().normalize().toString().replace(dir.getFileSystem().getSeparator(), "/");
        String uri = fileUri(p);
        return uri.endsWith("/") ? uri : uri + "/";
    }

    private static String encodePath(String path, boolean allowColon) {
        StringBuilder b = new StringBuilder(path.length() + 8);
        for (byte raw : path.getBytes(StandardCharsets.UTF_8)) {
            int c = raw & 0xFF;
            boolean keep = c < 0x80 && (UNRESERVED.indexOf(c) >= 0 || SUB_DELIMS.indexOf(c) >= 0
                    || c == '/' || c == '@' || (allowColon && c == ':'));
            if (keep) {
                b.append((char) c);
            } else {
                b.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
            }
        }
        return b.toString();
    }
}
