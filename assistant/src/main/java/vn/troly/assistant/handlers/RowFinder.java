package vn.troly.assistant.handlers;

import vn.troly.knowledge.values.Schedule;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the plan row (indicator or task) a question is about: the search, indicators before tasks, the phase for the
 * years asked, the relevance threshold, and the rows that tie with the best. Every row handler and value reporting
 * use it; it knows nothing of the turn, so the LLM agent's tools can use it too.
 */
public final class RowFinder {

    /** Below this share of the topic's (rarity-weighted) words, the best row is not about the question. */
    public static final double MIN_COVERAGE = 0.6;
    /**
     * Two rows within 7% of each other's relevance are a tie the user should settle: at 3%, three of 1,900 eval
     * questions were answered from the wrong row of such a tie; at 7% they are asked instead, for one right answer lost.
     */
    private static final double AMBIGUOUS_SCORE = 0.93;
    private static final int MAX_CANDIDATES = 4;
    private static final double STANDOUT_COVERAGE = 0.45;
    /** A row with all but a sliver of the topic's weight holds the whole topic. */
    private static final double WHOLE_TOPIC = 0.9;
    private static final double STANDOUT_MARGIN = 2.5;
    /** Share of words two phases' names of one indicator have in common at least. */
    private static final double SAME_NAME = 0.4;
    /** A row with a third of the topic's weight is near enough to offer when none is about the topic. */
    private static final double NEAR_COVERAGE = 0.34;
    private static final int MAX_NEAR = 3;
    /** A number written in a row's name, whole ("2027", not the "027" of "10/10/2027" nor part of "20271"). */
    private static final Pattern NUMBER = Pattern.compile("\\d{1,9}");

    /**
     * What a search found.
     *
     * @param best   the row to answer about, or null when no row is about the topic
     * @param rivals the best and the rows that tie with it; more than one means the user should pick
     * @param near      when no row is about the topic, those that share a good part of it: what the plan does cover
     *                  nearby, offered to pick, never answered from
     * @param tentative whether the best row only stands out from the rest rather than holds the topic: answered as
     *                  the nearest row, not as the row asked about
     */
    public record Search(PlanTools.Match best, List<PlanTools.Match> rivals, List<PlanTools.Match> near, boolean tentative) {
        public boolean found() {
            return best != null;
        }

        public boolean ambiguous() {
            return rivals.size() > 1;
        }
    }

    private final PlanLibrary library;
    private final PlanTools tools;
    private final VietnameseNormalizer normalizer;
    private final Clock clock;

    public RowFinder(PlanLibrary library, PlanTools tools, VietnameseNormalizer normalizer, Clock clock) {
        this.library = library;
        this.tools = tools;
        this.normalizer = normalizer;
        this.clock = clock;
    }

    /** The row a question about one row means, in a commune: by its topic, the intent's kind of row and the years. */
    public Search find(Understanding u, String communeId) {
        List<PlanTools.Match> matches = preferIndicators(tools.findIndicators(u.topic(), communeId),
                figure(u.intent()) && u.facets().stream().allMatch(RowFinder::figure));
        if (matches.isEmpty()) {
            return new Search(null, List.of(), List.of(), false);
        }
        matches = wholeFirst(matches);
        if (!relevant(matches.get(0))) {
            // a row whose description alone holds the topic is the nearest row, said to be so, as is one far ahead
            if (standsOut(matches) || matches.get(0).mentions(MIN_COVERAGE)) {
                return new Search(matches.get(0), List.of(matches.get(0)), List.of(), true);
            }
            return new Search(null, List.of(), matches.stream().filter(m -> m.coverage() >= NEAR_COVERAGE).limit(MAX_NEAR).toList(), false);
        }
        PlanTools.Match best = pickPeriod(matches, u.years());
        List<PlanTools.Match> rivals = namingTheYear(rivals(matches, best, u), u.years());
        if (rivals.size() == 1 && !best.termsWhole() && best.coverage() < WHOLE_TOPIC) {
            rivals = withTheTermsAsked(matches, best);
        }
        return new Search(rivals.size() == 1 ? rivals.get(0) : best, rivals, List.of(), false);
    }

    /**
     * A row that holds the whole topic goes before better-scored rows that are not about it: search ranks by how rare
     * the shared words are, so rows sharing a rare part outscore the one row that has it all in plainer words ("số hóa
     * trường học" is "chuyển đổi số trong lĩnh vực giáo dục").
     */
    private List<PlanTools.Match> wholeFirst(List<PlanTools.Match> matches) {
        if (relevant(matches.get(0))) {
            return matches;
        }
        Optional<PlanTools.Match> whole = matches.stream().filter(m -> m.coverage() >= WHOLE_TOPIC).filter(this::relevant).findFirst();
        if (whole.isEmpty()) {
            return matches;
        }
        List<PlanTools.Match> ordered = new ArrayList<>(List.of(whole.get()));
        matches.stream().filter(m -> m != whole.get()).forEach(ordered::add);
        return ordered;
    }

    /** The best row for a query when it is really about it (value reports, summary questions about one row). */
    public Optional<PlanTools.Match> best(String query, String communeId, boolean indicatorsOnly) {
        return tools.findIndicators(query, communeId).stream().filter(m -> !indicatorsOnly || m.kind().equals("indicator"))
                .findFirst().filter(this::relevant);
    }

    /**
     * A row that holds a good part of the topic and ranks far ahead of every other row: the question names it in
     * other words ("loa phát thanh IP" for "đài truyền thanh thông minh"), which no other row comes near.
     */
    private boolean standsOut(List<PlanTools.Match> matches) {
        PlanTools.Match top = matches.get(0);
        if (!top.relevant(STANDOUT_COVERAGE)) {
            return false;
        }
        String name = normalizer.fold(top.name());
        double runnerUp = matches.stream().skip(1).filter(m -> !normalizer.fold(m.name()).equals(name))
                .mapToDouble(PlanTools.Match::score).findFirst().orElse(0);
        return top.score() >= runnerUp * STANDOUT_MARGIN;
    }

    public boolean relevant(PlanTools.Match match) {
        return match.relevant(MIN_COVERAGE);
    }

    /** Whether any commune's plan has a row about the topic: a question about the plans, not out of scope. */
    public boolean foundAnywhere(Understanding u) {
        return u.hasTopic() && tools.findAnywhere(u.topic()).stream().anyMatch(this::relevant);
    }

    /** Whether the text speaks of the plan's rows ("chỉ tiêu", "nhiệm vụ", "kế hoạch"): about the plan, found or not. */
    public boolean mentionsPlanRows(String text) {
        String folded = normalizer.fold(text);
        return folded.contains("chi tieu") || folded.contains("chi so") || folded.contains("nhiem vu") || folded.contains("ke hoach");
    }

    /**
     * Indicators before tasks when they match about as well (a question about a figure is about an indicator); for
     * questions only about figures (target, progress), tasks only when no indicator matches. One that asks who leads
     * or when as well ("lồng ghép mục tiêu chuyển đổi số vào kế hoạch … bao nhiêu, ai chủ trì?") can be about a task.
     */
    private static List<PlanTools.Match> preferIndicators(List<PlanTools.Match> matches, boolean figures) {
        List<PlanTools.Match> indicators = matches.stream().filter(m -> m.kind().equals("indicator")).toList();
        if (indicators.isEmpty()) {
            return matches;
        }
        PlanTools.Match best = indicators.get(0);
        if (figures || matches.get(0) == best
                || (best.coverage() >= matches.get(0).coverage() - 0.05 && best.score() >= matches.get(0).score() * 0.85)) {
            List<PlanTools.Match> ordered = new ArrayList<>(indicators);
            if (!figures) {
                matches.stream().filter(m -> !m.kind().equals("indicator")).forEach(ordered::add);
            }
            return ordered;
        }
        return matches;
    }

    private static boolean figure(Intent intent) {
        return intent == Intent.TARGET || intent == Intent.PROGRESS;
    }

    /** Among rows of the same indicator in different phases, the one for the years asked (or this year). */
    private PlanTools.Match pickPeriod(List<PlanTools.Match> matches, List<Integer> years) {
        PlanTools.Match top = matches.get(0);
        Optional<Indicator> first = library.indicator(top.id());
        if (first.isEmpty()) {
            return top;
        }
        List<Integer> wanted = wanted(years);
        // rows of the same series, or rows that match about as well and are named alike (phases worded slightly
        // differently); a row that merely scores alike is another indicator, whatever phase it is in
        List<PlanTools.Match> sameSeries = matches.stream().filter(m -> library.indicator(m.id()).isPresent())
                .filter(m -> library.indicator(m.id()).get().seriesId().equals(first.get().seriesId())
                        || (m.score() >= top.score() * 0.85 && m.coverage() >= top.coverage() - 0.05 && namedAlike(m, top)))
                .toList();
        for (int year : wanted) {
            for (PlanTools.Match m : sameSeries) {
                Indicator i = library.indicator(m.id()).orElseThrow();
                if (i.targets().stream().anyMatch(t -> Schedule.covers(t.period(), year))) {
                    return m;
                }
            }
        }
        return top;
    }

    /**
     * Rows that match about as well as the best and are not phases of the same indicator: the question does not say
     * which one it means. One row (the best) when it is clear.
     */
    private List<PlanTools.Match> rivals(List<PlanTools.Match> matches, PlanTools.Match best, Understanding u) {
        String bestSeries = library.indicator(best.id()).map(Indicator::seriesId).orElse(best.id());
        List<Integer> wanted = wanted(u.years());
        List<PlanTools.Match> rivals = new ArrayList<>(List.of(best));
        List<String> names = new ArrayList<>(List.of(normalizer.fold(best.name())));
        for (PlanTools.Match m : matches) {
            String series = library.indicator(m.id()).map(Indicator::seriesId).orElse(m.id());
            if (m == best || series.equals(bestSeries) || !relevant(m) || !m.kind().equals(best.kind())
                    || m.score() < best.score() * AMBIGUOUS_SCORE || m.coverage() < best.coverage() - 0.01
                    || names.contains(normalizer.fold(m.name())) || rivals.size() >= MAX_CANDIDATES
                    || covers(m, wanted) != covers(best, wanted) || sameAnswer(u.intent(), m, best)) {
                continue;
            }
            rivals.add(m);
            names.add(normalizer.fold(m.name()));
        }
        return rivals;
    }

    /**
     * A row that writes an everyday term asked ("dùng lại") in none of its plan terms ("sử dụng lại"), and so holds
     * less than the whole topic, is not answered over a row that does and holds a good part of the topic too: one such
     * row is answered, several are offered to pick from.
     */
    private List<PlanTools.Match> withTheTermsAsked(List<PlanTools.Match> matches, PlanTools.Match best) {
        List<PlanTools.Match> rivals = new ArrayList<>(List.of(best));
        // a row the best outranks by the standout margin is no rival, whatever it writes
        matches.stream().filter(m -> m != best && m.termsWhole() && m.mentions(STANDOUT_COVERAGE))
                .filter(m -> m.score() * STANDOUT_MARGIN >= best.score())
                .filter(m -> !normalizer.fold(m.name()).equals(normalizer.fold(best.name())))
                .limit(MAX_CANDIDATES - 1).forEach(rivals::add);
        // the one row that writes what was asked is the row meant; the best only shares the question's plainer words
        return rivals.size() == 2 ? List.of(rivals.get(1)) : rivals;
    }

    /**
     * Of rows that tie, the one whose name says the year asked ("kế hoạch CĐS năm 2027" is the row named "… năm 2027",
     * not the one about 2026): the year is a date of the question, so search never saw it.
     */
    private static List<PlanTools.Match> namingTheYear(List<PlanTools.Match> rivals, List<Integer> years) {
        if (rivals.size() < 2 || years.isEmpty()) {
            return rivals;
        }
        List<PlanTools.Match> naming = rivals.stream().filter(m -> NUMBER.matcher(m.name()).results()
                .anyMatch(n -> years.contains(Integer.parseInt(n.group())))).toList();
        return naming.size() == 1 ? naming : rivals;
    }

    /** Whether two rows' names share a good part of their words: the same indicator as another phase words it. */
    private boolean namedAlike(PlanTools.Match a, PlanTools.Match b) {
        Set<String> x = new HashSet<>(normalizer.foldedWords(a.name()));
        Set<String> y = new HashSet<>(normalizer.foldedWords(b.name()));
        Set<String> both = new HashSet<>(x);
        both.retainAll(y);
        x.addAll(y);
        return !x.isEmpty() && (double) both.size() / x.size() >= SAME_NAME;
    }

    /** The years asked, or this year. */
    private List<Integer> wanted(List<Integer> years) {
        return years.isEmpty() ? List.of(LocalDate.now(clock).getYear()) : years;
    }

    private boolean covers(PlanTools.Match m, List<Integer> years) {
        return library.indicator(m.id()).map(i -> i.targets().stream()
                .anyMatch(t -> years.stream().anyMatch(y -> Schedule.covers(t.period(), y)))).orElse(false);
    }

    /** Two rows that give the same answer to what was asked need no choice (same lead, same deadline, same targets). */
    private boolean sameAnswer(Intent intent, PlanTools.Match a, PlanTools.Match b) {
        Optional<Indicator> x = library.indicator(a.id());
        Optional<Indicator> y = library.indicator(b.id());
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return switch (intent) {
            case LEAD -> RowAnswer.names(x.get().lead()).equals(RowAnswer.names(y.get().lead()));
            case COORDINATING -> RowAnswer.names(x.get().coordinating()).equals(RowAnswer.names(y.get().coordinating()))
                    && RowAnswer.names(x.get().lead()).equals(RowAnswer.names(y.get().lead()));
            case DEADLINE -> x.get().deadline() != null && y.get().deadline() != null
                    && x.get().deadline().raw().equalsIgnoreCase(y.get().deadline().raw());
            case TARGET -> x.get().targets().stream().map(Target::raw).toList().equals(y.get().targets().stream().map(Target::raw).toList());
            default -> false;
        };
    }
}
