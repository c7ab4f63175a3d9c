package dev.medlint.nlp;

import dev.medlint.facts.LevelRank;
import dev.medlint.facts.PageFact;
import dev.medlint.facts.RequiredSection;
import dev.medlint.facts.SectionFact;
import dev.medlint.facts.Setting;
import dev.medlint.pack.EvidenceLevelDef;
import dev.medlint.pack.Pack;
import dev.medlint.pack.SectionDef;
import dev.medlint.page.Page;
import dev.medlint.page.Section;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The page's shape and the pack's settings as facts: one {@link PageFact}, a {@link SectionFact}
 * per known section present, and from the pack the required sections, numeric settings and the
 * evidence-level ranks, so rules compare by name rather than by hard-coded numbers.
 */
public final class StructureAnnotator implements Annotator {
    private final List<RequiredSection> required;
    private final List<Setting> settings;
    private final List<LevelRank> ranks;

    public StructureAnnotator(Pack pack) {
        this.required = pack.sections().stream().filter(SectionDef::required)
                .map(s -> new RequiredSection(s.key(), s.title())).toList();
        this.settings = pack.settings().entrySet().stream().map((Map.Entry<String, Double> e) -> new Setting(e.getKey(), e.getValue())).toList();
        this.ranks = pack.evidenceLevels().stream().map((EvidenceLevelDef l) -> new LevelRank(l.id(), l.rank())).toList();
    }

    @Override
    public void annotate(Page page, Consumer<Object> facts) {
        facts.accept(new PageFact(page.path(), page.compound(), page.condition(), page.isEmpty()));
        for (Section s : page.sections()) {
            if (!s.key().isEmpty()) facts.accept(new SectionFact(s.key(), s.title(), s.headingSpan()));
        }
        required.forEach(facts);
        settings.forEach(facts);
        ranks.forEach(facts);
    }
}
