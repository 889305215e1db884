package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Caller;
import vn.troly.assistant.answer.Question;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.compose.ValueText;
import vn.troly.assistant.engine.Conversations;
import vn.troly.assistant.parse.MonthParser;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.text.VietnameseNumbers;
import vn.troly.knowledge.values.DeviationCheck;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.ValueRejectedException;
import vn.troly.knowledge.values.ValueReport;
import vn.troly.knowledge.values.ValueValidator;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Officials report values in chat ("cập nhật phủ sóng 5G 62,5%"): the indicator is resolved, the value validated and
 * shown back to confirm (the ConfirmPendingValue step stores it on "đồng ý"). Large jumps and falls of accumulating
 * indicators are flagged.
 */
public final class ValueUpdateHandler implements Handler {

    private static final Pattern COMMAND = Pattern.compile("^/?(capnhat|cap nhat|cap nhap|bao cao so lieu|nhap so lieu|ghi nhan so lieu)\\b\\s*");
    private static final Pattern DAY = Pattern.compile("(?:ngay\\s*)?(\\d{1,2})/(\\d{1,2})/(20\\d{2})");
    private static final Pattern VALUE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(%|phan tram)?\\s*$");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanLibrary library;
    private final RowFinder finder;
    private final ValueTools values;
    private final ValueValidator validator;
    private final DeviationCheck deviations;
    private final Prompts prompts;

    public ValueUpdateHandler(PlanLibrary library, RowFinder finder, ValueTools values, ValueValidator validator,
                              Prompts prompts, VietnameseNormalizer normalizer) {
        this.library = library;
        this.finder = finder;
        this.values = values;
        this.validator = validator;
        this.deviations = new DeviationCheck(normalizer);
        this.prompts = prompts;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        IndicatorValue pending = prepare(turn);
        // the value waits in the conversation for its reporter's "đồng ý"; the topic is not kept, a report is no question
        // to follow up
        turn.remember(new Conversations.State(turn.communeId(), u.intent(), null, null, pending, List.of(), null, null,
                pending == null ? null : turn.question().speaker()));
    }

    /** The value to confirm, or null when the turn was answered otherwise (refused, unclear, rejected). */
    private IndicatorValue prepare(TurnContext turn) {
        turn.intent(Intent.UPDATE.code());
        if (!turn.caller().role().seesValues()) {
            turn.status(Status.REFUSED);
            turn.say(prompts.render("update_not_allowed"));
            return null;
        }
        // the commune's name is gone but not the punctuation: "62,5" stays a number
        String text = COMMAND.matcher(turn.withoutCommune()).replaceFirst("");
        String asOf = null;
        Matcher day = DAY.matcher(text);
        // a month counts as the date of a value only with its year ("tháng 11/2026"): "tháng 11" alone may be the value
        Optional<MonthParser.Found> month = MonthParser.locate(text, 0).filter(MonthParser.Found::yearGiven);
        if (day.find()) {
            try {
                asOf = LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1))).toString();
            } catch (DateTimeException e) {
                // "30/13/2026": no such day; say so rather than fail the turn
                turn.status(Status.CLARIFICATION_NEEDED);
                turn.say(prompts.render("update_bad_date", "date", day.group()));
                return null;
            }
            text = day.replaceAll(" ");
        } else if (month.isPresent()) {
            asOf = month.get().month().atEndOfMonth().toString();
            text = text.substring(0, month.get().start()) + " " + text.substring(month.get().end());
        }
        text = text.replaceAll("\\s+", " ").strip();
        Matcher value = VALUE.matcher(text);
        if (!value.find()) {
            turn.status(Status.CLARIFICATION_NEEDED);
            turn.say(prompts.render("update_no_value"));
            return null;
        }
        String topic = text.substring(0, value.start()).replaceAll("\\b(dat|la|=|:|chi tieu|ty le)\\b", " ").replaceAll("\\s+", " ").strip();
        Optional<PlanTools.Match> match = topic.isEmpty() ? Optional.empty() : finder.best(topic, turn.communeId(), true);
        if (match.isEmpty()) {
            turn.status(Status.CLARIFICATION_NEEDED);
            turn.say(prompts.render("update_no_indicator", "topic", topic, "commune", turn.communeName()));
            return null;
        }
        Indicator indicator = library.indicator(match.get().id()).orElseThrow();
        if (!turn.caller().mayReport(indicator)) {
            turn.status(Status.REFUSED);
            turn.say(prompts.render("update_not_lead", "indicator", "“" + indicator.name() + "”",
                    "agencies", RowAnswer.names(indicator.lead())));
            return null;
        }
        String raw = value.group(1) + (value.group(2) == null ? "" : "%");
        try {
            IndicatorValue candidate = validator.validate(new ValueReport(indicator.id(), raw, asOf, null, null,
                    reporter(turn.question()), "chat"));
            String warning = warning(indicator, candidate);
            if (warning != null) {
                candidate = DeviationCheck.suspect(candidate);
            }
            turn.status(Status.CONFIRMATION_NEEDED);
            turn.indicators().clear();
            turn.say(prompts.render("update_confirm", "value", ValueText.shown(candidate), "indicator", "“" + indicator.name() + "”",
                    "as_of", candidate.asOf().format(SHOWN)));
            if (warning != null) {
                turn.say(prompts.render("update_warning", "warning", warning));
            }
            return candidate;
        } catch (ValueRejectedException e) {
            turn.status(Status.CLARIFICATION_NEEDED);
            turn.say(prompts.render("update_rejected", "reason", e.getMessage()));
            return null;
        }
    }

    /** Who reports a value, as stored with it: the registered person, else the role and channel. */
    private String reporter(Question question) {
        Caller caller = question.caller();
        return caller.userId() != null ? caller.reporter()
                : prompts.render("reporter_unnamed", "channel", question.channel() == null ? "api" : question.channel());
    }

    /** A jump of more than 30 points, or a fall of a share that only accumulates, in words. */
    private String warning(Indicator indicator, IndicatorValue candidate) {
        return deviations.check(indicator, candidate, values.history(indicator.id())).map(d -> d.kind() == DeviationCheck.Deviation.Kind.JUMP
                ? prompts.render("update_jump", "delta", VietnameseNumbers.format(Math.abs(d.delta())), "previous", ValueText.shown(d.previous()))
                : prompts.render("update_drop", "previous", ValueText.shown(d.previous()))).orElse(null);
    }
}
