package vn.troly.channels.unanswered;

import jakarta.inject.Singleton;
import vn.troly.channels.audit.AuditEvent;
import vn.troly.channels.audit.AuditLog;
import vn.troly.channels.handover.HandoverDesk;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which questions went unanswered, read from the audit trail (every turn leaves its question and its answer there,
 * the answer headed "[intent, status, n nguồn]"): turns that ended not in the plan, out of scope, in an error, or
 * with a question back that the person never settled by picking. This is how a commune learns which plan rows or
 * citizen cards it lacks.
 */
@Singleton
public class UnansweredReview {

    /** The statuses of a turn that gave the person nothing to use. */
    static final Set<String> UNANSWERED = Set.of("not_in_plan", "clarification_needed", "out_of_scope", "error");
    /** A hand-over to officials is listed with this status. */
    static final String HANDOVER = "handover";
    private static final Pattern HEAD = Pattern.compile("^\\[[^\\]]*?, ([A-Za-z_]+), \\d+ nguồn\\]");
    /** What a pick looks like as a question's text: a candidate's id ("vinh-tru", "vinh-tru.pl1.i.2-1") or a number. */
    private static final Pattern PICK = Pattern.compile("^(\\d{1,2}|[a-z0-9-]+(\\.[a-z0-9.-]+)?)$");
    /** A pick later than this is a new question, not the answer to the question back. */
    private static final Duration PICK_WINDOW = Duration.ofMinutes(30);
    private static final int MAX_EVENTS = 100_000;

    private final AuditLog audit;
    private final VietnameseNormalizer normalizer;

    public UnansweredReview(AuditLog audit, VietnameseNormalizer normalizer) {
        this.audit = audit;
        this.normalizer = normalizer;
    }

    /** A question and how it ended; a hand-over is no new question when its question is listed already. */
    private record Turn(AuditEvent question, String status, boolean counted) {
        Turn(AuditEvent question, String status) {
            this(question, status, true);
        }
    }


    /** Groups of unanswered questions in the period, most asked first; {@code communeId} null for every commune. */
    public List<UnansweredGroup> groups(Instant from, Instant to, String communeId) {
        List<AuditEvent> events = new ArrayList<>(audit.find(new AuditLog.Query(from, to, null, null, MAX_EVENTS)));
        events.sort(Comparator.comparingLong(AuditEvent::id));
        List<Turn> turns = turns(events);
        Map<String, List<Turn>> byText = new LinkedHashMap<>();
        for (int i = 0; i < turns.size(); i++) {
            Turn turn = turns.get(i);
            if (!UNANSWERED.contains(turn.status()) || (communeId != null && !communeId.equals(turn.question().communeId()))) {
                continue;
            }
            if ("clarification_needed".equals(turn.status()) && settledByPick(turn, turns.subList(i + 1, turns.size()))) {
                continue;
            }
            byText.computeIfAbsent(key(turn.question().detail()), k -> new ArrayList<>()).add(turn);
        }
        // a hand-over of a question listed above adds its status there; one typed as "gặp cán bộ …" is a question of its own
        for (AuditEvent e : events) {
            Matcher handed = HandoverDesk.AUDIT_DETAIL.matcher(e.detail());
            if (HandoverDesk.AUDIT_KIND.equals(e.kind()) && handed.matches() && (communeId == null || communeId.equals(e.communeId()))) {
                AuditEvent question = new AuditEvent(e.id(), e.at(), e.userId(), e.role(), e.channel(), e.communeId(),
                        AuditEvent.QUESTION, handed.group(1));
                String key = key(question.detail());
                boolean listed = byText.containsKey(key);
                byText.computeIfAbsent(key, k -> new ArrayList<>()).add(new Turn(question, HANDOVER, !listed));
            }
        }
        return byText.values().stream().map(UnansweredReview::group)
                .sorted(Comparator.comparingInt(UnansweredGroup::count).reversed()
                        .thenComparing(UnansweredGroup::lastAsked, Comparator.reverseOrder()))
                .toList();
    }

    /** Each answer with the question recorded just before it: one turn's events are written together, in order. */
    private static List<Turn> turns(List<AuditEvent> events) {
        List<Turn> turns = new ArrayList<>();
        AuditEvent question = null;
        for (AuditEvent e : events) {
            if (AuditEvent.QUESTION.equals(e.kind())) {
                question = e;
            } else if (AuditEvent.ANSWER.equals(e.kind()) && question != null) {
                Matcher head = HEAD.matcher(e.detail());
                if (head.find()) {
                    turns.add(new Turn(question, head.group(1).toLowerCase(Locale.ROOT)));
                }
                question = null;
            }
        }
        return turns;
    }

    /** The same person's next turn in the same place was a pick, soon after: the question back did its job. */
    private static boolean settledByPick(Turn asked, List<Turn> later) {
        AuditEvent q = asked.question();
        for (Turn next : later) {
            AuditEvent n = next.question();
            if (same(q.userId(), n.userId()) && q.channel().equals(n.channel()) && same(q.communeId(), n.communeId())) {
                return n.at().isBefore(q.at().plus(PICK_WINDOW)) && PICK.matcher(n.detail().strip()).matches();
            }
        }
        return false;
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    /** Case, diacritics, punctuation and spacing do not make another question. */
    String key(String text) {
        return normalizer.fold(text).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static UnansweredGroup group(List<Turn> turns) {
        Map<String, Integer> statuses = new TreeMap<>();
        Set<String> communes = new TreeSet<>();
        Set<String> channels = new TreeSet<>();
        Instant first = null;
        Instant last = null;
        AuditEvent latest = null;
        for (Turn turn : turns) {
            AuditEvent q = turn.question();
            statuses.merge(turn.status(), 1, Integer::sum);
            communes.add(q.communeId() == null ? "" : q.communeId());
            channels.add(q.channel());
            first = first == null || q.at().isBefore(first) ? q.at() : first;
            if (last == null || !q.at().isBefore(last)) {
                last = q.at();
                latest = q;
            }
        }
        int count = (int) turns.stream().filter(Turn::counted).count();
        return new UnansweredGroup(latest.detail(), count, statuses, List.copyOf(communes), List.copyOf(channels), first, last);
    }
}
