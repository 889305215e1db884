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
 * conditions met wins, so no rule depends on where it stands in the file.
 */
public final class IntentTable {

    private static final int STRONG = 10;

    /** What the table is asked about: the cues and the subject of a question. */
    public record Subject(List<Cue> cueOrder, boolean topic, boolean agency, boolean window, boolean value) {

        Set<Cue> cues() {
            return cueOrder.isEmpty() ? EnumSet.noneOf(Cue.class) : EnumSet.copyOf(cueOrder);
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

    /** The intent chosen, the row facets asked for (in the table's terms), and whether two intents tied. */
    public record Decision(Intent intent, List<Intent> facets, boolean tie) {
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
        int best = -1;
        List<Rule> winners = new ArrayList<>();
        List<Rule> rowRules = new ArrayList<>();
        for (Rule rule : rules) {
            if (!rule.matches(subject)) {
                continue;
            }
            if (rule.intent().rowFacet()) {
                rowRules.add(rule);
            }
            int score = rule.score();
            if (score > best) {
                best = score;
                winners.clear();
            }
            if (score == best && winners.stream().noneMatch(w -> w.intent() == rule.intent())) {
                winners.add(rule);
            }
        }
        if (winners.isEmpty()) {
            return new Decision(Intent.INFO, List.of(), false);
        }
        Intent first = winners.get(0).intent();
        if (!first.rowFacet()) {
            return new Decision(first, List.of(), winners.stream().anyMatch(w -> !w.intent().rowFacet() && w.intent() != first));
        }
        // the facets in the order the question asks them
        rowRules.sort(Comparator.comparingInt(subject::firstOf));
        List<Intent> facets = new ArrayList<>();
        rowRules.stream().map(Rule::intent).filter(i -> !facets.contains(i)).forEach(facets::add);
        Intent intent = facets.get(0);
        // one row, several things asked: the most specific is the headline, all are answered; who coordinates is
        // answered with who leads, so it heads the two
        if (facets.contains(Intent.COORDINATING) && intent == Intent.LEAD) {
            intent = Intent.COORDINATING;
        }
        facets.remove(intent);
        facets.add(0, intent);
        return new Decision(intent, List.copyOf(facets), false);
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
