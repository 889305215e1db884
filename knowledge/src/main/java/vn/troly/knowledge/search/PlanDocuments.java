package vn.troly.knowledge.search;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Section;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.text.VietnameseAnalyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static vn.troly.knowledge.search.KnowledgeIndex.BODY;
import static vn.troly.knowledge.search.KnowledgeIndex.COMMUNE;
import static vn.troly.knowledge.search.KnowledgeIndex.DISPLAY;
import static vn.troly.knowledge.search.KnowledgeIndex.ID;
import static vn.troly.knowledge.search.KnowledgeIndex.KIND;
import static vn.troly.knowledge.search.KnowledgeIndex.PLAN;
import static vn.troly.knowledge.search.KnowledgeIndex.PLAN_HASH;
import static vn.troly.knowledge.search.KnowledgeIndex.PLAN_KIND;
import static vn.troly.knowledge.search.KnowledgeIndex.TITLE;

/** The index's documents of one plan: a marker with the plan's version, and one per indicator, task and section. */
final class PlanDocuments {

    /** Searched by terms only (bigrams replace phrase queries), so positions are not indexed. */
    private static final FieldType TERMS = termsOnly();

    private PlanDocuments() {
    }

    static List<Document> of(Plan plan, String version) {
        List<Document> docs = new ArrayList<>();
        Document marker = new Document();
        marker.add(new StringField(KIND, PLAN_KIND, Field.Store.YES));
        marker.add(new StringField(PLAN, plan.id(), Field.Store.YES));
        marker.add(new StringField(PLAN_HASH, version, Field.Store.NO));
        docs.add(marker);
        for (Indicator indicator : plan.indicators()) {
            String body = join(String.join(" ", indicator.source().groups()), indicator.unit(),
                    indicator.targets().stream().map(Target::raw).collect(Collectors.joining(" ")),
                    indicator.tasks(), indicator.legalBasis(), indicator.note());
            docs.add(document(DocKind.INDICATOR, indicator.id(), plan, indicator.name(), indicator.name(), body));
        }
        for (Task task : plan.tasks()) {
            String body = join(String.join(" ", task.source().groups()), task.objective(), task.output(), task.note());
            docs.add(document(DocKind.TASK, task.id(), plan, task.name(), task.name(), body));
        }
        for (Section section : plan.sections()) {
            String title = join(section.number(), section.heading());
            String path = String.join(" ", section.path());
            docs.add(document(DocKind.SECTION, plan.id() + "#" + section.id(), plan, title, title,
                    join(path, section.text())));
        }
        return docs;
    }

    private static Document document(DocKind kind, String id, Plan plan, String display, String title, String body) {
        Document doc = new Document();
        doc.add(new StringField(KIND, kind.name(), Field.Store.YES));
        doc.add(new StringField(ID, id, Field.Store.YES));
        doc.add(new StringField(COMMUNE, plan.communeId(), Field.Store.YES));
        doc.add(new StringField(PLAN, plan.id(), Field.Store.YES));
        doc.add(new StoredField(DISPLAY, display));
        for (String suffix : List.of(VietnameseAnalyzer.FOLDED, VietnameseAnalyzer.EXACT, VietnameseAnalyzer.BIGRAMS)) {
            doc.add(new Field(TITLE + suffix, title, TERMS));
        }
        // exact spelling only matters for ranking, and titles carry it
        doc.add(new Field(BODY + VietnameseAnalyzer.FOLDED, body, TERMS));
        doc.add(new Field(BODY + VietnameseAnalyzer.BIGRAMS, body, TERMS));
        return doc;
    }

    private static FieldType termsOnly() {
        FieldType type = new FieldType(TextField.TYPE_NOT_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        type.freeze();
        return type;
    }

    private static String join(String... parts) {
        return Stream.of(parts).filter(Objects::nonNull).filter(p -> !p.isBlank()).collect(Collectors.joining(" "));
    }
}
