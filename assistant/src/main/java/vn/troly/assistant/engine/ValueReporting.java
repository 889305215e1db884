package vn.troly.assistant.engine;

import vn.troly.knowledge.text.VietnameseNumbers;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Indicator;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.values.DeviationCheck;
import vn.troly.knowledge.values.IndicatorValue;
import vn.troly.knowledge.values.ValueRejectedException;
import vn.troly.knowledge.values.ValueReport;
import vn.troly.knowledge.values.ValueValidator;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Officials report values in chat ("cập nhật phủ sóng 5G 62,5%"): the indicator is resolved, the value validated and
 * shown back, and only a confirmed value is stored. Large jumps and falls of accumulating indicators are flagged.
 */
final class ValueReporting {

    private static final Pattern COMMAND = Pattern.compile("^/?(capnhat|cap nhat|cap nhap|bao cao so lieu|nhap so lieu|ghi nhan so lieu)\\b\\s*");
    private static final Pattern DAY = Pattern.compile("(?:ngay\\s*)?(\\d{1,2})/(\\d{1,2})/(20\\d{2})");
    private static final Pattern MONTH = Pattern.compile("thang\\s*(\\d{1,2})\\s*(?:/|nam)\\s*(20\\d{2})");
    private static final Pattern VALUE = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(%|phan tram)?\\s*$");
    private static final Pattern YES = Pattern.compile("^(dong y|xac nhan|ok|oke|co|luu|dung roi|chinh xac|yes|y)\\b.*");
    private static final Pattern NO = Pattern.compile("^(huy|khong|thoi|bo qua|sai|no|cancel)\\b.*");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final PlanLibrary library;
    private final PlanTools tools;
    private final ValueTools values;
    private final ValueValidator validator;
    private final Prompts prompts;
    private final DeviationCheck deviations;

    ValueReporting(PlanLibrary library, PlanTools tools, ValueTools values, ValueValidator validator, Prompts prompts,
                   VietnameseNormalizer normalizer) {
        this.library = library;
        this.tools = tools;
        this.values = values;
        this.validator = validator;
        this.prompts = prompts;
        this.deviations = new DeviationCheck(normalizer);
    }

    /** The answer to a message while a value awaits confirmation; empty when the message is something else. */
    Optional<IndicatorValue> confirm(String folded, IndicatorValue pending, Turn turn) {
        String text = folded.replaceAll("[^a-z0-9 ]+", " ").strip();
        turn.intent = Intent.UPDATE.code();
        if (YES.matcher(text).matches()) {
            IndicatorValue stored = values.append(pending);
            Indicator indicator = library.indicator(stored.indicatorId()).orElseThrow();
            turn.lines.add(prompts.render("update_saved", "value", shown(stored), "indicator", "“" + indicator.name() + "”",
                    "as_of", stored.asOf().format(SHOWN)));
            return Optional.of(stored);
        }
        if (NO.matcher(text).matches()) {
            turn.lines.add(prompts.render("update_cancelled"));
            return Optional.empty();
        }
        return null;
    }

    /** Reads an update message; returns the value to confirm, or null when the turn was answered otherwise. */
    IndicatorValue prepare(String folded, String communeId, String reporter, Turn turn) {
        turn.intent = Intent.UPDATE.code();
        if (!turn.role.seesValues()) {
            turn.status = Status.REFUSED;
            turn.lines.add(prompts.render("update_not_allowed"));
            return null;
        }
        String text = COMMAND.matcher(folded).replaceFirst("");
        String asOf = null;
        Matcher day = DAY.matcher(text);
        Matcher month = MONTH.matcher(text);
        if (day.find()) {
            asOf = LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)), Integer.parseInt(day.group(1))).toString();
            text = day.replaceAll(" ");
        } else if (month.find()) {
            asOf = YearMonth.of(Integer.parseInt(month.group(2)), Integer.parseInt(month.group(1))).atEndOfMonth().toString();
            text = month.replaceAll(" ");
        }
        text = text.replaceAll("\\s+", " ").strip();
        Matcher value = VALUE.matcher(text);
        if (!value.find()) {
            turn.status = Status.CLARIFICATION_NEEDED;
            turn.lines.add(prompts.render("update_no_value"));
            return null;
        }
        String topic = text.substring(0, value.start()).replaceAll("\\b(dat|la|=|:|chi tieu|ty le)\\b", " ").replaceAll("\\s+", " ").strip();
        List<PlanTools.Match> matches = tools.findIndicators(topic, communeId).stream().filter(m -> m.kind().equals("indicator")).toList();
        if (topic.isEmpty() || matches.isEmpty() || !matches.get(0).relevant(0.6)) {
            turn.status = Status.CLARIFICATION_NEEDED;
            turn.lines.add(prompts.render("update_no_indicator", "topic", topic, "commune",
                    library.commune(communeId).map(c -> c.name()).orElse(communeId)));
            return null;
        }
        Indicator indicator = library.indicator(matches.get(0).id()).orElseThrow();
        if (!turn.caller.mayReport(indicator)) {
            turn.status = Status.REFUSED;
            turn.lines.add(prompts.render("update_not_lead", "indicator", "“" + indicator.name() + "”",
                    "agencies", indicator.lead().stream().map(a -> a.name()).distinct().collect(java.util.stream.Collectors.joining(", "))));
            return null;
        }
        String raw = value.group(1) + (value.group(2) == null ? "" : "%");
        try {
            IndicatorValue candidate = validator.validate(new ValueReport(indicator.id(), raw, asOf, null, null, reporter, "chat"));
            String warning = warning(indicator, candidate);
            if (warning != null) {
                candidate = DeviationCheck.suspect(candidate);
            }
            turn.status = Status.CONFIRMATION_NEEDED;
            turn.indicators.clear();
            turn.lines.add(prompts.render("update_confirm", "value", shown(candidate), "indicator", "“" + indicator.name() + "”",
                    "as_of", candidate.asOf().format(SHOWN)));
            if (warning != null) {
                turn.lines.add(prompts.render("update_warning", "warning", warning));
            }
            return candidate;
        } catch (ValueRejectedException e) {
            turn.status = Status.CLARIFICATION_NEEDED;
            turn.lines.add(prompts.render("update_rejected", "reason", e.getMessage()));
            return null;
        }
    }

    /** A jump of more than 30 points, or a fall of a share that only accumulates, in words. */
    private String warning(Indicator indicator, IndicatorValue candidate) {
        return deviations.check(indicator, candidate, values.history(indicator.id())).map(d -> d.kind() == DeviationCheck.Deviation.Kind.JUMP
                ? prompts.render("update_jump", "delta", VietnameseNumbers.format(Math.abs(d.delta())), "previous", shown(d.previous()))
                : prompts.render("update_drop", "previous", shown(d.previous()))).orElse(null);
    }

    static String shown(IndicatorValue v) {
        if (v.value() == null) {
            return v.text();
        }
        return VietnameseNumbers.format(v.value()) + ("%".equals(v.unit()) ? "%" : v.unit() == null ? "" : " " + v.unit());
    }

}
