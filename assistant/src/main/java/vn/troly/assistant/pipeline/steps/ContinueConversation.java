package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.understand.Cue;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;

import vn.troly.knowledge.library.PlanLibrary;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/**
 * A follow-up with no topic of its own ("còn hạn thì sao?", "thế còn xã Phú Trung?") continues the last one: its
 * topic and the years it asked about, and its intent when the follow-up asks nothing new. A summary is about the
 * whole plan: it never takes the last row's topic.
 */
public final class ContinueConversation implements Step {

    private final PlanLibrary library;
    private final Clock clock;

    public ContinueConversation(PlanLibrary library, Clock clock) {
        this.library = library;
        this.clock = clock;
    }

    /** A row's card, in the order an answer about it reads. */
    private static final List<Intent> CARD = List.of(Intent.LEAD, Intent.TARGET, Intent.DEADLINE, Intent.COORDINATING);

    @Override
    public String name() {
        return "follow_up";
    }

    @Override
    public void run(TurnContext turn) {
        Understanding u = turn.understanding();
        Conversations.State previous = turn.previous();
        if (!u.hasTopic() && previous.topic() != null && u.agency() == null && u.intent() != Intent.SUMMARY) {
            boolean asksNothingNew = u.intent() == Intent.INFO && previous.intent() != null;
            Intent intent = asksNothingNew ? previous.intent() : u.intent();
            // "thì sao?" about a row asks what was asked before first, and then whatever else the row says
            // a follow-up that asks two things of the row ("phải đạt bao nhiêu, hạn chót khi nào?") gets both
            List<Intent> facets = asksNothingNew && intent.rowFacet()
                    ? Stream.concat(Stream.of(intent), CARD.stream().filter(f -> f != intent)).toList()
                    : asksNothingNew ? List.of(intent) : u.facets();
            // "ở xã Bình Giang thì sao?" after a question about 2030 asks about 2030 there too
            List<Integer> years = u.years().isEmpty() ? previous.years() : u.years();
            if (u.cues().contains(Cue.NEXT_PHASE) && previous.indicatorId() != null) {
                // "thế giai đoạn sau?": the phase after the one just answered
                int asked = previous.years().isEmpty() ? LocalDate.now(clock).getYear() : previous.years().get(previous.years().size() - 1);
                years = NextPhase.after(library, previous.indicatorId(), asked).orElse(years);
            }
            u = new Understanding(intent, previous.topic(), null, years, u.window(), facets);
            turn.understanding(u);
        }
        turn.intent(u.intent().code());
    }
}
