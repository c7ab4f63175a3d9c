package dev.medlint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import dev.medlint.pack.RuleFile;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The bundled pack's rules as an executable model, generated from its DRL at build time by
 * kie-maven-plugin (see pom.xml). Building a KieBase from it skips DRL parsing and Java
 * compilation. The build also records, under {@value #SOURCES}, the names and SHA-256 digests of
 * the DRL files the model came from; the model is used only when a pack's DRL files are exactly
 * those, so an edited pack (or a stale build) always falls back to compiling its DRL.
 */
final class PrecompiledModel {
    /** The model's class list, written by kie-maven-plugin for this project's groupId/artifactId. */
    static final String MODEL_LIST = "/META-INF/kie/dev.medlint/medlint/drools-model";
    /** {@code files.txt} (one DRL file name a line) and {@code NAME.drl.sha256} per file. */
    static final String SOURCES = "/medlint/model-sources/";

    private PrecompiledModel() {
    }

    /** A KieBase from the precompiled model if it was generated from exactly these DRL sources. */
    static Optional<KieBase> load(List<RuleFile> sources) throws RuleEngineException {
        if (!matches(sources)) return Optional.empty();
        return build();
    }

    /**
     * A KieBase from the precompiled model, whatever pack it is meant for: callers must check
     * {@link #matches} before using it (this lets the bundled pack's rule base start building
     * before the pack itself has been read). Empty when the build made no model.
     */
    static Optional<KieBase> build() throws RuleEngineException {
        Optional<String> list = resource(MODEL_LIST);
        if (list.isEmpty()) return Optional.empty();
        List<Model> models = new ArrayList<>();
        for (String line : list.get().split("\\R")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("Drools-Model-Version:")) continue;
            try {
                Class<?> type = Class.forName(name, true, PrecompiledModel.class.getClassLoader());
                models.add((Model) type.getDeclaredConstructor().newInstance());
            } catch (ReflectiveOperationException | ClassCastException | LinkageError e) {
                throw new RuleEngineException("the precompiled rule model is broken (" + name + ": " + e + "); rebuild medlint");
            }
        }
        if (models.isEmpty()) return Optional.empty();
        return Optional.of(KieBaseBuilder.createKieBaseFromModel(models));
    }

    /** True when the recorded DRL file names and digests are exactly those of {@code sources}. */
    static boolean matches(List<RuleFile> sources) {
        Optional<String> files = resource(SOURCES + "files.txt");
        if (files.isEmpty()) return false;
        Set<String> recorded = new TreeSet<>();
        for (String line : files.get().split("\\R")) if (!line.isBlank()) recorded.add(line.strip());
        Set<String> given = new TreeSet<>();
        for (RuleFile f : sources) given.add(f.name());
        if (!recorded.equals(given)) return false;
        for (RuleFile f : sources) {
            Optional<String> digest = resource(SOURCES + f.name() + ".sha256");
            if (digest.isEmpty() || !digest.get().strip().equalsIgnoreCase(sha256(f.text()))) return false;
        }
        return true;
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    private static Optional<String> resource(String name) {
        try (InputStream in = PrecompiledModel.class.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
