package dev.medlint.nlp;

import dev.medlint.page.MappedText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

/**
 * Splits text into sentences with OpenNLP's English sentence model (from the
 * {@code opennlp-models-sentdetect-en} artifact, loaded once per process), then undoes splits the
 * model makes after abbreviations (the pack's {@code lexicons/abbreviations.txt}; see its header for
 * the merge policy). Sentences are trimmed of surrounding whitespace.
 *
 * <p>Thread-safe: the model is shared and immutable; each thread gets its own
 * {@link SentenceDetectorME} (which is not thread-safe) through a {@link ThreadLocal}.
 */
public final class SentenceSplitter {
    /** The model file at the root of the opennlp-models-sentdetect-en jar. */
    static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";
    private static final String NEVER_FINAL = "never-final";

    /** A half-open character range [start, end) of the split text. */
    public record Range(int start, int end) {
    }

    /** @param lower the abbreviation lower-cased (Locale.ROOT), as sentences are compared */
    private record Abbreviation(String text, String lower, boolean neverFinal) {
    }

    private final List<Abbreviation> abbreviations;
    private final ThreadLocal<SentenceDetectorME> detector;
    private final boolean modelOnly;

    /**
     * @param abbreviationEntries lines of the abbreviations lexicon: an abbreviation, optionally
     *                            followed by {@code never-final}
     */
    public SentenceSplitter(List<String> abbreviationEntries) {
        this(abbreviationEntries, false);
    }

    /** @param modelOnly always ask the model, even where it has no choice (for tests of the shortcut) */
    SentenceSplitter(List<String> abbreviationEntries, boolean modelOnly) {
        this.modelOnly = modelOnly;
        List<Abbreviation> list = new ArrayList<>();
        for (String entry : abbreviationEntries) {
            String[] parts = entry.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) continue;
            boolean never = parts[parts.length - 1].equalsIgnoreCase(NEVER_FINAL);
            int words = never ? parts.length - 1 : parts.length;
            if (words == 0) continue;
            String text = String.join(" ", java.util.Arrays.copyOf(parts, words));
            list.add(new Abbreviation(text, text.toLowerCase(Locale.ROOT), never));
        }
        this.abbreviations = List.copyOf(list);
        SentenceModel model = ModelHolder.MODEL;
        this.detector = ThreadLocal.withInitial(() -> new SentenceDetectorME(model));
    }

    /** Sentence ranges of {@code text}, trimmed, in order; empty for blank text. */
    public List<Range> ranges(String text) {
        List<Range> out = new ArrayList<>();
        if (text.isBlank()) return out;
        if (!modelOnly && isOneSentence(text)) {
            Range r = trim(text, modelTrimStart(text), modelTrimEnd(text));
            if (r == null) r = trim(text, 0, text.length());
            if (r != null) out.add(r);
            return out;
        }
        Span[] spans = detector.get().sentPosDetect(text);
        List<Range> pieces = new ArrayList<>();
        for (Span s : spans) {
            Range r = trim(text, s.getStart(), s.getEnd());
            if (r != null) pieces.add(r);
        }
        if (pieces.isEmpty()) {
            Range r = trim(text, 0, text.length());
            if (r != null) pieces.add(r);
        }
        for (Range piece : pieces) {
            if (!out.isEmpty() && shouldMerge(text, out.get(out.size() - 1), piece)) {
                Range prev = out.remove(out.size() - 1);
                out.add(new Range(prev.start(), piece.end()));
            } else {
                out.add(piece);
            }
        }
        return out;
    }

    /** The sentences of {@code text} as trimmed sub-texts that keep their source offsets. */
    public List<MappedText> split(MappedText text) {
        List<MappedText> out = new ArrayList<>();
        for (Range r : ranges(text.text())) out.add(text.sub(r.start(), r.end()));
        return out;
    }

    private boolean shouldMerge(String text, Range prev, Range next) {
        String before = text.substring(prev.start(), prev.end());
        char first = text.charAt(next.start());
        boolean continues = Character.isLowerCase(first) || Character.isDigit(first) || first == '(';
        // A split where the first piece has no sentence-final punctuation is the model's error
        // ("given as 0.5 | mL."): a sentence ends with . ! ? (or a closing quote/bracket after one).
        if (!endsSentence(before)) return true;
        String lower = before.toLowerCase(Locale.ROOT);
        for (Abbreviation a : abbreviations) {
            String abbr = a.lower();
            if (!lower.endsWith(abbr)) continue;
            int at = lower.length() - abbr.length();
            if (at > 0 && Character.isLetterOrDigit(lower.charAt(at - 1))) continue;
            if (a.neverFinal() || continues) return true;
        }
        return false;
    }

    /**
     * A sentence-final {@code . ! ? \u2026}, optionally followed by closing quotes or brackets: what
     * {@code [.!?\u2026]["'\u201D\u2019)\]]*$} finds, without scanning the whole sentence: a match can only end
     * where {@code $} matches, at the very end or just before a final line terminator.
     */
    static boolean endsSentence(String s) {
        int n = s.length();
        if (endsSentenceAt(s, n)) return true;
        if (n >= 2 && s.charAt(n - 2) == '\r' && s.charAt(n - 1) == '\n') return endsSentenceAt(s, n - 2);
        if (n >= 1 && "\n\r\u0085\u2028\u2029".indexOf(s.charAt(n - 1)) >= 0) return endsSentenceAt(s, n - 1);
        return false;
    }

    private static boolean endsSentenceAt(String s, int end) {
        int i = end;
        while (i > 0 && "\"'\u201D\u2019)]".indexOf(s.charAt(i - 1)) >= 0) i--;
        return i > 0 && ".!?\u2026".indexOf(s.charAt(i - 1)) >= 0;
    }

    /**
     * True when the model has no choice to make: its end-of-sentence scanner only considers
     * {@code . ! ?}, and here there is none, or one as the last non-blank character, where a split
     * or no split gives the same single sentence. List items, headings and one-line paragraphs,
     * about half of a page's blocks, skip the model this way (SentenceSplitterFastPathTest checks
     * the answer is the model's on every block of the fixtures and corpus and on random text).
     */
    static boolean isOneSentence(String text) {
        int last = text.length() - 1;
        while (last >= 0 && isModelSpace(text.charAt(last))) last--;
        for (int i = 0; i < last; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?') return false;
        }
        return true;
    }

    /** Where the model's span of the whole text starts: it trims what OpenNLP counts as white space. */
    private static int modelTrimStart(String text) {
        int s = 0;
        while (s < text.length() && isModelSpace(text.charAt(s))) s++;
        return s;
    }

    private static int modelTrimEnd(String text) {
        int e = text.length();
        while (e > 0 && isModelSpace(text.charAt(e - 1))) e--;
        return e;
    }

    /** OpenNLP's white space: Java's, plus the space separators (no-break space and the like). */
    private static boolean isModelSpace(char c) {
        return Character.isWhitespace(c) || Character.getType(c) == Character.SPACE_SEPARATOR;
    }

    private static Range trim(String text, int start, int end) {
        int s = Math.max(0, start);
        int e = Math.min(text.length(), end);
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return e > s ? new Range(s, e) : null;
    }

    /** Loads the model once per process, on first use (class initialisation is thread-safe). */
    private static final class ModelHolder {
        static final SentenceModel MODEL = load();

        private static SentenceModel load() {
            try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("sentence model " + MODEL_RESOURCE + " is not on the class path");
                }
                return new SentenceModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot load sentence model " + MODEL_RESOURCE, e);
            }
        }
    }
}
