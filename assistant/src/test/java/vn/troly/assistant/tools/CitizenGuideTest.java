package vn.troly.assistant.tools;

import org.junit.jupiter.api.Test;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.knowledge.text.SynonymTable;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitizenGuideTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final CitizenGuide guide = new CitizenGuide(normalizer, SynonymTable.loadDefault(normalizer));

    @Test
    void everyArticleFileIsListedAndHasTitleKeywordsAndSources() throws Exception {
        List<String> files;
        try (Stream<Path> list = Files.list(Path.of("../prompts/citizen"))) {
            files = list.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".md") && !n.equals("README.md")).sorted().toList();
        }
        assertEquals(files, Prompts.listed("citizen").stream().map(f -> f.substring("citizen/".length())).sorted().toList());
        for (CitizenArticle article : guide.articles()) {
            assertFalse(article.keywords().isEmpty(), article.id());
            assertFalse(article.sources().isBlank(), article.id());
            assertFalse(article.body().isBlank(), article.id());
        }
    }

    @Test
    void findsTheArticleWhateverTheWording() {
        assertEquals("vneid-muc-2", guide.best("cai vneid the nao").orElseThrow().id());
        assertEquals("dvctt-toan-trinh", guide.best("DVCTT toàn trình là gì?").orElseThrow().id());
        assertTrue(guide.best("giá vàng hôm nay").isEmpty());
    }

    /** Everyday words are read as the plans' terms (the thesaurus), as the articles' titles are written. */
    @Test
    void readsEverydayWordsAsThePlansTerms() {
        assertEquals("nop-ho-so-truc-tuyen", guide.best("nộp hồ sơ qua net thế nào").orElseThrow().id());
        assertEquals("so-hoa-ho-so", guide.best("quét giấy tờ có lợi gì cho người dân").orElseThrow().id());
        assertEquals("vneid-muc-2", guide.best("app công an là gì").orElseThrow().id());
        assertEquals("thanh-toan-truc-tuyen", guide.best("đóng phí bằng ví momo thế nào").orElseThrow().id());
    }
}
