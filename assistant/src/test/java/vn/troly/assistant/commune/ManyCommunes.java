package vn.troly.assistant.commune;

import vn.troly.assistant.engine.AssistantEngine;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.TestAssistant;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The five sample plans and copies of Lợi Bác's (the smallest) under other communes' names, each in a province:
 * enough communes that no reply may list them all.
 */
final class ManyCommunes {

    final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    final AgencyDirectory agencies = AgencyDirectory.loadDefault(normalizer);
    final SynonymTable synonyms = SynonymTable.loadDefault(normalizer);
    final PlanLibrary library;
    final AssistantEngine engine;

    /** @param communes name and province of each copy, e.g. {"An Phước", "Đồng Nai"} */
    ManyCommunes(Path folder, List<String[]> communes) {
        String loiBac = resource("/corpus/loi-bac.txt");
        try {
            for (String[] commune : communes) {
                String text = loiBac.replace("Lợi Bác", commune[0])
                        .replaceFirst("\\)", ") Thực hiện Kế hoạch của UBND tỉnh " + commune[1] + ".");
                String file = new PlanParser(normalizer, agencies).communeId(commune[1] + " " + commune[0]) + ".txt";
                Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        library = new PlanLibrary(new PlanParser(normalizer, agencies), KnowledgeIndex.inMemory(normalizer, synonyms), null);
        library.load(true, List.of(folder));
        engine = AssistantEngine.create(library, agencies, normalizer, synonyms, TestAssistant.CLOCK, null, null, false,
                new Conversations(), 0);
    }

    private static String resource(String path) {
        try (InputStream in = ManyCommunes.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
