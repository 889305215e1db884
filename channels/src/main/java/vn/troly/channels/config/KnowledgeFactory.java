package vn.troly.channels.config;

import io.micronaut.context.annotation.Bean;
import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.library.ParsedPlans;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.search.KnowledgeIndex;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/** Wires the knowledge module: plans from the sample corpus, the corpus folder and earlier uploads, indexed on disk. */
@Factory
public class KnowledgeFactory {

    @Singleton
    VietnameseNormalizer normalizer() {
        return new VietnameseNormalizer();
    }

    @Singleton
    SynonymTable synonyms(VietnameseNormalizer normalizer) {
        return SynonymTable.loadDefault(normalizer);
    }

    @Singleton
    AgencyDirectory agencies(VietnameseNormalizer normalizer) {
        return AgencyDirectory.loadDefault(normalizer);
    }

    @Singleton
    PlanParser planParser(VietnameseNormalizer normalizer, AgencyDirectory agencies,
                          @Value("${assistant.plans.ocr-command:}") String ocrCommand) {
        // scanned PDFs are read only where a deployment names its OCR command; elsewhere they are refused with a reason
        return new PlanParser(normalizer, agencies, ocrCommand.isBlank() ? null : ocrCommand);
    }

    @Singleton
    @Bean(preDestroy = "close")
    KnowledgeIndex knowledgeIndex(VietnameseNormalizer normalizer, SynonymTable synonyms,
                                  @Value("${assistant.data-dir:./data}") String dataDir,
                                  @Value("${assistant.index.in-memory:false}") boolean inMemory) {
        // the CLI's read-only commands: the running service may hold the folder's index, and they change nothing
        return inMemory ? KnowledgeIndex.inMemory(normalizer, synonyms)
                : KnowledgeIndex.open(normalizer, synonyms, Path.of(dataDir, "index"));
    }

    /** Loaded at start-up, so the first question does not wait for parsing. */
    @Context
    PlanLibrary planLibrary(PlanParser parser, KnowledgeIndex index,
                            @Value("${assistant.data-dir:./data}") String dataDir,
                            @Value("${assistant.corpus-dir:}") String corpusDirs,
                            @Value("${assistant.sample-corpus:true}") boolean samples,
                            @Value("${assistant.index.in-memory:false}") boolean inMemory) {
        // the CLI's in-memory runs (assistant.index.in-memory) parse afresh and leave the service's folder alone
        ParsedPlans parsed = inMemory ? null : new ParsedPlans(Path.of(dataDir, "parsed"), parser.fingerprint());
        PlanLibrary library = new PlanLibrary(parser, index, Path.of(dataDir, "plans"), parsed);
        List<Path> folders = Arrays.stream(corpusDirs.split("[,;]")).map(String::strip).filter(s -> !s.isEmpty())
                .map(Path::of).toList();
        library.load(samples, folders);
        return library;
    }
}
