package vn.troly.assistant.understand;

import vn.troly.assistant.prompt.Prompts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The decision table of {@code prompts/intents.yml}: cues and subject → intent. Every rule is tried; the one with most
 * conditions met wins; only between rules that meet as many does the one written first win.
 */
public final class IntentTable {

    private static final int STRONG = 10;

    /** What the table is asked about: the cues (as a set, and in the order the question says them) and the subject. */
    public record Subject(List<Cue> cueOrder, Set<Cue> cues, boolean topic, boolean agency, boolean window, boolean value) {

        public static Subject of(List<Cue> cueOrder, boolean topic, boolean agency, boolean window, boolean value) {
            Set<Cue> cues = cueOrder.isEmpty() ? EnumSet.noneOf(Cue.class) : EnumSet.copyOf(cueOrder);
            return new Subject(cueOrder, cues, topic, agency, window, value);
        }

        /** Where the first cue of a rule stands in the question: the question's first cue is its headline. */
        int firstOf(Rule rule) {
            for (int i = 0; i < cueOrder.size(); i++) {
                Cue c = cueOrder.get(i);
                if (rule.all().contains(c) || rule.any().contains(c)) {
                    return i;
                }
            }
            return cueOrder.size();
        }
    }

    /** The intent chosen and the row facets asked for, in the order asked. */
    public record Decision(Intent intent, List<Intent> facets) {
    }

    /** One line of the table. */
    public record Rule(Intent intent, Set<Cue> all, Set<Cue> any, Set<Cue> none, Boolean topic, Boolean agency,
                       boolean window, boolean value, boolean strong, List<String> examples) {

        boolean matches(Subject s) {
            return s.cues().containsAll(all) && (any.isEmpty() || any.stream().anyMatch(s.cues()::contains))
                    && none.stream().noneMatch(s.cues()::contains)
                    && (topic == null || topic == s.topic()) && (agency == null || agency == s.agency())
                    && (!window || s.window()) && (!value || s.value());
        }

        int score() {
            return all.size() + (any.isEmpty() ? 0 : 1) + (topic == null ? 0 : 1) + (agency == null ? 0 : 1)
                    + (window ? 1 : 0) + (value ? 1 : 0) + (strong ? STRONG : 0);
        }
    }

    private final List<Rule> rules;

    public IntentTable(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    public static IntentTable load() {
        return new IntentTable(parse(Prompts.yaml("intents.yml")));
    }

    public List<Rule> rules() {
        return rules;
    }

    public Decision decide(Subject subject) {
        Rule winner = null;
        List<Rule> rowRules = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.matches(subject)) {
                continue;
            }
            if (rule.intent().rowFacet()) {
                rowRules.add(rule);
            }
            if (winner == null || rule.score() > winner.score()) {
                winner = rule;
            }
        }
        if (winner == null) {
            return new Decision(Intent.INFO, List.of());
        }
        if (!winner.intent().rowFacet()) {
            return new Decision(winner.intent(), List.of());
        }
        // one row, several things asked: all are answered, in the order the question asks them; who coordinates is
        // answered with who leads, so it heads the two
        rowRules.sort(Comparator.comparingInt(subject::firstOf));
        List<Intent> facets = new ArrayList<>();
        rowRules.stream().map(Rule::intent).filter(i -> !facets.contains(i)).forEach(facets::add);
        Intent intent = facets.contains(Intent.COORDINATING) && facets.get(0) == Intent.LEAD ? Intent.COORDINATING : facets.get(0);
        facets.remove(intent);
        facets.add(0, intent);
        return new Decision(intent, List.copyOf(facets));
    }

    @SuppressWarnings("unchecked")
    static List<Rule> parse(Map<String, Object> yaml) {
        List<Rule> rules = new ArrayList<>();
        for (Map<String, Object> r : (List<Map<String, Object>>) yaml.get("rules")) {
            rules.add(new Rule(Intent.of((String) r.get("intent")), cues(r.get("all")), cues(r.get("any")), cues(r.get("none")),
                    yesNo(r.get("topic")), yesNo(r.get("agency")), Boolean.TRUE.equals(yesNo(r.get("window"))),
                    Boolean.TRUE.equals(yesNo(r.get("value"))), Boolean.TRUE.equals(r.get("strong")),
                    (List<String>) r.getOrDefault("examples", List.of())));
        }
        return rules;
    }

    @SuppressWarnings("unchecked")
    private static Set<Cue> cues(Object list) {
        Set<Cue> cues = EnumSet.noneOf(Cue.class);
        if (list != null) {
            ((List<String>) list).forEach(c -> cues.add(Cue.of(c)));
        }
        return cues;
    }

    /** YAML reads yes/no as booleans; "any" or nothing means the condition does not apply. */
    private static Boolean yesNo(Object value) {
        return value instanceof Boolean b ? b : null;
    }
}
