package vn.troly.knowledge.plan;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.troly.knowledge.agency.AgencyDirectory;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The parser against rows extracted by hand from the five sample plans. */
class PlanFixtureTest {

    private final VietnameseNormalizer normalizer = new VietnameseNormalizer();
    private final PlanParser parser = new PlanParser(normalizer, AgencyDirectory.loadDefault(normalizer));
    private final ObjectMapper json = new ObjectMapper();

    @ParameterizedTest
    @ValueSource(strings = {"duong-huu", "phu-trung", "binh-giang", "loi-bac", "vinh-tru"})
    void parsesEveryRowAsTheHandMadeFixtureSays(String communeId) throws Exception {
        Plan plan = parse(communeId);
        JsonNode fixture = resource("/fixtures/plans/" + communeId + ".json");
        List<String> problems = new ArrayList<>();

        assertEquals(fixture.get("communeId").asText(), plan.communeId());
        assertEquals(fixture.get("commune").asText(), plan.commune());
        check(problems, "indicator count", fixture.get("indicatorCount").asInt(), plan.indicators().size());
        check(problems, "task count", fixture.get("taskCount").asInt(), plan.tasks().size());

        Set<String> matched = new HashSet<>();
        for (JsonNode row : fixture.get("rows")) {
            String kind = row.get("kind").asText();
            String label = kind + " " + row.get("stt").asText() + " \"" + abbreviate(row.get("name").asText()) + "\"";
            if (kind.equals("indicator")) {
                Indicator found = findIndicator(plan, row, matched);
                if (found == null) {
                    problems.add(label + ": not found");
                    continue;
                }
                check(problems, label + " lead", names(row.get("lead")), canonical(found.lead()));
                check(problems, label + " implementers", names(row.get("implementers")), canonical(found.implementers()));
                check(problems, label + " coordinating", names(row.get("coordinating")), canonical(found.coordinating()));
                check(problems, label + " targets", targets(row.get("targets")),
                        found.targets().stream().map(this::target).collect(Collectors.toList()));
                check(problems, label + " deadline", text(row.get("deadline")),
                        found.deadline() == null ? null : fold(found.deadline().raw()));
                check(problems, label + " unit", text(row.get("unit")), found.unit() == null ? null : fold(found.unit()));
            } else {
                Task found = findTask(plan, row, matched);
                if (found == null) {
                    problems.add(label + ": not found");
                    continue;
                }
                check(problems, label + " kind", kind.toUpperCase(), found.kind().name());
                check(problems, label + " lead", names(row.get("lead")), canonical(found.lead()));
                check(problems, label + " coordinating", names(row.get("coordinating")), canonical(found.coordinating()));
                check(problems, label + " deadline", text(row.get("deadline")),
                        found.deadline() == null ? null : fold(found.deadline().raw()));
            }
        }
        assertTrue(problems.isEmpty(), communeId + ": " + problems.size() + " differences\n" + String.join("\n", problems));
    }

    private Plan parse(String communeId) throws IOException, PlanParseException {
        try (InputStream in = getClass().getResourceAsStream("/corpus/" + communeId + ".txt")) {
            return parser.parse(communeId + ".txt", Objects.requireNonNull(in).readAllBytes());
        }
    }

    private Indicator findIndicator(Plan plan, JsonNode row, Set<String> matched) {
        return best(plan.indicators(), row, matched, Indicator::id, i -> i.source().stt(), Indicator::name);
    }

    private Task findTask(Plan plan, JsonNode row, Set<String> matched) {
        return best(plan.tasks(), row, matched, Task::id, t -> t.source().stt(), Task::name);
    }

    /** The unmatched row with the same number and the most similar text. */
    private <T> T best(Collection<T> rows, JsonNode expected, Set<String> matched, java.util.function.Function<T, String> id,
                       java.util.function.Function<T, String> stt, java.util.function.Function<T, String> name) {
        String wantedName = fold(expected.get("name").asText());
        T best = null;
        double bestScore = 0.5;
        for (T row : rows) {
            if (matched.contains(id.apply(row)) || !stt.apply(row).equals(expected.get("stt").asText())) {
                continue;
            }
            double score = similarity(wantedName, fold(name.apply(row)));
            if (score > bestScore) {
                best = row;
                bestScore = score;
            }
        }
        if (best != null) {
            matched.add(id.apply(best));
        }
        return best;
    }

    private static double similarity(String a, String b) {
        Set<String> wa = new HashSet<>(List.of(a.split("\\W+")));
        Set<String> wb = new HashSet<>(List.of(b.split("\\W+")));
        Set<String> common = new HashSet<>(wa);
        common.retainAll(wb);
        Set<String> union = new HashSet<>(wa);
        union.addAll(wb);
        return (double) common.size() / union.size();
    }

    private Set<String> names(JsonNode array) {
        Set<String> names = new TreeSet<>();
        if (array != null) {
            array.forEach(n -> names.add(fold(n.asText())));
        }
        return names;
    }

    private Set<String> canonical(List<AgencyRef> refs) {
        return refs.stream().map(r -> fold(r.name())).collect(Collectors.toCollection(TreeSet::new));
    }

    private List<String> targets(JsonNode array) {
        List<String> targets = new ArrayList<>();
        array.forEach(t -> targets.add(String.join("|",
                t.get("period").isNull() ? "*" : t.get("period").asText(),
                t.path("scope").asText("commune"),
                t.get("comparator").asText(),
                t.get("value").isNull() ? "-" : String.valueOf(t.get("value").asDouble()))));
        return targets;
    }

    private String target(Target target) {
        return String.join("|",
                target.period() == null ? "*" : target.period(),
                target.scope().name().toLowerCase(),
                target.comparator().symbol(),
                target.value() == null ? "-" : String.valueOf(target.value()));
    }

    private String text(JsonNode node) {
        return node == null || node.isNull() ? null : fold(node.asText());
    }

    private String fold(String text) {
        return normalizer.fold(text).replaceAll("[^a-z0-9%]+", " ").strip();
    }

    private static String abbreviate(String text) {
        return text.length() > 50 ? text.substring(0, 50) + "…" : text;
    }

    private static void check(List<String> problems, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(what + ": expected " + expected + " but was " + actual);
        }
    }

    private JsonNode resource(String path) throws IOException {
        try (InputStream in = getClass().getResourceAsStream(path)) {
            return json.readTree(Objects.requireNonNull(in, path));
        }
    }
}
