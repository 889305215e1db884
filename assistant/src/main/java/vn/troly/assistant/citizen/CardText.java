package vn.troly.assistant.citizen;

import vn.troly.assistant.answer.Citation;
import vn.troly.assistant.compose.Excerpt;
import vn.troly.assistant.prompt.Prompts;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A card as chat lines (short labelled lines, steps as a numbered list, the sources last on a "Nguồn" line that a
 * channel may fold) and as citations (the card, then each linked source). Every label is a template of answers.yml.
 */
public final class CardText {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Prompts prompts;

    public CardText(Prompts prompts) {
        this.prompts = prompts;
    }

    public List<String> lines(ProcedureCard card) {
        List<String> lines = new ArrayList<>();
        lines.add(prompts.render("citizen_card_title", "text", card.title()));
        lines.add(card.what());
        lines.add(prompts.render("citizen_card_who", "text", card.who()));
        lines.add(prompts.render("citizen_card_where", "text", card.where()));
        lines.add(prompts.render("citizen_card_steps"));
        for (int i = 0; i < card.steps().size(); i++) {
            lines.add(prompts.render("citizen_card_step", "number", i + 1, "text", card.steps().get(i)));
        }
        lines.add(prompts.render("citizen_card_documents", "text", String.join("; ", card.documents())));
        lines.add(prompts.render("citizen_card_time_limit", "text", card.timeLimit()));
        lines.add(prompts.render("citizen_card_fee", "text", card.fee()));
        lines.add(prompts.render("citizen_card_result", "text", card.result()));
        lines.add(prompts.render("citizen_card_legal_basis", "text", card.legalBasis()));
        lines.add(sources(card));
        return lines;
    }

    /** One field of a card, under its label ("Giấy tờ cần cho đăng ký khai sinh:"), and the "Nguồn" line. */
    public List<String> field(ProcedureCard card, String field, String label) {
        List<String> lines = new ArrayList<>();
        lines.add(Prompts.fill(label, "name", card.name()));
        switch (field) {
            case "steps" -> {
                for (int i = 0; i < card.steps().size(); i++) {
                    lines.add(prompts.render("citizen_card_step", "number", i + 1, "text", card.steps().get(i)));
                }
            }
            case "documents" -> card.documents().forEach(d -> lines.add(prompts.render("citizen_card_item", "text", d)));
            case "what" -> lines.add(card.what());
            case "who" -> lines.add(card.who());
            case "where" -> lines.add(card.where());
            case "time_limit" -> lines.add(card.timeLimit());
            case "fee" -> lines.add(card.fee());
            case "result" -> lines.add(card.result());
            case "legal_basis" -> lines.add(card.legalBasis());
            default -> throw new IllegalArgumentException("no card field " + field);
        }
        lines.add(sources(card));
        return lines;
    }

    /** The "Nguồn" line: the sources' titles and the day they were checked. */
    public String sources(ProcedureCard card) {
        return prompts.render("citizen_card_sources", "date", card.reviewedOn().format(DATE),
                "titles", card.sources().stream().map(CardSource::title).collect(Collectors.joining("; ")));
    }

    public List<Citation> citations(ProcedureCard card) {
        List<Citation> out = new ArrayList<>();
        String documentId = "citizen/" + card.id();
        out.add(new Citation(documentId, card.title(), null, prompts.render("citizen_citation_section",
                "date", card.reviewedOn().format(DATE)), null, Excerpt.of(card.what(), 200)));
        for (CardSource source : card.sources()) {
            if (source.linked()) {
                out.add(new Citation(documentId, source.title(), null, null, null, source.url()));
            }
        }
        return out;
    }
}
