package vn.troly.assistant.handlers;

import vn.troly.assistant.answer.Answer;
import vn.troly.assistant.answer.Status;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.tools.PlanTools;
import vn.troly.assistant.understand.Cue;
import vn.troly.assistant.understand.Intent;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The row a question about one row means, or the turn answered otherwise: asked for a topic, sent to the citizens'
 * guide or out of scope, told the commune's plan lacks it, or offered the rows that tie to pick from.
 */
public final class RowLookup {

    private static final Set<Intent> PROSE_ANSWERS = Set.of(Intent.LEAD, Intent.COORDINATING, Intent.INFO);
    /** What an errand asks too: what it is, when, how much, who helps, how far along a file is. */
    private static final Set<Intent> ERRAND_SHAPED = Set.of(Intent.INFO, Intent.DEADLINE, Intent.TARGET, Intent.LEAD, Intent.PROGRESS);

    private final RowFinder finder;
    private final CitizenHelpHandler citizenHelp;
    private final OutOfScope outOfScope;
    private final PlanSectionHandler sections;
    private final Prompts prompts;
    private final VietnameseNormalizer normalizer;

    public RowLookup(RowFinder finder, CitizenHelpHandler citizenHelp, OutOfScope outOfScope, PlanSectionHandler sections,
                     Prompts prompts, VietnameseNormalizer normalizer) {
        this.finder = finder;
        this.citizenHelp = citizenHelp;
        this.outOfScope = outOfScope;
        this.sections = sections;
        this.prompts = prompts;
        this.normalizer = normalizer;
    }

    /** The id of the one row the question is about, if the turn is to be answered from it. */
    public Optional<String> find(TurnContext turn, Understanding u) {
        if (!u.hasTopic() && u.intent() == Intent.CITIZEN) {
            citizenWithoutGuide(turn);
            return Optional.empty();
        }
        if (!u.hasTopic()) {
            turn.status(Status.CLARIFICATION_NEEDED);
            turn.say(prompts.render("no_topic"));
            return Optional.empty();
        }
        RowFinder.Search search = finder.find(u, turn.communeId());
        turn.mark("retrieve");
        if (!search.found()) {
            notFound(turn, u, search.near());
            return Optional.empty();
        }
        if (search.ambiguous()) {
            List<PlanTools.Match> rivals = search.rivals();
            turn.status(Status.CLARIFICATION_NEEDED);
            turn.say(prompts.render("clarify_indicator", "commune", turn.communeName()));
            for (int i = 0; i < rivals.size(); i++) {
                turn.say(prompts.render("clarify_item", "number", i + 1, "name", rivals.get(i).name()));
                turn.candidates().add(Answer.Candidate.row(rivals.get(i).id(), rivals.get(i).name()));
            }
            turn.say(prompts.render("clarify_hint"));
            return Optional.empty();
        }
        if (search.tentative()) {
            // the nearest row, said to be the nearest: a guess the user can see and correct, not a confident answer
            turn.status(Status.CLARIFICATION_NEEDED);
            turn.say(prompts.render("nearest_row", "commune", turn.communeName(), "topic", topicLabel(turn.text(), u)));
        }
        return Optional.of(search.best().id());
    }

    private void notFound(TurnContext turn, Understanding u, List<PlanTools.Match> near) {
        String text = turn.text();
        // a topic the plan lacks may still be a citizen's errand ("khai sinh cho con mất bao lâu", "hồ sơ bị trễ hẹn thì
        // sao", "hồ sơ nộp online giải quyết tới đâu rồi", "bà em không rành điện thoại thì ai hỗ trợ"), unless it names
        // the plan's rows ("có chỉ tiêu về thanh toán không dùng tiền mặt ở chợ không?")
        boolean errandShaped = ERRAND_SHAPED.contains(u.intent());
        if (errandShaped && !u.namesPlanRows() && citizenHelp.answer(text, false, turn)) {
            return;
        }
        boolean planShaped = u.intent().rowFacet();
        boolean plansVocabulary = u.cues().contains(Cue.EVERYDAY_TERM) || finder.foundAnywhere(u);
        if (!finder.mentionsPlanRows(text) && !planShaped && !plansVocabulary) {
            // no question about a row and nothing of the plans in it ("thời tiết mai thế nào?"): out of scope; a question
            // asking who leads, how much or by when is about the plan, and hears what the plan lacks and has nearby;
            // so is one in the plans' everyday vocabulary or on a topic another commune's plan covers ("có wifi miễn
            // phí ở chợ không?"), or one that says two words the plans write side by side ("thôn thông minh"), unless
            // the citizens' guide has it
            if (!u.cues().contains(Cue.PLAN_PAIR)) {
                outOfScope.answer(turn);
                return;
            }
            if (citizenHelp.answer(text, false, turn)) {
                return;
            }
        }
        if (PROSE_ANSWERS.contains(u.intent()) && sections.passage(turn, u, topicLabel(text, u))) {
            // no row, but the plan's prose holds the topic: who does it, or what it says of it; a figure or a date
            // asked for is a row's, which prose does not give
            return;
        }
        turn.status(Status.NOT_IN_PLAN);
        turn.intent(u.intent().code());
        turn.say(prompts.render("not_in_plan", "commune", turn.communeName(), "topic", topicLabel(text, u)));
        if (near.isEmpty()) {
            turn.say(prompts.render("not_in_plan_hint", "commune", turn.communeName()));
            return;
        }
        // what the plan does cover nearby, to pick from: the answer itself stays "not in the plan"
        turn.say(prompts.render("not_in_plan_near"));
        for (int i = 0; i < near.size(); i++) {
            turn.say(prompts.render("clarify_item", "number", i + 1, "name", near.get(i).name()));
            turn.candidates().add(Answer.Candidate.row(near.get(i).id(), near.get(i).name()));
        }
    }

    /**
     * A citizen's errand the guide has no article for, wholly read as an errand (no topic left to look up in the plan):
     * where to ask. A general question ("Thủ đô của Pháp là gì?") keeps its topic and ends out of scope.
     */
    private void citizenWithoutGuide(TurnContext turn) {
        citizenHelp.noGuide(turn, prompts.render("citizen_none"));
    }

    private String topicLabel(String text, Understanding u) {
        return TopicLabel.of(text, u.topic(), normalizer);
    }
}
