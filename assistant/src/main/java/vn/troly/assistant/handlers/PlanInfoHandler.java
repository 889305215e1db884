package vn.troly.assistant.handlers;

import vn.troly.assistant.compose.Cards;
import vn.troly.assistant.compose.Excerpt;
import vn.troly.assistant.pipeline.TurnContext;
import vn.troly.assistant.prompt.Prompts;
import vn.troly.assistant.understand.Cue;
import vn.troly.assistant.understand.Understanding;
import vn.troly.knowledge.library.PlanLibrary;
import vn.troly.knowledge.plan.Plan;
import vn.troly.knowledge.plan.Provenance;
import vn.troly.knowledge.plan.Section;
import vn.troly.knowledge.text.VietnameseNormalizer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * "Kế hoạch số mấy, ai ký?", "Kế hoạch căn cứ vào đâu?", "có mấy phụ lục?": each plan's number, title, date and
 * signer, and the documents it is based on or its appendices when asked.
 */
public final class PlanInfoHandler implements Handler {

    /** "Căn cứ Nghị quyết số 57-NQ/TW …", "Thực hiện Kế hoạch số 186/KH-UBND …": a line citing a numbered document. */
    private static final Pattern CITES = Pattern.compile("^-?\\s*(Căn cứ|Thực hiện)\\b.*\\b[Ss]ố:?\\s*\\d+\\s*[-/]");

    private final PlanLibrary library;
    private final Cards cards;
    private final Prompts prompts;
    private final VietnameseNormalizer normalizer;

    public PlanInfoHandler(PlanLibrary library, Cards cards, Prompts prompts, VietnameseNormalizer normalizer) {
        this.library = library;
        this.cards = cards;
        this.prompts = prompts;
        this.normalizer = normalizer;
    }

    @Override
    public void handle(TurnContext turn, Understanding u) {
        for (Plan plan : library.plans(turn.communeId())) {
            boolean numbered = plan.number() != null && plan.number().matches(".*\\d.*");
            turn.say(prompts.render("plan_info", "number", numbered ? prompts.render("plan_number", "number", plan.number())
                            : prompts.render("plan_number_unknown"),
                    "title", plan.title(), "commune", plan.commune(), "date", date(plan),
                    "signer", plan.signer() == null ? prompts.render("plan_signer_unknown") : prompts.render("plan_signer", "signer", plan.signer())));
            turn.citations().add(cards.citation(plan, prompts.render("plan_citation_intro"), plan.title()));
            if (u.cues().contains(Cue.BASIS)) {
                basis(plan, turn);
            }
            if (u.cues().contains(Cue.APPENDICES)) {
                appendices(plan, turn);
            }
        }
    }

    /** Each appendix the plan's rows were read from, in the plan's order, with how many indicators and tasks it holds. */
    private void appendices(Plan plan, TurnContext turn) {
        Map<String, int[]> counts = new LinkedHashMap<>();
        plan.indicators().forEach(i -> counts.computeIfAbsent(label(i.source()), k -> new int[2])[0]++);
        plan.tasks().forEach(t -> counts.computeIfAbsent(label(t.source()), k -> new int[2])[1]++);
        if (counts.isEmpty()) {
            turn.say(prompts.render("plan_appendices_none"));
            return;
        }
        turn.say(prompts.render("plan_appendices", "count", counts.size()));
        counts.forEach((appendix, n) -> {
            List<String> rows = new ArrayList<>();
            if (n[0] > 0) {
                rows.add(prompts.render("plan_appendix_indicators", "count", n[0]));
            }
            if (n[1] > 0) {
                rows.add(prompts.render("plan_appendix_tasks", "count", n[1]));
            }
            turn.say(prompts.render("plan_appendix", "appendix", appendix, "rows", String.join(", ", rows)));
        });
        turn.citations().add(cards.citation(plan, prompts.render("plan_citation_appendix"), String.join("; ", counts.keySet())));
    }

    private String label(Provenance source) {
        return source == null || source.appendix() == null ? prompts.render("plan_citation_appendix") : source.appendix();
    }

    /** As precise as the plan is: "ngày 05/3/2026", "tháng 3/2026", "năm 2026". */
    private String date(Plan plan) {
        if (plan.date() == null || plan.date().year() == null) {
            return prompts.render("plan_date_unknown");
        }
        if (plan.date().day() == null) {
            return plan.date().month() == null ? prompts.render("plan_date_year", "year", plan.date().year())
                    : prompts.render("plan_date_month", "month", plan.date().month(), "year", plan.date().year());
        }
        return prompts.render("plan_date_day", "day", String.format("%02d", plan.date().day()), "month", plan.date().month(),
                "year", plan.date().year());
    }

    /**
     * The lines citing a numbered document with "Căn cứ …" or "Thực hiện …" (a preamble's list), and the part headed
     * "Căn cứ (xây dựng kế hoạch)"; with neither, a paragraph that cites "Căn cứ …".
     */
    private void basis(Plan plan, TurnContext turn) {
        Optional<Section> headed = plan.sections().stream()
                .filter(s -> !s.text().isBlank() && s.path().stream().anyMatch(this::basisHeading)).findFirst();
        boolean listed = false;
        for (Section s : plan.sections()) {
            List<String> cited = s.text().lines().map(String::strip).filter(l -> CITES.matcher(l).find()).toList();
            if (!cited.isEmpty() && headed.map(h -> h != s).orElse(true)) {
                turn.say(prompts.render("plan_basis_list"));
                cited.forEach(l -> turn.say(prompts.render("plan_basis_item", "line", Excerpt.of(l, 300))));
                turn.citations().add(cards.citation(plan, s.heading(), Excerpt.of(cited.get(0), 200)));
                listed = true;
                break;
            }
        }
        if (headed.isEmpty() && !listed) {
            headed = plan.sections().stream().filter(s -> normalizer.fold(s.text()).contains("can cu")).findFirst();
        }
        headed.ifPresent(s -> {
            turn.say(prompts.render("plan_basis", "basis", Excerpt.of(s.text(), 700)));
            turn.citations().add(cards.citation(plan, s.heading(), Excerpt.of(s.text(), 200)));
        });
    }

    /** "I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Căn cứ pháp lý": a heading over the documents a plan is based on. */
    private boolean basisHeading(String heading) {
        return normalizer.fold(heading).replaceAll("[^a-z0-9 ]+", " ").strip().matches("(?:[ivx0-9]+ +)?can cu\\b.*");
    }
}
