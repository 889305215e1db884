package vn.troly.channels.handover;

import jakarta.inject.Singleton;
import vn.troly.assistant.citizen.CommuneContacts;
import vn.troly.assistant.prompt.Prompts;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** What the hand-over says to citizens and to officials (prompts/handover.yml). */
@Singleton
public class HandoverTexts {

    /** Officials read the last turns, not whole answers: a long card would bury the question. */
    private static final int MAX_TURN = 300;
    private static final int MAX_QUESTION = 1000;

    private final Prompts texts = new Prompts("handover.yml");
    private final CommuneContacts contacts = new CommuneContacts();

    public String get(String key, Object... pairs) {
        return texts.render(key, pairs).strip();
    }

    /** "No group": the commune's contact details as the guide knows them, or where to go when it knows none. */
    String noGroup(String communeId) {
        List<String> lines = new ArrayList<>(List.of(get("no_group")));
        contacts.of(communeId).ifPresentOrElse(c -> {
            add(lines, "contact_place", c.place());
            add(lines, "contact_address", c.address());
            add(lines, "contact_hours", c.hours());
            add(lines, "contact_phone", c.phone());
        }, () -> lines.add(get("no_contact")));
        return String.join("\n", lines);
    }

    /** What a citizen reads when nobody answered the hand-over within the wait. */
    String timedOut(Handover h, Duration wait) {
        return get("timed_out", "question", cut(h.question(), 200), "span", span(wait));
    }

    /** The wait as a citizen reads it: "4 giờ", "30 phút". */
    String span(Duration d) {
        if (d.toHours() >= 1 && d.toMinutesPart() == 0) {
            return get("span_hours", "n", d.toHours());
        }
        return d.toMinutes() >= 1 ? get("span_minutes", "n", d.toMinutes()) : get("span_seconds", "n", Math.max(1, d.toSeconds()));
    }

    String groupMessage(Handover h) {
        return get("group_message", "commune", h.communeId(), "channel", h.channel(), "id", h.id(),
                "question", cut(h.question(), MAX_QUESTION), "transcript", h.transcript());
    }

    String transcript(List<RecentTurns.Turn> turns) {
        if (turns.isEmpty()) {
            return get("no_transcript");
        }
        return turns.stream().map(t -> get("turn", "question", cut(t.question(), MAX_TURN), "answer", cut(t.answer(), MAX_TURN)))
                .collect(Collectors.joining("\n"));
    }

    private void add(List<String> lines, String key, String value) {
        if (value != null) {
            lines.add(get(key, "value", value));
        }
    }

    static String cut(String text, int max) {
        String s = text == null ? "" : text.strip();
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
