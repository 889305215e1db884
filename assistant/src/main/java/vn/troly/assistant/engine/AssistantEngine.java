package vn.troly.assistant.engine;

import vn.troly.assistant.answer.Caller;
import vn.troly.knowledge.text.VietnameseNumbers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.CommuneRef;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.CitizenArticle;
import vn.troly.assistant.tools.CitizenGuide;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.assistant.understand.DateWindow;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.IntentDetector;
import vn.troly.assistant.understand.Route;
import vn.troly.assistant.understand.Router;
import vn.troly.assistant.understand.Sanitizer;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.agency.AgencyRef;
import vn.troly.knowledge.library.Commune;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Target;
import vn.troly.knowledge.plan.Task;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The default engine, no LLM: sanitise → route → commune and follow-up context → intent and slots → tools → compose.
 * Each step is timed into the answer's trace; any step may end the turn with a typed status.
 */
public final class AssistantEngine implements Answerer {

    private static final Logger LOG = LoggerFactory.getLogger(AssistantEngine.class);
    /** Below this share of the topic's (rarity-weighted) words, the best row is not about the question. */
    private static final double MIN_COVERAGE = 0.6;
    private static final int MAX_LIST = 25;
    /** Two rows within 3% of each other's relevance are a tie the user should settle. */
    private static final double AMBIGUOUS_SCORE = 0.97;
    private static final int MAX_CANDIDATES = 4;
    private static final java.util.regex.Pattern PICK = java.util.regex.Pattern.compile("^(?:so |chon |cai )?(\\d{1,2})$");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Enough for the questions citizens keep asking, per commune. */
    public static final int DEFAULT_CACHE_SIZE = 2000;

    private final PlanLibrary library;
    private final PlanTools tools;
    private final CitizenGuide guide;
    private final Cards cards;
    private final Prompts prompts;
    private final Sanitizer sanitizer;
    private final Router router;
    private final IntentDetector detector;
    private final VietnameseNormalizer normalizer;
    private final Conversations conversations;
    private final AnswerCache cache;
    private final Clock clock;
    private final String defaultCommune;
    private final ValueTools values;
    private final boolean valuesPublic;
    private final ValueReporting reporting;
    private final ReportingDates reportingDates;
    /** Short words that are never a commune's initials: known abbreviations and agencies' short words ("CA", "KT"). */
    private final java.util.function.Predicate<String> notInitials;
    /** Terms that only capitals tell apart from an ordinary word ("AI", not "ai" who), spelled out before folding. */
    private final UnaryOperator<String> spellOutCapitals;

    /**
     * @param notInitials      folded short words that never stand for a commune's initials
     * @param spellOutCapitals the question with the terms that only capitals tell apart replaced by what they stand for
     */
    public AssistantEngine(PlanLibrary library, PlanTools tools, CitizenGuide guide, Cards cards, Prompts prompts,
                           Sanitizer sanitizer, Router router, IntentDetector detector, VietnameseNormalizer normalizer,
                           Conversations conversations, Clock clock, String defaultCommune, ValueTools values,
                           boolean valuesPublic, int answerCacheSize, java.util.function.Predicate<String> notInitials,
                           UnaryOperator<String> spellOutCapitals) {
        this.library = library;
        this.tools = tools;
        this.guide = guide;
        this.cards = cards;
        this.prompts = prompts;
        this.sanitizer = sanitizer;
        this.router = router;
        this.detector = detector;
        this.normalizer = normalizer;
        this.conversations = conversations;
        this.cache = new AnswerCache(answerCacheSize);
        this.clock = clock;
        this.defaultCommune = defaultCommune == null || defaultCommune.isBlank() ? null : defaultCommune;
        this.values = values;
        this.valuesPublic = valuesPublic;
        this.reportingDates = new ReportingDates(tools, normalizer, detector::agenciesIn);
        this.notInitials = notInitials;
        this.spellOutCapitals = spellOutCapitals;
        this.reporting = new ValueReporting(library, tools, values,
                new vn.troly.knowledge.values.ValueValidator(library, normalizer, clock), prompts, normalizer);
    }

    /** The engine with its parts, over a loaded library. */
    public static AssistantEngine create(PlanLibrary library, vn.troly.knowledge.agency.AgencyDirectory agencies,
                                         VietnameseNormalizer normalizer, vn.troly.knowledge.text.SynonymTable synonyms,
                                         Clock clock, String defaultCommune) {
        return create(library, agencies, normalizer, synonyms, clock, defaultCommune, null, false, new Conversations(),
                DEFAULT_CACHE_SIZE);
    }

    /**
     * @param store        reported values, or null for none
     * @param valuesPublic whether citizens may see reported values and statuses
     * @param conversations where follow-up context is kept
     * @param answerCacheSize how many first-question answers without values to keep; 0 for none
     */
    public static AssistantEngine create(PlanLibrary library, vn.troly.knowledge.agency.AgencyDirectory agencies,
                                         VietnameseNormalizer normalizer, vn.troly.knowledge.text.SynonymTable synonyms,
                                         Clock clock, String defaultCommune, vn.troly.knowledge.values.ValueStore store,
                                         boolean valuesPublic, Conversations conversations, int answerCacheSize) {
        Cards cards = new Cards(library, clock);
        CitizenGuide guide = new CitizenGuide(normalizer, synonyms);
        PlanTools tools = new PlanTools(library, agencies, guide, cards);
        IntentDetector detector = new IntentDetector(new vn.troly.assistant.understand.AgencyMentions(normalizer, agencies), normalizer, clock);
        return new AssistantEngine(library, tools, guide, cards, new Prompts(), new Sanitizer(normalizer), new Router(normalizer),
                detector, normalizer, conversations, clock, defaultCommune,
                new ValueTools(library, store, new vn.troly.knowledge.values.ProgressCalculator(), clock), valuesPublic,
                answerCacheSize, notInitials(agencies, normalizer, synonyms),
                synonyms == null ? UnaryOperator.identity() : synonyms::spellOutCapitals);
    }

    /** Known abbreviations and the short words of agencies' names and aliases ("ca", "kt", "vh", "tt", "vp"). */
    private static java.util.function.Predicate<String> notInitials(vn.troly.knowledge.agency.AgencyDirectory agencies,
                                                                      VietnameseNormalizer normalizer,
                                                                      vn.troly.knowledge.text.SynonymTable synonyms) {
        java.util.Set<String> agencyWords = new java.util.HashSet<>();
        for (vn.troly.knowledge.agency.Agency agency : agencies.all()) {
            java.util.stream.Stream.concat(agency.aliases().stream(), java.util.stream.Stream.of(agency.name()))
                    .flatMap(form -> java.util.Arrays.stream(normalizer.fold(form).split("[^a-z0-9]+")))
                    .filter(w -> !w.isEmpty() && w.length() <= 4).forEach(agencyWords::add);
        }
        return word -> agencyWords.contains(word) || (synonyms != null && synonyms.isAbbreviation(word));
    }

    public PlanTools tools() {
        return tools;
    }

    public ValueTools valueTools() {
        return values;
    }

    @Override
    public Answer answer(Question question) {
        boolean fresh = question.conversationId() == null || question.conversationId().isBlank();
        String conversationId = fresh ? null : question.conversationId();
        // only a conversation's first question, and only when no reported value can be in the answer
        AnswerCache.Key key = fresh && cache.enabled() && !valuesPublic && !question.role().seesValues() && question.text() != null
                ? new AnswerCache.Key(question.text().strip(), question.communeHint(), library.version(), LocalDate.now(clock)) : null;
        AnswerCache.Entry cached = key == null ? null : cache.get(key);
        if (cached != null) {
            long start = System.nanoTime();
            String id = conversations.start(cached.state());
            Answer a = cached.answer();
            return new Answer(a.answer(), a.status(), a.intent(), a.commune(), id, a.citations(), a.indicators(),
                    a.candidates(), List.of(new Answer.StepTiming("cache", (System.nanoTime() - start) / 1000)));
        }
        if (conversationId == null) {
            conversationId = conversations.newId();
        }
        Turn turn = new Turn(conversationId, question.caller());
        try {
            run(question, turn);
        } catch (RuntimeException e) {
            LOG.error("answering failed", e);
            turn.lines.clear();
            turn.lines.add(prompts.render("error"));
            turn.status = Status.ERROR;
        }
        Answer answer = turn.answer();
        if (key != null && answer.status() != Status.ERROR && !Intent.UPDATE.code().equals(answer.intent())) {
            cache.put(key, new AnswerCache.Entry(answer, conversations.get(conversationId)));
        }
        return answer;
    }

    private void run(Question question, Turn turn) {
        // the question is folded from here on, and "AI" would become "ai" (who): such terms are read while capitals show
        String text = spellOutCapitals.apply(sanitizer.clean(question.text()));
        turn.step("sanitize");
        if (text.isEmpty()) {
            turn.intent = "empty";
            turn.status = Status.CLARIFICATION_NEEDED;
            turn.lines.add(prompts.render("empty_message"));
            return;
        }
        String folded = normalizer.fold(text);
        Conversations.State previous = conversations.get(question.conversationId());
        if (previous.pendingValue() != null) {
            // the previous turn showed a value to confirm: "đồng ý" stores it, "hủy" drops it, anything else moves on
            Optional<vn.troly.knowledge.values.IndicatorValue> confirmed = reporting.confirm(folded, previous.pendingValue(), turn);
            conversations.put(turn.conversationId, new Conversations.State(previous.communeId(), previous.intent(),
                    previous.topic(), previous.indicatorId()));
            if (confirmed != null) {
                return;
            }
        }
        if (!previous.candidateIds().isEmpty()) {
            java.util.regex.Matcher pick = PICK.matcher(folded.replaceAll("[^a-z0-9 ]+", " ").strip());
            if (pick.matches()) {
                int n = Integer.parseInt(pick.group(1));
                if (n >= 1 && n <= previous.candidateIds().size()) {
                    String id = previous.candidateIds().get(n - 1);
                    Understanding picked = new Understanding(previous.intent(), previous.topic(), null, List.of(), null);
                    turn.intent = previous.intent().code();
                    turn.commune = library.commune(previous.communeId()).map(c -> new CommuneRef(c.id(), c.name())).orElse(null);
                    answerRow(id, picked, turn);
                    conversations.put(turn.conversationId, new Conversations.State(previous.communeId(), previous.intent(),
                            previous.topic(), id));
                    return;
                }
            }
        }
        Optional<Route> route = router.route(folded);
        turn.step("route");
        if (route.isPresent()) {
            turn.intent = route.get().name();
            turn.status = route.get().status();
            turn.lines.add(route.get().reply());
            return;
        }
        CommuneMention mentioned = communeIn(folded);
        if (mentioned == null) {
            mentioned = initialsIn(text, folded);
        }
        String foldedWithNumbers = mentioned == null ? folded
                : folded.replaceAll("(?<![a-z0-9])" + java.util.regex.Pattern.quote(mentioned.words.strip()) + "(?![a-z0-9])", " ");
        String communeId;
        if (mentioned != null) {
            communeId = mentioned.commune.id();
            // punctuation goes, but not the point of a decimal ("0.70"): the detector reads quoted targets
            folded = (" " + folded.replaceAll("(?:[^a-z0-9%.,]|(?<![0-9])[.,]|[.,](?![0-9]))+", " ") + " ")
                    .replace(mentioned.words, " ").strip();
        } else if (question.communeHint() != null && !question.communeHint().isBlank()) {
            Optional<Commune> hinted = library.findCommune(question.communeHint());
            if (hinted.isEmpty()) {
                turn.intent = "unknown_commune";
                turn.status = Status.CLARIFICATION_NEEDED;
                turn.lines.add(prompts.render("unknown_commune", "name", question.communeHint(), "communes", communeList()));
                return;
            }
            communeId = hinted.get().id();
        } else if (previous.communeId() != null) {
            communeId = previous.communeId();
        } else if (defaultCommune != null) {
            communeId = defaultCommune;
        } else {
            communeId = library.communes().size() == 1 ? library.communes().get(0).id() : null;
        }
        Understanding u = detector.understand(folded);
        // a follow-up with no topic of its own ("còn hạn thì sao?", "thế còn xã Vĩnh Trụ?") continues the last one
        // (a summary is about the whole plan: it never takes the last row's topic)
        if (!u.hasTopic() && previous.topic() != null && u.agency() == null && u.intent() != Intent.SUMMARY) {
            Intent intent = u.intent() == Intent.INFO && previous.intent() != null ? previous.intent() : u.intent();
            u = new Understanding(intent, previous.topic(), null, u.years(), u.window());
        }
        turn.intent = u.intent().code();
        if (communeId != null) {
            String id = communeId;
            turn.commune = library.commune(id).map(c -> new CommuneRef(c.id(), c.name())).orElse(null);
        }
        turn.step("understand");

        if (u.intent() == Intent.CITIZEN || (communeId == null && u.intent() == Intent.INFO)) {
            if (citizen(text, u.intent() == Intent.CITIZEN, turn)) {
                remember(turn, communeId, u, null);
                return;
            }
        }
        if (communeId == null) {
            if ((u.intent().aboutOneIndicator() || u.intent() == Intent.CITIZEN) && !mentionsPlanRows(text) && !foundAnywhere(u)) {
                fallback(turn);
                return;
            }
            askCommune(turn, text);
            return;
        }
        if (u.intent() == Intent.UPDATE) {
            vn.troly.knowledge.values.IndicatorValue pending = reporting.prepare(foldedWithNumbers, communeId,
                    reporter(question), turn);
            conversations.put(turn.conversationId, new Conversations.State(communeId, u.intent(), null, null, pending));
            return;
        }
        switch (u.intent()) {
            case REPORT -> report(communeId, folded, turn);
            case PLAN_INFO -> planInfo(communeId, folded, turn);
            case RESPONSIBILITY -> sections(communeId, text, turn);
            case REPORTING -> reporting(communeId, text, u, turn);
            case SUMMARY -> {
                if (namesOneRow(u, communeId, folded)) {
                    // "hộ gia đình có internet cáp quang - tình hình thực hiện thế nào?" is one row's progress
                    indicator(communeId, new Understanding(Intent.PROGRESS, u.topic(), null, u.years(), null), text, turn, previous);
                } else {
                    summary(communeId, turn);
                }
            }
            case PORTFOLIO -> {
                if (u.agency() == null && u.hasTopic()) {
                    indicator(communeId, new Understanding(Intent.LEAD, u.topic(), null, u.years(), null), text, turn, previous);
                } else {
                    portfolio(communeId, u, turn);
                }
            }
            case DUE -> due(communeId, u, turn);
            default -> indicator(communeId, u, text, turn, previous);
        }
        remember(turn, communeId, u, turn.indicators.isEmpty() ? null : turn.indicators.get(0).id());
        turn.step("compose");
    }

    /** Who reports a value, as stored with it: the registered person, else the role and channel. */
    private static String reporter(Question question) {
        Caller caller = question.caller();
        return caller.userId() != null ? caller.reporter() : "Cán bộ (" + (question.channel() == null ? "api" : question.channel()) + ")";
    }

    private void remember(Turn turn, String communeId, Understanding u, String indicatorId) {
        conversations.put(turn.conversationId, new Conversations.State(communeId, u.intent(), u.topic(), indicatorId, null,
                turn.candidates.stream().map(Answer.Candidate::id).toList()));
    }

    // ---- one indicator -------------------------------------------------------------------------------------

    private void indicator(String communeId, Understanding u, String text, Turn turn, Conversations.State previous) {
        String communeName = turn.commune == null ? communeId : turn.commune.name();
        if (!u.hasTopic()) {
            turn.status = Status.CLARIFICATION_NEEDED;
            turn.lines.add(prompts.render("no_topic"));
            return;
        }
        List<PlanTools.Match> matches = preferIndicators(tools.findIndicators(u.topic(), communeId),
                u.intent() == Intent.TARGET || u.intent() == Intent.PROGRESS);
        turn.step("retrieve");
        if (matches.isEmpty() || !matches.get(0).relevant(MIN_COVERAGE)) {
            if (u.intent() == Intent.INFO && citizen(text, false, turn)) {
                return;
            }
            if (!mentionsPlanRows(text) && ((u.intent() == Intent.INFO || u.intent() == Intent.CITIZEN) || !foundAnywhere(u))) {
                // not about the plan, and no plan anywhere has it ("Ai là tổng thống Mỹ?"): out of scope, not "the plan lacks it"
                fallback(turn);
                return;
            }
            turn.status = Status.NOT_IN_PLAN;
            turn.intent = u.intent().code();
            turn.lines.add(prompts.render("not_in_plan", "commune", communeName, "topic", topicLabel(text, u)));
            turn.lines.add(prompts.render("not_in_plan_hint", "commune", communeName));
            return;
        }
        PlanTools.Match best = pickPeriod(matches, u.years());
        List<PlanTools.Match> rivals = rivals(matches, best, u);
        if (rivals.size() > 1) {
            turn.status = Status.CLARIFICATION_NEEDED;
            turn.lines.add(prompts.render("clarify_indicator", "commune", communeName));
            for (int i = 0; i < rivals.size(); i++) {
                turn.lines.add(prompts.render("clarify_item", "number", i + 1, "name", rivals.get(i).name()));
                turn.candidates.add(new Answer.Candidate(rivals.get(i).id(), rivals.get(i).name()));
            }
            turn.lines.add(prompts.render("clarify_hint"));
            return;
        }
        answerRow(best.id(), u, turn);
    }

    /**
     * Rows that match about as well as the best and are not phases of the same indicator: the question does not say
     * which one it means. One row (the best) when it is clear.
     */
    private List<PlanTools.Match> rivals(List<PlanTools.Match> matches, PlanTools.Match best, Understanding u) {
        String bestSeries = library.indicator(best.id()).map(Indicator::seriesId).orElse(best.id());
        List<Integer> wanted = u.years().isEmpty() ? List.of(LocalDate.now(clock).getYear()) : u.years();
        List<PlanTools.Match> rivals = new ArrayList<>(List.of(best));
        List<String> names = new ArrayList<>(List.of(normalizer.fold(best.name())));
        for (PlanTools.Match m : matches) {
            String series = library.indicator(m.id()).map(Indicator::seriesId).orElse(m.id());
            if (m == best || series.equals(bestSeries) || !m.relevant(MIN_COVERAGE) || !m.kind().equals(best.kind())
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

    private boolean covers(PlanTools.Match m, List<Integer> years) {
        return library.indicator(m.id()).map(i -> i.targets().stream()
                .anyMatch(t -> years.stream().anyMatch(y -> Cards.covers(t.period(), y)))).orElse(false);
    }

    /** Two rows that give the same answer to what was asked need no choice (same lead, same deadline, same targets). */
    private boolean sameAnswer(Intent intent, PlanTools.Match a, PlanTools.Match b) {
        Optional<Indicator> x = library.indicator(a.id());
        Optional<Indicator> y = library.indicator(b.id());
        if (x.isEmpty() || y.isEmpty()) {
            return false;
        }
        return switch (intent) {
            case LEAD -> names(x.get().lead()).equals(names(y.get().lead()));
            case COORDINATING -> names(x.get().coordinating()).equals(names(y.get().coordinating()))
                    && names(x.get().lead()).equals(names(y.get().lead()));
            case DEADLINE -> x.get().deadline() != null && y.get().deadline() != null
                    && x.get().deadline().raw().equalsIgnoreCase(y.get().deadline().raw());
            case TARGET -> x.get().targets().stream().map(Target::raw).toList().equals(y.get().targets().stream().map(Target::raw).toList());
            default -> false;
        };
    }

    /** Answers about one row, chosen by search or picked from candidates. */
    private void answerRow(String id, Understanding u, Turn turn) {
        Optional<Indicator> indicator = library.indicator(id);
        if (indicator.isPresent()) {
            describe(indicator.get(), u, turn);
        } else {
            library.task(id).ifPresent(task -> describe(task, u, turn));
        }
    }

    /**
     * Indicators before tasks when they match about as well (a question about a figure is about an indicator);
     * for target and progress questions, tasks only when no indicator matches.
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

    /** Among rows of the same indicator in different phases, the one for the years asked (or this year). */
    private PlanTools.Match pickPeriod(List<PlanTools.Match> matches, List<Integer> years) {
        PlanTools.Match top = matches.get(0);
        Optional<Indicator> first = library.indicator(top.id());
        if (first.isEmpty()) {
            return top;
        }
        List<Integer> wanted = years.isEmpty() ? List.of(LocalDate.now(clock).getYear()) : years;
        // rows of the same series, or rows that match about as well (phases worded slightly differently)
        List<PlanTools.Match> sameSeries = matches.stream().filter(m -> library.indicator(m.id()).isPresent())
                .filter(m -> library.indicator(m.id()).get().seriesId().equals(first.get().seriesId())
                        || (m.score() >= top.score() * 0.85 && m.coverage() >= top.coverage() - 0.05))
                .toList();
        for (int year : wanted) {
            for (PlanTools.Match m : sameSeries) {
                Indicator i = library.indicator(m.id()).orElseThrow();
                if (i.targets().stream().anyMatch(t -> Cards.covers(t.period(), year))) {
                    return m;
                }
            }
        }
        return top;
    }

    private void describe(Indicator indicator, Understanding u, Turn turn) {
        turn.indicators.add(cards.card(indicator, u.years()));
        turn.citations.add(cards.citation(indicator));
        String ref = prompts.render("indicator_ref", "name", indicator.name(), "commune", communeName(indicator.communeId()));
        List<String> lines = turn.lines;
        switch (u.intent()) {
            case LEAD, COORDINATING -> {
                lines.add(leadLine(ref, indicator.lead(), false));
                if (!indicator.implementers().isEmpty()) {
                    lines.add(prompts.render("implementers", "implementers", names(indicator.implementers())));
                }
                lines.add(indicator.coordinating().isEmpty() ? prompts.render("no_coordinating")
                        : prompts.render("coordinating", "coordinating", names(indicator.coordinating())));
            }
            case TARGET -> {
                lines.add(ref);
                lines.add(targets(indicator, u.years()));
            }
            case DEADLINE -> {
                lines.add(ref);
                lines.add(deadline(indicator));
            }
            case PROGRESS -> progress(indicator, ref, u, turn);
            default -> {
                lines.add(leadLine(ref, indicator.lead(), false));
                lines.add(targets(indicator, u.years()));
                lines.add(deadline(indicator));
                if (!indicator.coordinating().isEmpty()) {
                    lines.add(prompts.render("coordinating", "coordinating", names(indicator.coordinating())));
                }
            }
        }
        lines.add(source(indicator.source().documentTitle(), indicator.source().appendix(), indicator.source().stt()));
    }

    private boolean seesValues(Turn turn) {
        return valuesPublic || turn.role.seesValues();
    }

    /** Value, target, gap, status and the last report, for those allowed to see values; the target for others. */
    private void progress(Indicator indicator, String ref, Understanding u, Turn turn) {
        List<String> lines = turn.lines;
        lines.add(ref);
        if (!seesValues(turn)) {
            lines.add(targets(indicator, u.years()));
            lines.add(prompts.render("values_internal", "lead", names(indicator.lead())));
            return;
        }
        vn.troly.knowledge.values.Progress p = values.progress(indicator);
        turn.indicators.set(turn.indicators.size() - 1, withProgress(turn.indicators.get(turn.indicators.size() - 1), p));
        if (p.latest() == null) {
            lines.add(targets(indicator, u.years()));
            lines.add(deadline(indicator));
            lines.add(prompts.render("no_value"));
            turn.status = Status.NO_DATA;
            return;
        }
        vn.troly.knowledge.values.IndicatorValue v = p.latest();
        String value = ValueReporting.shown(v);
        lines.add(prompts.render("progress_value", "value", value, "as_of", v.asOf().format(DAY), "reported_by", v.reportedBy(),
                "source", v.source() == null ? "" : prompts.render("progress_source", "source", v.source())));
        if (p.currentTarget() != null) {
            lines.add(prompts.render("progress_target", "period", p.currentTarget().period() == null ? "" : p.currentTarget().period(),
                    "target", withUnit(p.currentTarget().raw(), indicator.unit()),
                    "gap", p.gap() == null || p.gap() <= 0 ? "" : prompts.render("progress_gap", "gap", VietnameseNumbers.format(p.gap()))));
        }
        lines.add(deadline(indicator));
        lines.add(prompts.render("progress_status", "status", prompts.render("status_" + p.status().code())));
        turn.citations.add(new vn.troly.assistant.answer.Citation("value/" + v.id(),
                prompts.render("value_citation", "as_of", v.asOf().format(DAY)), communeName(indicator.communeId()),
                v.channel(), null, value + (v.source() == null ? "" : " — " + v.source())));
    }

    private static vn.troly.assistant.answer.IndicatorCard withProgress(vn.troly.assistant.answer.IndicatorCard c,
                                                                       vn.troly.knowledge.values.Progress p) {
        vn.troly.assistant.answer.IndicatorCard.ValueView latest = p.latest() == null || p.latest().value() == null ? null
                : new vn.troly.assistant.answer.IndicatorCard.ValueView(p.latest().value(), p.latest().asOf().toString(),
                p.latest().reportedBy(), p.latest().source());
        return new vn.troly.assistant.answer.IndicatorCard(c.id(), c.commune(), c.stt(), c.name(), c.unit(), c.lead(), c.leadRaw(),
                c.coordinating(), c.targets(), c.currentTarget(), c.deadline(), latest, p.status().code());
    }


    private void describe(Task task, Understanding u, Turn turn) {
        turn.indicators.add(cards.card(task));
        turn.citations.add(cards.citation(task));
        String ref = prompts.render("indicator_ref", "name", task.name(), "commune", communeName(task.communeId()));
        turn.lines.add(leadLine(ref, task.lead(), true));
        if (!task.implementers().isEmpty()) {
            turn.lines.add(prompts.render("implementers", "implementers", names(task.implementers())));
        }
        if (!task.coordinating().isEmpty()) {
            turn.lines.add(prompts.render("coordinating", "coordinating", names(task.coordinating())));
        }
        if (task.output() != null && !task.output().isBlank()) {
            turn.lines.add(prompts.render("task_output", "output", task.output()));
        }
        turn.lines.add(task.deadline() == null ? prompts.render("no_deadline", "period_note", "")
                : prompts.render("deadline", "deadline", task.deadline().raw()));
        turn.lines.add(source(task.source().documentTitle(), task.source().appendix(), task.source().stt()));
    }

    private String leadLine(String ref, List<AgencyRef> lead, boolean task) {
        if (lead.isEmpty()) {
            return ref + ". " + prompts.render("no_lead");
        }
        return prompts.render(task ? "lead_task" : "lead", "indicator", ref, "lead", names(lead));
    }

    private String targets(Indicator indicator, List<Integer> years) {
        if (indicator.targets().isEmpty()) {
            return prompts.render("no_target");
        }
        Target current = cards.currentTarget(indicator.targets(), years);
        List<Target> ordered = new ArrayList<>(indicator.targets());
        // the same indicator's other phases (rows of one series) complete the picture: 2026-2027 and 2028-2030
        library.indicators(indicator.communeId()).stream()
                .filter(i -> i.seriesId().equals(indicator.seriesId()) && !i.id().equals(indicator.id()))
                .flatMap(i -> i.targets().stream())
                .filter(t -> ordered.stream().noneMatch(o -> java.util.Objects.equals(o.period(), t.period())))
                .forEach(ordered::add);
        if (current != null) {
            ordered.remove(current);
            ordered.add(0, current);
        }
        String items = ordered.stream().map(t -> {
            String raw = withUnit(t.raw(), indicator.unit());
            String item = t.period() == null ? prompts.render("target_item_no_period", "raw", raw)
                    : prompts.render("target_item", "period", t.period(), "raw", raw);
            return t.scope() == Target.Scope.PROVINCE ? prompts.render("province_target", "raw", item) : item;
        }).collect(Collectors.joining("; "));
        return prompts.render("targets", "targets", items);
    }

    /** "≥ 80" with a "%" unit column reads "≥ 80%"; other units follow the number after a space. */
    private static String withUnit(String raw, String unit) {
        if (unit == null || unit.isBlank() || unit.length() > 12 || !raw.matches(".*\\d\\s*") || raw.contains("%")) {
            return raw;
        }
        return unit.strip().equals("%") ? raw.strip() + "%" : raw.strip() + " " + unit.strip();
    }

    private String deadline(Indicator indicator) {
        if (indicator.deadline() != null) {
            return prompts.render("deadline", "deadline", indicator.deadline().raw());
        }
        String period = indicator.targets().stream().map(Target::period).filter(p -> p != null).findFirst().orElse(null);
        return prompts.render("no_deadline", "period_note", period == null ? "" : prompts.render("no_deadline_period", "period", period));
    }

    private String source(String plan, String appendix, String stt) {
        return prompts.render("source", "plan", plan, "appendix", appendix == null ? "" : appendix, "stt", stt);
    }

    // ---- lists ---------------------------------------------------------------------------------------------

    private void portfolio(String communeId, Understanding u, Turn turn) {
        String commune = communeName(communeId);
        if (u.agency() == null) {
            turn.status = Status.CLARIFICATION_NEEDED;
            turn.lines.add(prompts.render("portfolio_no_agency"));
            return;
        }
        List<Indicator> led = tools.ledBy(u.agency(), communeId);
        List<Task> tasks = tools.tasksLedBy(u.agency(), communeId);
        List<Indicator> implemented = tools.implementedBy(u.agency(), communeId);
        turn.step("tools");
        if (led.isEmpty() && tasks.isEmpty() && implemented.isEmpty()) {
            turn.lines.add(prompts.render("portfolio_none", "commune", commune, "agency", u.agency().name()));
            return;
        }
        turn.lines.add(prompts.render("portfolio_header", "agency", u.agency().name(), "count", led.size(), "commune", commune));
        led.forEach(i -> listItem(turn, i));
        if (!tasks.isEmpty()) {
            turn.lines.add(prompts.render("portfolio_tasks_header", "count", tasks.size()));
            tasks.forEach(t -> listItem(turn, t));
        }
        if (!implemented.isEmpty()) {
            turn.lines.add(prompts.render("portfolio_also_implements", "agency", u.agency().name(), "count", implemented.size()));
            implemented.forEach(i -> listItem(turn, i));
        }
        trimList(turn);
    }

    private void listItem(Turn turn, Indicator i) {
        turn.indicators.add(cards.card(i, List.of()));
        turn.citations.add(cards.citation(i));
        turn.lines.add(prompts.render("portfolio_item", "name", i.name(), "deadline", i.deadline() == null ? ""
                : prompts.render("portfolio_item_deadline", "deadline", i.deadline().raw())));
    }

    /** Tasks are listed in the text and cited; the contract's indicator list keeps to indicators. */
    private void listItem(Turn turn, Task t) {
        turn.citations.add(cards.citation(t));
        turn.lines.add(prompts.render("portfolio_item", "name", t.name(), "deadline", t.deadline() == null ? ""
                : prompts.render("portfolio_item_deadline", "deadline", t.deadline().raw())));
    }

    private void trimList(Turn turn) {
        if (turn.lines.size() > MAX_LIST + 2) {
            int extra = turn.lines.size() - (MAX_LIST + 2);
            turn.lines.subList(MAX_LIST + 2, turn.lines.size()).clear();
            turn.lines.add(prompts.render("more_items", "count", extra));
        }
    }

    private void due(String communeId, Understanding u, Turn turn) {
        String commune = communeName(communeId);
        DateWindow window = u.window();
        LocalDate today = LocalDate.now(clock);
        vn.troly.knowledge.values.ProgressCalculator calculator = new vn.troly.knowledge.values.ProgressCalculator();
        record Due(LocalDate date, String shown, String name, String lead, Indicator indicator, Task task) {
        }
        List<Due> rows = new ArrayList<>();
        for (Indicator i : library.indicators(communeId)) {
            LocalDate date = calculator.dueDate(i, today);
            if (date != null && window.contains(date)) {
                String shown = i.deadline() != null && i.deadline().end() != null ? i.deadline().raw()
                        : prompts.render("deadline_period_end", "date", date.format(DAY), "period",
                        calculator.currentTarget(i.targets(), today).period());
                rows.add(new Due(date, shown, i.name(), names(i.lead()), i, null));
            }
        }
        for (Task t : library.tasks(communeId)) {
            if (inWindow(t.deadline(), window)) {
                rows.add(new Due(t.deadline().end(), t.deadline().raw(), t.name(), names(t.lead()), null, t));
            }
        }
        rows.sort(Comparator.comparing(Due::date));
        turn.step("tools");
        String label = switch (window.kind()) {
            case MONTH -> prompts.render("window_month", "month", window.label().split("/")[0], "year", window.label().split("/")[1]);
            case QUARTER -> prompts.render("window_quarter", "quarter", window.label().split("/")[0], "year", window.label().split("/")[1]);
            case YEAR -> prompts.render("window_year", "year", window.label());
            case SOON -> prompts.render("window_soon", "days", window.label(), "from", window.from().format(DAY), "to", window.to().format(DAY));
            case UNTIL -> prompts.render("window_until", "date", window.label());
            case OVERDUE -> "";
        };
        boolean overdue = window.kind() == DateWindow.Kind.OVERDUE;
        if (overdue) {
            // overdue means past its date and not met: drop what reported values show as met
            rows.removeIf(r -> r.indicator() != null && values.progress(r.indicator()).status() == vn.troly.knowledge.values.ProgressStatus.MET);
        }
        if (rows.isEmpty()) {
            turn.lines.add(overdue ? prompts.render("overdue_none", "commune", commune, "today", today.format(DAY))
                    : prompts.render("due_none", "commune", commune, "window", label));
            return;
        }
        turn.lines.add(overdue ? prompts.render("overdue_header", "commune", commune, "today", today.format(DAY))
                : prompts.render("due_header", "commune", commune, "window", label));
        for (Due row : rows) {
            if (row.indicator() != null) {
                turn.indicators.add(cards.card(row.indicator(), List.of()));
                turn.citations.add(cards.citation(row.indicator()));
            } else {
                turn.citations.add(cards.citation(row.task()));
            }
            turn.lines.add(prompts.render("due_item", "name", row.name(), "deadline", row.shown(), "lead", row.lead()));
        }
        trimList(turn);
    }

    private static boolean inWindow(vn.troly.knowledge.plan.Deadline deadline, DateWindow window) {
        return deadline != null && deadline.end() != null && !deadline.recurring() && window.contains(deadline.end());
    }

    private void summary(String communeId, Turn turn) {
        String commune = communeName(communeId);
        List<Task> tasks = library.tasks(communeId);
        LocalDate today = LocalDate.now(clock);
        vn.troly.knowledge.values.CommuneSummary summary = values.summary(communeId);
        turn.lines.add(prompts.render("summary_header", "commune", commune, "today", today.format(DAY),
                "indicators", summary.rows().size(), "tasks", tasks.size()));
        if (seesValues(turn)) {
            Map<String, Long> counts = summary.counts();
            turn.lines.add(prompts.render("summary_status", "met", counts.get("met"), "not_met", counts.get("not_met"),
                    "at_risk", counts.get("at_risk"), "overdue", counts.get("overdue"), "no_data", counts.get("no_data")));
            if (!summary.late().isEmpty()) {
                turn.lines.add(prompts.render("summary_late_header"));
                for (vn.troly.knowledge.values.CommuneSummary.Row row : summary.late()) {
                    turn.lines.add(prompts.render("summary_late_item", "name", row.name(),
                            "status", prompts.render("status_" + row.status()), "lead", row.lead()));
                    library.indicator(row.indicatorId()).ifPresent(i -> {
                        turn.indicators.add(withProgress(cards.card(i, List.of()), values.progress(i)));
                        turn.citations.add(cards.citation(i));
                    });
                }
            }
            behind(summary, turn);
            changes(summary, turn);
            if (counts.get("no_data") == summary.rows().size()) {
                turn.status = Status.NO_DATA;
            }
        } else {
            turn.lines.add(prompts.render("summary_values_internal"));
        }
        long soon = library.indicators(communeId).stream().filter(i -> i.deadline() != null && i.deadline().end() != null
                && !i.deadline().recurring() && !i.deadline().end().isBefore(today) && !i.deadline().end().isAfter(today.plusDays(60))).count();
        turn.lines.add(prompts.render("summary_due", "count", soon));
        turn.lines.add(prompts.render("summary_by_agency", "agencies", summary.byAgency().stream()
                .sorted(java.util.Comparator.comparingLong(vn.troly.knowledge.values.CommuneSummary.AgencyLine::total).reversed())
                .map(a -> a.agency() + " " + a.total()).collect(Collectors.joining("; "))));
        library.plans(communeId).forEach(p -> turn.citations.add(cards.citation(p, "Phụ lục", p.title())));
    }

    /** "Cơ quan nào còn nhiều chỉ tiêu chưa đạt?": offices by how many of their reported rows are not met yet. */
    private void behind(vn.troly.knowledge.values.CommuneSummary summary, Turn turn) {
        String offices = summary.byAgency().stream().filter(a -> a.behind() > 0)
                .sorted(java.util.Comparator.comparingLong(vn.troly.knowledge.values.CommuneSummary.AgencyLine::behind).reversed())
                .map(a -> a.agency() + " " + a.behind()).collect(Collectors.joining("; "));
        if (!offices.isEmpty()) {
            turn.lines.add(prompts.render("summary_behind", "agencies", offices));
        }
    }

    /** What leaders ask first after the counts: what was reported this week, and which figures look wrong. */
    private void changes(vn.troly.knowledge.values.CommuneSummary summary, Turn turn) {
        int shown = 5;
        if (summary.lastWeek().isEmpty()) {
            turn.lines.add(prompts.render("summary_week_none"));
        } else {
            turn.lines.add(prompts.render("summary_week_header", "count", summary.lastWeek().size()));
            summary.lastWeek().stream().limit(shown).forEach(v -> turn.lines.add(prompts.render("summary_week_item",
                    "name", library.indicator(v.indicatorId()).map(i -> i.name()).orElse(v.indicatorId()),
                    "value", ValueReporting.shown(v), "as_of", v.asOf().format(DAY), "by", v.reportedBy())));
            if (summary.lastWeek().size() > shown) {
                turn.lines.add(prompts.render("summary_more", "count", summary.lastWeek().size() - shown));
            }
        }
        if (!summary.suspect().isEmpty()) {
            turn.lines.add(prompts.render("summary_suspect", "count", summary.suspect().size(), "names", summary.suspect().stream()
                    .map(v -> library.indicator(v.indicatorId()).map(i -> i.name()).orElse(v.indicatorId()) + " (" + ValueReporting.shown(v) + ")")
                    .distinct().limit(shown).collect(Collectors.joining("; "))));
        }
    }

    /** The monthly report draft: where to download it (channels that can send files attach it). */
    private void report(String communeId, String folded, Turn turn) {
        if (!seesValues(turn)) {
            turn.status = Status.REFUSED;
            turn.lines.add(prompts.render("report_not_allowed"));
            return;
        }
        java.time.YearMonth month = java.time.YearMonth.now(clock);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("thang (\\d{1,2})(?:\\s*(?:/|nam)\\s*(20\\d{2}))?").matcher(folded);
        if (m.find()) {
            int number = Integer.parseInt(m.group(1));
            if (number >= 1 && number <= 12) {
                month = java.time.YearMonth.of(m.group(2) == null ? month.getYear() : Integer.parseInt(m.group(2)), number);
            }
        }
        String link = "/api/communes/" + communeId + "/report.docx?month=" + month;
        turn.lines.add(prompts.render("report_ready", "month", month.getMonthValue(), "year", month.getYear(),
                "commune", communeName(communeId), "link", link));
        library.plans(communeId).forEach(p -> turn.citations.add(cards.citation(p, "Phụ lục", p.title())));
    }

    // ---- plan body -----------------------------------------------------------------------------------------

    private void planInfo(String communeId, String folded, Turn turn) {
        List<Plan> plans = library.plans(communeId);
        for (Plan plan : plans) {
            String date;
            if (plan.date() == null || plan.date().year() == null) {
                date = prompts.render("plan_date_unknown");
            } else if (plan.date().day() == null) {
                date = (plan.date().month() == null ? "năm " : "tháng " + plan.date().month() + "/") + plan.date().year();
            } else {
                date = String.format("ngày %02d/%d/%d", plan.date().day(), plan.date().month(), plan.date().year());
            }
            boolean numbered = plan.number() != null && plan.number().matches(".*\\d.*");
            turn.lines.add(prompts.render("plan_info", "number", numbered ? "số " + plan.number() : prompts.render("plan_number_unknown"),
                    "title", plan.title(), "commune", plan.commune(), "date", date,
                    "signer", plan.signer() == null ? prompts.render("plan_signer_unknown") : prompts.render("plan_signer", "signer", plan.signer())));
            turn.citations.add(cards.citation(plan, "Phần mở đầu", plan.title()));
            if (folded.contains("can cu") || folded.contains("dua tren") || folded.contains("nghi quyet")) {
                // the part headed "Căn cứ (xây dựng kế hoạch)" first, then a paragraph that cites "Căn cứ …"
                plan.sections().stream().filter(s -> !s.text().isBlank() && s.path().stream().anyMatch(this::basisHeading))
                        .findFirst()
                        .or(() -> plan.sections().stream().filter(s -> normalizer.fold(s.text()).contains("can cu")).findFirst())
                        .ifPresent(s -> {
                    turn.lines.add(prompts.render("plan_basis", "basis", excerpt(s.text(), 700)));
                    turn.citations.add(cards.citation(plan, s.heading(), excerpt(s.text(), 200)));
                });
            }
        }
    }

    /** "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Căn cứ pháp lý": a heading over the documents a plan is based on. */
    private boolean basisHeading(String heading) {
        return normalizer.fold(heading).replaceAll("[^a-z0-9 ]+", " ").strip().matches("(?:[ivx0-9]+ +)?can cu\\b.*");
    }

    /** The sentence of the plan's body that says by when a report is due, quoted and cited; else the best section. */
    private void reporting(String communeId, String text, Understanding u, Turn turn) {
        Optional<ReportingDates.Passage> found = reportingDates.find(text, communeId, u.agency());
        turn.step("retrieve");
        if (found.isEmpty()) {
            sections(communeId, text, turn);
            return;
        }
        PlanTools.SectionExcerpt section = found.get().section();
        turn.lines.add(prompts.render("reporting_answer", "commune", communeName(communeId), "heading", section.heading(),
                "sentence", found.get().sentence()));
        library.plan(section.planId()).ifPresent(p -> turn.citations.add(cards.citation(p,
                section.path() + " (dòng " + section.startLine() + "–" + section.endLine() + ")", excerpt(found.get().sentence(), 200))));
    }

    private void sections(String communeId, String text, Turn turn) {
        List<PlanTools.SectionExcerpt> found = tools.searchPlanSections(text, communeId);
        turn.step("retrieve");
        String commune = communeName(communeId);
        if (found.isEmpty()) {
            turn.status = Status.NOT_IN_PLAN;
            turn.lines.add(prompts.render("section_none", "commune", commune));
            return;
        }
        PlanTools.SectionExcerpt best = found.get(0);
        turn.lines.add(prompts.render("section_answer", "commune", commune, "heading", best.heading(),
                "excerpt", excerpt(best.text(), 900)));
        library.plan(best.planId()).ifPresent(p -> turn.citations.add(cards.citation(p,
                best.path() + " (dòng " + best.startLine() + "–" + best.endLine() + ")", excerpt(best.text(), 200))));
    }

    // ---- citizens ------------------------------------------------------------------------------------------

    /** @param askingHelp the question was read as a citizen's request for help (intent), not only guessed to be one */
    private boolean citizen(String text, boolean askingHelp, Turn turn) {
        Optional<CitizenArticle> article = guide.best(text, askingHelp);
        turn.step("citizen_guide");
        if (article.isEmpty()) {
            return false;
        }
        turn.intent = Intent.CITIZEN.code();
        turn.lines.add(article.get().body());
        turn.lines.add(prompts.render("citizen_source", "title", article.get().title(), "sources", article.get().sources()));
        turn.citations.add(new vn.troly.assistant.answer.Citation("citizen/" + article.get().id(), article.get().title(),
                null, "Hướng dẫn cho người dân", null, excerpt(article.get().body(), 200)));
        return true;
    }

    private static final java.util.regex.Pattern ASKS_WHICH = java.util.regex.Pattern.compile(
            "\\b(chi tieu|nhiem vu|viec|co quan|phong|don vi|bo phan|ban) (nao|gi)\\b");

    /** Words that name the whole plan ("chuyển đổi số của xã"), not one of its rows. */
    private static final java.util.Set<String> PLAN_WORDS = java.util.Set.of("chuyen", "doi", "so", "cds", "chinh", "quyen",
            "dien", "tu", "xa", "phuong", "o", "tai", "cua", "chung", "ke", "hoach", "kh", "thuc", "hien", "nay", "minh",
            // and words of how it goes ("không kịp", "đúng hạn", "cho tôi xem")
            "khong", "dung", "kip", "cham", "tre", "nhieu", "nao", "toi", "cho", "biet", "xem", "han", "dat", "dang", "con");

    /** A summary-worded question whose topic is one row of the plan, found well enough to answer about it. */
    private boolean namesOneRow(Understanding u, String communeId, String folded) {
        // "chỉ tiêu nào đang chậm?", "cơ quan nào còn nhiều chỉ tiêu chưa đạt?" ask for a list
        if (ASKS_WHICH.matcher(folded).find() || !u.hasTopic() || java.util.Arrays.stream(u.topic().split(" ")).allMatch(PLAN_WORDS::contains)) {
            return false;
        }
        String rest = java.util.Arrays.stream(u.topic().split(" ")).filter(w -> !PLAN_WORDS.contains(w)).collect(Collectors.joining(" "));
        List<PlanTools.Match> matches = tools.findIndicators(rest, communeId);
        return !matches.isEmpty() && matches.get(0).relevant(MIN_COVERAGE);
    }

    private boolean mentionsPlanRows(String text) {
        String folded = normalizer.fold(text);
        return folded.contains("chi tieu") || folded.contains("chi so") || folded.contains("nhiem vu") || folded.contains("ke hoach");
    }

    private boolean foundAnywhere(Understanding u) {
        return u.hasTopic() && tools.findIndicators(u.topic(), null).stream().anyMatch(m -> m.relevant(MIN_COVERAGE));
    }

    private void fallback(Turn turn) {
        Route fallback = router.fallback();
        turn.intent = "out_of_scope";
        turn.status = fallback.status();
        turn.lines.clear();
        turn.lines.add(fallback.reply());
    }

    // ---- communes ------------------------------------------------------------------------------------------

    private record CommuneMention(Commune commune, String words) {
    }

    /** A loaded commune named in the question, with the words that named it (to remove them from the topic). */
    private CommuneMention communeIn(String folded) {
        String padded = " " + folded.replaceAll("[^a-z0-9]+", " ") + " ";
        CommuneMention best = null;
        for (Commune commune : library.communes()) {
            String name = " " + normalizer.fold(commune.name()).replaceAll("[^a-z0-9]+", " ").strip() + " ";
            for (String form : List.of(" xa" + name, " phuong" + name, name)) {
                if (padded.contains(form) && (best == null || form.length() > best.words.length())) {
                    best = new CommuneMention(commune, form);
                }
            }
        }
        if (best == null) {
            return null;
        }
        // the caller removes the words from the folded text as written, punctuation aside
        return new CommuneMention(best.commune, best.words.strip().isEmpty() ? best.words : " " + best.words.strip() + " ");
    }

    private static final java.util.regex.Pattern CAPS = java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}{2,3}(?![\\p{L}\\p{N}])");

    /**
     * A commune named by its initials ("ở BG", "5G PT phối hợp với ai"): a word of two or three capitals (in a message
     * that is not all capitals) that are the initials of exactly one loaded commune's name, and not a known
     * abbreviation or a short word of an agency's name ("CA", "VH", "KT").
     */
    private CommuneMention initialsIn(String text, String folded) {
        if (!text.chars().anyMatch(Character::isLowerCase)) {
            return null;
        }
        java.util.regex.Matcher caps = CAPS.matcher(text);
        while (caps.find()) {
            String word = normalizer.fold(caps.group());
            if (notInitials.test(word)) {
                continue;
            }
            List<Commune> named = library.communes().stream().filter(c -> word.equals(initials(c.name()))).toList();
            if (named.size() != 1) {
                continue;
            }
            String padded = " " + folded.replaceAll("[^a-z0-9]+", " ") + " ";
            for (String form : List.of(" xa " + word + " ", " phuong " + word + " ", " " + word + " ")) {
                if (padded.contains(form)) {
                    return new CommuneMention(named.get(0), form);
                }
            }
        }
        return null;
    }

    /** "Bình Giang" → "bg": the folded first letter of each word of the name. */
    private String initials(String name) {
        StringBuilder out = new StringBuilder();
        for (String word : normalizer.fold(name).split("[^a-z0-9]+")) {
            if (!word.isEmpty()) {
                out.append(word.charAt(0));
            }
        }
        return out.toString();
    }

    private void askCommune(Turn turn, String text) {
        turn.status = Status.CLARIFICATION_NEEDED;
        List<Commune> communes = library.communes();
        String example = communes.isEmpty() ? text : text.replaceAll("[?.!]+$", "") + " ở xã " + communes.get(0).name() + "?";
        turn.lines.add(prompts.render("clarify_commune", "communes", communeList(), "example", example));
        communes.forEach(c -> turn.candidates.add(new Answer.Candidate(c.id(), "Xã " + c.name())));
    }

    private String communeList() {
        return library.communes().stream().map(Commune::name).collect(Collectors.joining(", "));
    }

    private String communeName(String communeId) {
        return library.commune(communeId).map(Commune::name).orElse(communeId);
    }

    private static String names(List<AgencyRef> refs) {
        return refs.stream().map(AgencyRef::name).distinct().collect(Collectors.joining(", "));
    }

    /** What the user asked about, for "not in plan" replies: their words minus the question words. */
    private String topicLabel(String text, Understanding u) {
        java.util.Set<String> topic = new java.util.HashSet<>(List.of(u.topic().split(" ")));
        String label = java.util.Arrays.stream(text.split("\\s+")).map(w -> w.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}]+$", ""))
                .filter(w -> !w.isEmpty() && topic.contains(normalizer.fold(w))).distinct().collect(Collectors.joining(" "));
        return label.isEmpty() ? u.topic() : label;
    }

    private static String excerpt(String text, int max) {
        String clean = vn.troly.knowledge.text.Spaces.collapse(text);
        return clean.length() <= max ? clean : clean.substring(0, clean.lastIndexOf(' ', max)) + " …";
    }
}
