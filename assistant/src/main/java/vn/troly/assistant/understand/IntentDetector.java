package vn.troly.assistant.understand;

import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.annotate.AgencyAnnotator;
import vn.troly.assistant.understand.annotate.CueAnnotator;
import vn.troly.assistant.understand.annotate.DateAnnotator;
import vn.troly.assistant.understand.annotate.EverydayTermAnnotator;
import vn.troly.assistant.understand.annotate.PhraseAnnotator;
import vn.troly.assistant.understand.annotate.PlanTermAnnotator;
import vn.troly.assistant.understand.annotate.QuotedValueAnnotator;
import vn.troly.knowledge.agency.Agency;
import vn.troly.knowledge.text.Thesaurus;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Reads a question: annotators mark what its words are (agency, dates, a quoted figure, plan terms to keep, cues,
 * question words), the decision table turns the cues into an intent, and the words nobody claimed are the topic.
 */
public final class IntentDetector {

    /**
     * Cues whose words, in a question about a row, belong to the row's name: the plan's nouns, and what a citizen
     * asks how to do ("hướng dẫn", "đăng ký", "tra cứu" name rows' activities too).
     */
    private static final Set<Cue> ROW_WORDS = Set.of(Cue.PLAN_NOUN, Cue.HOWTO);

    private final List<Annotator> annotators;
    private final PhraseSet questionWords;
    private final IntentTable table;
    private final AgencyMentions agencies;
    private final VietnameseNormalizer normalizer;
    private final Clock clock;
    private final Supplier<Set<String>> planBigrams;

    public IntentDetector(AgencyMentions agencies, VietnameseNormalizer normalizer, Clock clock) {
        this(agencies, normalizer, clock, Set::of, Thesaurus.empty(normalizer));
    }

    /**
     * @param planBigrams word pairs of the plans' row names, kept together in a topic
     * @param thesaurus   everyday terms, kept whole in a topic for search to read
     */
    public IntentDetector(AgencyMentions agencies, VietnameseNormalizer normalizer, Clock clock,
                          Supplier<Set<String>> planBigrams, Thesaurus thesaurus) {
        this.agencies = agencies;
        this.normalizer = normalizer;
        this.clock = clock;
        this.planBigrams = planBigrams;
        this.table = IntentTable.load();
        this.questionWords = phraseFile("question-words.txt");
        this.annotators = List.of(
                new AgencyAnnotator(agencies),
                new DateAnnotator(clock),
                new QuotedValueAnnotator(),
                new PhraseAnnotator(phraseFile("compounds.txt"), ParsedQuestion.Label.KEEP),
                new CueAnnotator(cues(normalizer)),
                AgencyAnnotator.ties(),
                new EverydayTermAnnotator(thesaurus),
                new PlanTermAnnotator(planBigrams, questionWords),
                new PhraseAnnotator(questionWords, ParsedQuestion.Label.FILLER));
    }

    /** The question, read. */
    public ParsedQuestion parse(String text) {
        return parse(text, text);
    }

    private ParsedQuestion parse(String text, String original) {
        ParsedQuestion question = ParsedQuestion.of(text, original, normalizer::fold);
        annotators.forEach(a -> a.annotate(question));
        return question;
    }

    /** @param text the question (as written or folded), with the commune mention already removed */
    public Understanding understand(String text) {
        return understand(text, text);
    }

    /**
     * @param text     the question folded, with the commune mention already removed
     * @param original the question as written, for what only its capitals tell ("AI" is not "ai")
     */
    public Understanding understand(String text, String original) {
        ParsedQuestion q = parse(text, original);
        Set<Cue> cues = q.cues();
        String core = topic(q, cues, false);
        if (q.agency() != null && cues.contains(Cue.WHO) && (core.isEmpty() || withinTopic(q))) {
            // "Ai chủ trì chuyển đổi số trường học?", "số hóa trường học giao cho ai?": asking who, an agency named
            // with nothing else to ask about, or inside the topic's words with no tie word, is what the row is about
            q.release(ParsedQuestion.Label.AGENCY);
            q.agency(null);
            core = topic(q, cues, false);
        }
        IntentTable.Decision decision = table.decide(IntentTable.Subject.of(q.cueOrder(), !core.isEmpty(), q.agency() != null,
                q.window() != null && q.window().kind() != DateWindow.Kind.YEAR, q.quotesValue()));
        Intent intent = decision.intent();
        boolean aboutRow = intent.aboutOneIndicator() || intent == Intent.CITIZEN;
        // the plan's own nouns join a row's topic only when it has words of its own ("xã phải đạt bao nhiêu?" has none)
        String topic = aboutRow && !core.isEmpty() ? topic(q, cues, true) : core;
        Agency agency = q.agency();
        if (aboutRow && cues.contains(Cue.CHECK) && agencyIsContext(cues)) {
            // "Chữ ký số do Phòng Kinh tế chủ trì phải không?": the answer names who really leads; the claimed agency
            // is neither a filter nor part of the topic
            agency = null;
        }
        DateWindow window = intent == Intent.DUE ? dueWindow(q, cues) : null;
        List<Intent> facets = decision.facets();
        if (intent == Intent.PORTFOLIO && cues.contains(Cue.COORDINATING) && !cues.contains(Cue.LEAD)) {
            // "Phòng VH-XH phối hợp những chỉ tiêu nào?": the rows it works on with others, not those it leads
            facets = List.of(Intent.PORTFOLIO, Intent.COORDINATING);
        }
        if (speaksOfThePlans(topic)) {
            cues = EnumSet.copyOf(cues);
            cues.add(Cue.PLAN_PAIR);
        }
        return new Understanding(intent, topic, agency, q.years(), window, facets, cues);
    }

    /** Whether two words of the topic, side by side, are two words the plans' rows write side by side. */
    private boolean speaksOfThePlans(String topic) {
        Set<String> pairs = planBigrams.get();
        for (String part : topic.split(",")) {
            String[] words = part.strip().toLowerCase(Locale.ROOT).split(" ");
            for (int i = 0; i + 1 < words.length; i++) {
                if (pairs.contains(words[i] + " " + words[i + 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Every agency a text names (a plan section's heading, for instance). */
    public List<Agency> agenciesIn(String text) {
        return agencies.findAll(text);
    }

    public IntentTable table() {
        return table;
    }

    /**
     * The words nobody claimed; for a question about a row, the plan's own nouns ("chuyển đổi số" in "cán bộ chuyên
     * trách chuyển đổi số") and an agency's name ("phổ cập kỹ năng số cho Tổ công nghệ số cộng đồng") too, which
     * are part of a row's name but say nothing when the question is about the whole plan or an agency's list. An
     * agency named in a question that asks who ("ai phối hợp với Phòng VH-XH …") or checks a claim is context. A cue
     * word that is also a courtesy word ("giúp mình") never joins a row's topic.
     */
    private String topic(ParsedQuestion q, Set<Cue> cues, boolean forRow) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        List<ParsedQuestion.Span> spans = q.spans();
        for (int i = 0; i < q.tokens().size(); i++) {
            ParsedQuestion.Label label = q.label(i);
            boolean keep = label == null || label == ParsedQuestion.Label.KEEP
                    || (forRow && label == ParsedQuestion.Label.CUE && ROW_WORDS.contains(cueAt(spans, i))
                        && !questionWords.matchesWhole(q, i, i + 1))
                    || (forRow && label == ParsedQuestion.Label.AGENCY && !agencyIsContext(cues));
            if (!keep) {
                gap = out.length() > 0;
            } else {
                // words the question does not write side by side ("kinh doanh làm online") form no term of the
                // thesaurus when the topic is searched: a comma keeps them apart
                out.append(gap ? ", " : out.length() > 0 ? " " : "");
                gap = false;
                // an abbreviation keeps its capitals, so search still tells "AI" from "ai"
                out.append(q.abbreviation(i) ? q.tokens().get(i).folded().toUpperCase(Locale.ROOT) : q.tokens().get(i).folded());
            }
        }
        return out.toString();
    }

    /** Whether the agency is written among the topic's words ("tiện ích y tế, giáo dục") rather than tied to them. */
    private static boolean withinTopic(ParsedQuestion q) {
        int from = -1;
        int to = -1;
        for (int i = 0; i < q.tokens().size(); i++) {
            if (q.label(i) == ParsedQuestion.Label.AGENCY) {
                from = from < 0 ? i : from;
                to = i + 1;
            }
        }
        return from >= 0 && !AgencyAnnotator.tied(q, from) && !actsNext(q, to) && (topicWord(q, from - 1, -1) || topicWord(q, to, 1));
    }

    /**
     * "… thì phòng VHXH phối hợp với ai": an agency right before what it does is who acts, not a word of the row; one
     * before "giao" ("số hóa trường học giao cho ai") is what is handed over.
     */
    private static boolean actsNext(ParsedQuestion q, int after) {
        return q.spans().stream().anyMatch(s -> s.from() == after && s.label() == ParsedQuestion.Label.CUE
                && (s.cue() == Cue.LEAD || s.cue() == Cue.COORDINATING) && !q.tokens().get(after).folded().equals("giao"));
    }

    /** Whether the nearest word this way, past filler words ("AI ở trạm y tế"), is a topic word. */
    private static boolean topicWord(ParsedQuestion q, int i, int step) {
        while (i >= 0 && i < q.tokens().size() && q.label(i) == ParsedQuestion.Label.FILLER) {
            i += step;
        }
        return i >= 0 && i < q.tokens().size() && (q.label(i) == null || q.label(i) == ParsedQuestion.Label.KEEP);
    }

    /** "Ai phối hợp với Phòng VH-XH …", "… do Phòng Kinh tế chủ trì phải không?": the agency is not the row's name. */
    private static boolean agencyIsContext(Set<Cue> cues) {
        return cues.contains(Cue.WHO) || cues.contains(Cue.CHECK) && (cues.contains(Cue.LEAD) || cues.contains(Cue.COORDINATING));
    }

    private static Cue cueAt(List<ParsedQuestion.Span> spans, int i) {
        return spans.stream().filter(s -> s.from() <= i && i < s.to()).map(ParsedQuestion.Span::cue).findFirst().orElse(null);
    }

    private DateWindow dueWindow(ParsedQuestion q, Set<Cue> cues) {
        LocalDate today = LocalDate.now(clock);
        if (cues.contains(Cue.OVERDUE)) {
            return new DateWindow(LocalDate.MIN, today.minusDays(1), DateWindow.Kind.OVERDUE, "");
        }
        if (q.window() != null) {
            return q.window();
        }
        return DateWindow.soon(today);
    }

    @SuppressWarnings("unchecked")
    private static PhraseSet cues(VietnameseNormalizer normalizer) {
        PhraseSet set = new PhraseSet();
        Map<String, Object> cues = (Map<String, Object>) Prompts.yaml("cues.yml").get("cues");
        cues.forEach((name, body) -> ((List<String>) ((Map<String, Object>) body).get("phrases"))
                .forEach(p -> set.add(p, Cue.of(name), normalizer::foldPattern)));
        return set;
    }

    private PhraseSet phraseFile(String name) {
        PhraseSet set = new PhraseSet();
        Prompts.text(name).lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                .forEach(l -> set.add(l, name, normalizer::foldPattern));
        return set;
    }
}
