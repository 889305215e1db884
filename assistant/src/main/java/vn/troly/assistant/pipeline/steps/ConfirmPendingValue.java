package vn.troly.assistant.pipeline.steps;

import vn.troly.assistant.answer.Action;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.ValueText;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.pipeline.Step;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.assistant.understand.Intent;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.values.IndicatorValue;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The previous turn showed a reported value to confirm: "đồng ý" (or the confirm button) stores it, "hủy" drops it,
 * and anything else drops it and is answered as a question of its own. Only the reporter answers for the value:
 * anybody else's "đồng ý" or "hủy" is refused and leaves it waiting.
 */
public final class ConfirmPendingValue implements Step {

    private static final Pattern YES = Pattern.compile("^(dong y|xac nhan|ok|oke|co|luu|dung roi|chinh xac|yes|y)\\b.*");
    private static final Pattern NO = Pattern.compile("^(huy|khong|thoi|bo qua|sai|no|cancel)\\b.*");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Conversations conversations;
    private final ValueTools values;
    private final PlanLibrary library;
    private final Prompts prompts;

    public ConfirmPendingValue(Conversations conversations, ValueTools values, PlanLibrary library, Prompts prompts) {
        this.conversations = conversations;
        this.values = values;
        this.library = library;
        this.prompts = prompts;
    }

    @Override
    public String name() {
        return "confirm_value";
    }

    @Override
    public void run(TurnContext turn) {
        Conversations.State previous = turn.previous();
        IndicatorValue pending = previous.pendingValue();
        boolean pressed = turn.action() instanceof Action.Confirm;
        if (pending == null) {
            if (pressed) {
                // answered by typing meanwhile, or replaced by a newer report
                turn.finishStale(prompts.render("action_expired"));
            }
            return;
        }
        turn.intent(Intent.UPDATE.code());
        boolean yes;
        boolean no;
        if (turn.action() instanceof Action.Confirm confirm) {
            yes = confirm.yes();
            no = !yes;
        } else {
            String reply = turn.folded().replaceAll("[^a-z0-9 ]+", " ").strip();
            yes = YES.matcher(reply).matches();
            no = !yes && NO.matcher(reply).matches();
        }
        if ((yes || no) && !ownedByAsker(previous, turn)) {
            // whoever holds the conversation id is not thereby the reporter: the value keeps waiting for its reporter
            turn.say(prompts.render("update_not_yours"));
            turn.finish(Status.REFUSED);
            return;
        }
        if (yes) {
            IndicatorValue stored = values.append(pending);
            Indicator indicator = library.indicator(stored.indicatorId()).orElseThrow();
            turn.say(prompts.render("update_saved", "value", ValueText.shown(stored), "indicator", "“" + indicator.name() + "”",
                    "as_of", stored.asOf().format(SHOWN)));
        } else if (no) {
            turn.say(prompts.render("update_cancelled"));
        }
        // whatever the reply, the value no longer waits
        conversations.put(turn.conversationId(), new Conversations.State(previous.communeId(), previous.intent(),
                previous.topic(), previous.indicatorId(), null, List.of()));
        if (yes || no) {
            turn.finish(turn.status());
        }
    }

    private static boolean ownedByAsker(Conversations.State previous, TurnContext turn) {
        String speaker = turn.question().speaker();
        return speaker != null && speaker.equals(previous.pendingOwner());
    }
}
