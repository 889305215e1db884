package vn.troly.knowledge.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.plan.PlanParser;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.InputStream;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A technical term typed in two pieces finds the rows that write it whole, and nothing else is joined. */
class SplitTermsTest {

    private static final VietnameseNormalizer NORMALIZER = new VietnameseNormalizer();
    private static KnowledgeIndex index;

    @BeforeAll
    static void indexSamples() throws Exception {
        PlanParser parser = new PlanParser(NORMALIZER, AgencyDirectory.loadDefault(NORMALIZER));
        index = KnowledgeIndex.inMemory(NORMALIZER, SynonymTable.loadDefault(NORMALIZER));
        for (String commune : List.of("binh-giang", "phu-trung")) {
            try (InputStream in = SplitTermsTest.class.getResourceAsStream("/corpus/" + commune + ".txt")) {
                index.replacePlan(parser.parse(commune + ".txt", Objects.requireNonNull(in).readAllBytes()), "h1");
            }
        }
    }

    @AfterAll
    static void close() throws Exception {
        index.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"ip v6 năm 2027 | hai-phong/binh-giang | IPv6", "dùng IP v6 | hai-phong/binh-giang | IPv6",
            "băng rộng 5 G | dong-nai/phu-trung | 5G"})
    void aTermTypedInTwoPiecesFindsTheRowThatWritesItWhole(String query, String commune, String term) {
        List<SearchHit> hits = index.search(SearchRequest.of(query, commune, 5));
        assertFalse(hits.isEmpty(), query);
        assertTrue(hits.get(0).title().contains(term), hits.get(0).title());
        assertTrue(hits.get(0).coverage() >= 0.6, hits.toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"năm 2026|năm 2026", "mức 2|mức 2", "ip v6|ipv6", "5 G|5G", "IP V6 và 4 g|IPV6 và 4g"})
    void onlyPiecesThePlansWriteWholeAreJoined(String text, String joined) {
        assertEquals(joined, SplitTerms.join(text, Set.of("ipv6", "5g", "4g")::contains));
    }
}
