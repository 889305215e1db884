package vn.troly.assistant.handlers;

import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.citizen.CitizenGuide;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.tools.ValueTools;
import vn.troly.assistant.understand.IntentDetector;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Router;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.text.VietnameseNormalizer;
import vn.troly.knowledge.values.ValueValidator;

import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;

/** Which handler answers which intent: the table to read to find where a kind of question is answered. */
public final class Handlers {

    private final Map<Intent, Handler> byIntent = new EnumMap<>(Intent.class);
    private final Map<Intent, RowDescriber> describers = new EnumMap<>(Intent.class);
    private final RowInfoHandler rowInfo;
    private final RowFinder rowFinder;
    private final RowAnswer rows;
    private final CitizenHelpHandler citizenHelp;
    private final OutOfScope outOfScope;

    public Handlers(PlanLibrary library, PlanTools tools, ValueTools values, CitizenGuide guide, Cards cards, Prompts prompts,
                    Router router, IntentDetector detector, VietnameseNormalizer normalizer, Clock clock) {
        rowFinder = new RowFinder(library, tools, normalizer, clock);
        rows = new RowAnswer(library, cards, prompts, describers);
        citizenHelp = new CitizenHelpHandler(guide, prompts);
        outOfScope = new OutOfScope(router, citizenHelp);
        PlanSectionHandler sections = new PlanSectionHandler(tools, new ReportingDates(tools, normalizer, detector::agenciesIn),
                new BodyPassages(tools, normalizer, detector::agenciesIn), library, cards, prompts);
        RowLookup lookup = new RowLookup(rowFinder, citizenHelp, outOfScope, sections, prompts, normalizer);

        LeadHandler lead = new LeadHandler(lookup, rows, prompts);
        TargetHandler target = new TargetHandler(lookup, rows);
        DeadlineHandler deadline = new DeadlineHandler(lookup, rows);
        ProgressHandler progress = new ProgressHandler(lookup, rows, values, prompts);
        rowInfo = new RowInfoHandler(lookup, rows, prompts);
        row(lead, Intent.LEAD, Intent.COORDINATING);
        row(target, Intent.TARGET);
        row(deadline, Intent.DEADLINE);
        row(progress, Intent.PROGRESS);
        // a citizen's question the guide could not answer may still name a row
        row(rowInfo, Intent.INFO, Intent.CITIZEN);

        byIntent.put(Intent.PORTFOLIO, new PortfolioHandler(tools, cards, rows, lead, prompts, rowFinder, normalizer));
        byIntent.put(Intent.DUE, new DueHandler(library, tools, cards, rows, values, prompts, clock));
        byIntent.put(Intent.SUMMARY, new SummaryHandler(library, cards, values, prompts, clock));
        byIntent.put(Intent.PLAN_INFO, new PlanInfoHandler(library, cards, prompts, normalizer));
        byIntent.put(Intent.RESPONSIBILITY, sections);
        byIntent.put(Intent.REPORTING, sections);
        byIntent.put(Intent.REPORT, new ReportDraftHandler(library, cards, prompts, clock));
        byIntent.put(Intent.CONTACT, new ContactHandler(prompts));
        byIntent.put(Intent.UPDATE, new ValueUpdateHandler(library, rowFinder, values,
                new ValueValidator(library, normalizer, clock), prompts, normalizer));
    }

    private <H extends Handler & RowDescriber> void row(H handler, Intent... intents) {
        for (Intent intent : intents) {
            byIntent.put(intent, handler);
            describers.put(intent, handler);
        }
    }

    /** The handler of an intent; an intent with none is asked about one row, as a bare topic is. */
    public Handler forIntent(Intent intent) {
        return byIntent.getOrDefault(intent, rowInfo);
    }

    /**
     * Answers about a row the user picked from the rows offered: as the question that offered them asked, or with
     * everything about the row when that question was not about one row.
     */
    public void answerRow(String id, Understanding u, TurnContext turn) {
        rows.answer(id, u, turn, describers.getOrDefault(u.intent(), rowInfo));
    }

    public RowFinder rowFinder() {
        return rowFinder;
    }

    public CitizenHelpHandler citizenHelp() {
        return citizenHelp;
    }

    public OutOfScope outOfScope() {
        return outOfScope;
    }
}
