package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.answer.IndicatorCard;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.compose.ValueText;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.text.VietnameseNumbers;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.Progress;

import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * "Tiến độ phủ sóng 5G thế nào?": for those allowed to see values, the latest value, the target, the gap and the
 * status; for others, the target and who to ask.
 */
public final class ProgressHandler extends RowHandler {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final ValueTools values;
    private final Prompts prompts;

    public ProgressHandler(RowLookup lookup, RowAnswer rows, ValueTools values, Prompts prompts) {
        super(lookup, rows);
        this.values = values;
        this.prompts = prompts;
    }

    @Override
    public void more(Indicator indicator, Understanding u, TurnContext turn) {
        if (!turn.seesValuesOf(indicator.communeId())) {
            turn.say(rows.targets(indicator, u.years()));
            turn.say(prompts.render("values_internal", "lead", RowAnswer.names(indicator.lead())));
            return;
        }
        Progress p = values.progress(indicator);
        List<IndicatorCard> cards = turn.indicators();
        cards.set(cards.size() - 1, Cards.withProgress(cards.get(cards.size() - 1), p));
        if (p.latest() == null) {
            turn.say(rows.targets(indicator, u.years()));
            turn.say(rows.deadline(indicator));
            turn.say(prompts.render("no_value"));
            turn.status(Status.NO_DATA);
            return;
        }
        IndicatorValue v = p.latest();
        String value = ValueText.shown(v);
        turn.say(prompts.render("progress_value", "value", value, "as_of", v.asOf().format(DAY), "reported_by", v.reportedBy(),
                "source", v.source() == null ? "" : prompts.render("progress_source", "source", v.source())));
        if (p.currentTarget() != null) {
            turn.say(prompts.render("progress_target", "period", p.currentTarget().period() == null ? "" : p.currentTarget().period(),
                    "target", RowAnswer.withUnit(p.currentTarget().raw(), indicator.unit()),
                    "gap", p.gap() == null || p.gap() <= 0 ? "" : prompts.render("progress_gap", "gap", VietnameseNumbers.format(p.gap()))));
        }
        turn.say(rows.deadline(indicator));
        turn.say(prompts.render("progress_status", "status", prompts.render("status_" + p.status().code())));
        turn.citations().add(new Citation("value/" + v.id(), prompts.render("value_citation", "as_of", v.asOf().format(DAY)),
                rows.communeName(indicator.communeId()), v.channel(), null, value + (v.source() == null ? "" : " — " + v.source())));
    }
}
